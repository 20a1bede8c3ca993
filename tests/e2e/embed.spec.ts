import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { hostOrigin, siteOrigin } from '../../playwright.config';
import { chartIds, watchForProblems } from './reader';

const site = `${siteOrigin}/`;

async function openHost(page: Page, chart: string, mode: 'pym' | 'loader' | 'sandbox', width: number) {
	await page.goto(`${hostOrigin}/?site=${encodeURIComponent(site)}&chart=${chart}&mode=${mode}&width=${width}`);
	const iframe = page.locator('#container iframe');
	await expect(iframe).toHaveCount(1);
	return { iframe, frame: page.frameLocator('#container iframe') };
}

/** Waits until the iframe is as tall as the chart page inside it, within a few pixels. */
async function expectFrameFitsContent(page: Page, frame: FrameLocator) {
	await expect(frame.locator('[data-chart]')).toBeVisible();
	await expect
		.poll(
			async () => {
				const content = await frame.locator('main.embed').evaluate((element) => element.getBoundingClientRect().height);
				const outer = await page.locator('#container iframe').evaluate((element) => element.getBoundingClientRect().height);
				return Math.abs(outer - content);
			},
			{ timeout: 10_000 }
		)
		.toBeLessThanOrEqual(3);
}

test.describe('a news site embedding a chart', () => {
	test.describe.configure({ mode: 'serial' });
	test.skip(({ isMobile }) => isMobile, 'host pages are laid out by width; one project is enough');

	for (const id of chartIds) {
		test(`sizes ${id} with a real pym.js parent at 320, 600 and 900 px, growing and shrinking`, async ({ page }) => {
			const { frame } = await openHost(page, id, 'pym', 900);
			await expectFrameFitsContent(page, frame);
			const wide = await page.locator('#container iframe').evaluate((element) => element.getBoundingClientRect().height);
			for (const width of [600, 320]) {
				await page.locator('#container').evaluate((element, px) => (element.style.width = `${px}px`), width);
				await expectFrameFitsContent(page, frame);
			}
			const narrow = await page.locator('#container iframe').evaluate((element) => element.getBoundingClientRect().height);
			await page.locator('#container').evaluate((element) => (element.style.width = '900px'));
			await expectFrameFitsContent(page, frame);
			expect(narrow).not.toBe(wide);
		});
	}

	test('sizes a chart through /embed.js, without pym.js', async ({ page }) => {
		for (const width of [320, 600, 900]) {
			const { iframe, frame } = await openHost(page, 'launches', 'loader', width);
			await expect(iframe).toHaveAttribute('title', /launches/);
			await expect(iframe).toHaveAttribute('loading', 'lazy');
			await expectFrameFitsContent(page, frame);
		}
	});

	test('draws inside a sandbox without same-origin access, with no errors', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		const { frame } = await openHost(page, 'launches', 'sandbox', 600);
		await expect(frame.locator('[data-chart="launches"] svg path:visible').first()).toBeVisible();
		await expect(frame.getByRole('button', { name: 'Next step' })).toBeEnabled();
		expect(errors).toEqual([]);
	});

	test('ignores messages from the host that are not its own, however hostile', async ({ page }) => {
		const { frame } = await openHost(page, 'launches', 'pym', 600);
		await expectFrameFitsContent(page, frame);
		const before = await frame.locator('[data-chart]').getAttribute('data-step');
		let dialogs = 0;
		page.on('dialog', (dialog) => {
			dialogs += 1;
			return dialog.dismiss();
		});
		await page.evaluate(() => {
			const child = document.querySelector<HTMLIFrameElement>('#container iframe')!.contentWindow!;
			for (const message of [
				'<img src=x onerror=alert(1)>',
				'pymxPYMxanyxPYMxnavigateToxPYMxjavascript:alert(1)',
				{ sentinel: 'amp', type: 'embed-size', height: 1e9 },
				{ step: 3, html: '<script>alert(1)</script>' },
				null
			]) {
				child.postMessage(message, '*');
			}
		});
		await page.waitForTimeout(300);
		expect(dialogs).toBe(0);
		await expect(frame.locator('[data-chart]')).toHaveAttribute('data-step', before!);
		expect(page.url()).toContain(hostOrigin);
		await expect(frame.locator('img[src=x]')).toHaveCount(0);
	});
});

test.describe('an embed page', () => {
	test('opens on the step the URL asks for, clamped, and ignores garbage', async ({ page }) => {
		for (const [query, expected] of [
			['?step=1', '1'],
			['?step=99', '3'],
			['?step=abc', null]
		] as const) {
			await page.goto(`/embed/launches/${query}`);
			const chart = page.locator('[data-chart="launches"]');
			await expect(page.locator('main.embed')).toHaveAttribute('data-ready', 'true');
			if (expected !== null) await expect(chart).toHaveAttribute('data-step', expected);
			else expect(Number(await chart.getAttribute('data-step'))).toBeGreaterThanOrEqual(0);
		}
	});

	test('takes a theme and a plain mode from the URL', async ({ page }) => {
		await page.goto('/embed/paddle/?theme=dark&plain=1');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.locator('[data-chart="paddle"] h3')).not.toBeInViewport();
		await expect(page.getByText('Read the full story')).toBeHidden();
		const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(background).toBe('rgb(20, 21, 23)');
	});

	test('draws its chart for the frame it is in, and again when the frame changes size', async ({ page }) => {
		await page.goto('/embed/maturity/');
		const svg = page.locator('[data-chart="maturity"] [data-live-drawing] svg.layercake-layout-svg').first();
		const mismatch = () =>
			svg.evaluate((element) => Math.abs(element.getBoundingClientRect().width - (element as SVGSVGElement).viewBox.baseVal.width));
		await expect.poll(mismatch).toBeLessThanOrEqual(1);
		const before = await svg.evaluate((element) => (element as SVGSVGElement).viewBox.baseVal.width);
		await page.setViewportSize({ width: 320, height: 700 });
		await expect.poll(mismatch).toBeLessThanOrEqual(1);
		expect(await svg.evaluate((element) => (element as SVGSVGElement).viewBox.baseVal.width)).not.toBe(before);
	});

	test('steps with the keyboard', async ({ page }) => {
		await page.goto('/embed/challenges/?step=0');
		const chart = page.locator('[data-chart="challenges"]');
		await expect(chart).toHaveAttribute('data-step', '0');
		const next = page.getByRole('button', { name: 'Next step' });
		await expect(next).toBeEnabled();
		await next.focus();
		await page.keyboard.press('Enter');
		await expect(chart).toHaveAttribute('data-step', '1');
		await page.keyboard.press('Space');
		await expect(chart).toHaveAttribute('data-step', '2');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Enter');
		await expect(chart).toHaveAttribute('data-step', '1');
	});

	test('links back to the story in the top window, offers the data, and asks nothing of another site', async ({ page }) => {
		const problems = watchForProblems(page);
		await page.goto('/embed/launches/');
		await expect(page.locator('main.embed')).toHaveAttribute('data-ready', 'true');
		expect(problems).toEqual([]);
		await expect(page.getByRole('link', { name: /Read the full story/ })).toHaveAttribute('target', '_top');
		await expect(page.getByText('Get the data')).toBeVisible();
	});

	test('answers an unknown chart with the site’s 404 page', async ({ page }) => {
		const response = await page.goto('/embed/volcanoes/');
		expect(response!.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	});
});

test.describe('the embed dialog in the story', () => {
	test('gives a snippet for the chosen step, copies it, previews it, and returns focus', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/');
		const open = page.locator('.chart-story').first().getByRole('button', { name: 'Embed' });
		await expect(open).toBeEnabled();
		await open.click();
		const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
		await expect(dialog).toBeVisible();
		await dialog.getByLabel('Opens on').selectOption('1');
		const code = await dialog.getByLabel('Embed code').inputValue();
		expect(code).toContain('embed/launches/?step=1');
		expect(code).toMatch(/<iframe [^>]*title="[^"]+"[^>]*loading="lazy"/);
		expect(code).toContain('embed.js');
		await dialog.getByRole('button', { name: 'Copy code' }).click();
		await expect(dialog.getByRole('status')).toHaveText(/Copied/);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
		await expect(dialog.getByRole('link', { name: 'Preview the embed' })).toHaveAttribute('href', /embed\/launches\/\?step=1$/);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(open).toBeFocused();
	});
});
