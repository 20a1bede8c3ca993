import { expect, test } from '@playwright/test';
import { chartIds, resizeWindow, scrollToStep, waitForScrolly, watchForProblems } from './reader';

test.describe('a reader scrolling the story', () => {
	test('finds the four charts of the public URL scheme, each with its step cards', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('[data-chart]')).toHaveCount(chartIds.length);
		for (const id of chartIds) {
			await expect(page.locator(`[data-chart="${id}"]`)).toHaveAttribute('data-step', '0');
			expect(await page.locator(`[data-step-for="${id}"]`).count()).toBeGreaterThanOrEqual(3);
		}
	});

	test('sees every chart change with every step, down and back up, with the card in play marked', async ({ page }) => {
		const problems = watchForProblems(page);
		await page.goto('/');
		await waitForScrolly(page);
		const markedCard = (id: string) => page.locator(`[data-step-for="${id}"].active`);
		for (const id of chartIds) {
			const steps = await page.locator(`[data-step-for="${id}"]`).count();
			for (const step of [...Array(steps).keys(), ...[...Array(steps - 1).keys()].reverse()]) {
				await scrollToStep(page, id, step);
				await expect(markedCard(id)).toHaveAttribute('data-step-index', String(step));
			}
		}
		expect(problems).toEqual([]);
	});

	test('can jump between distant steps and get the state of the step in view', async ({ page }) => {
		await page.goto('/');
		await waitForScrolly(page);
		const last = chartIds.at(-1)!;
		const lastStep = (await page.locator(`[data-step-for="${last}"]`).count()) - 1;
		await scrollToStep(page, last, lastStep);
		await scrollToStep(page, chartIds[0], 1);
		await scrollToStep(page, last, 1);
		await scrollToStep(page, chartIds[0], 3);
	});

	test('follows the text after the window is resized or turned mid-story', async ({ page }) => {
		await page.goto('/');
		await waitForScrolly(page);
		await scrollToStep(page, 'paddle', 1);
		const { width, height } = page.viewportSize()!;
		await resizeWindow(page, { width: height, height: width });
		await scrollToStep(page, 'paddle', 2);
		await scrollToStep(page, 'challenges', 0);
		await resizeWindow(page, { width, height });
		await scrollToStep(page, 'challenges', 2);
		await scrollToStep(page, 'paddle', 0);
	});

	test('keeps its place after a reload in the middle of a chart', async ({ page }) => {
		await page.goto('/');
		await waitForScrolly(page);
		await scrollToStep(page, 'maturity', 2);
		await page.reload();
		await waitForScrolly(page);
		await expect(page.locator('[data-chart="maturity"]')).toHaveAttribute('data-step', '2');
	});

	test('has no console errors and requests nothing from another site', async ({ page }) => {
		const problems = watchForProblems(page);
		await page.goto('/');
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await page.waitForTimeout(500);
		expect(problems).toEqual([]);
	});

	test('offers each chart’s data as a table', async ({ page }) => {
		await page.goto('/');
		for (const id of chartIds) {
			const table = page.locator(`[data-chart="${id}"]`).locator('xpath=ancestor::*[contains(@class,"chart-story")]').locator('details table');
			expect(await table.locator('tbody tr').count(), id).toBeGreaterThan(0);
		}
	});
});

test.describe('the page at 320 px wide', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('never scrolls sideways', async ({ page }) => {
		await page.goto('/');
		for (const id of chartIds) {
			await page.locator(`[data-chart="${id}"]`).scrollIntoViewIfNeeded();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, id).toBeLessThanOrEqual(0);
		}
	});
});

test.describe('a reader without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('reads all the text and sees every chart drawn once, in its summary step', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('h1')).toBeVisible();
		expect(await page.locator('article p').count()).toBeGreaterThan(40);
		for (const id of chartIds) {
			const chart = page.locator(`[data-chart="${id}"]`);
			await expect(chart.locator('h3')).toBeVisible();
			const drawing = chart.locator('[data-server-drawing] .canvas svg');
			await expect(drawing).toHaveCount(1);
			await expect(drawing).toBeVisible();
			expect(await drawing.locator('path, circle, rect, line').count(), id).toBeGreaterThan(5);
			const box = await drawing.boundingBox();
			expect(box!.height, id).toBeGreaterThan(150);
		}
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});

test.describe('a link to a step', () => {
	for (const edition of ['', 'zh-hant/', 'zh-hans/']) {
		test(`opens /${edition} at that step, its card on the trigger line, with no other step shown first`, async ({ page }) => {
			await page.addInitScript(() => {
				// Any frame in which the chart showed the server's drawing (another step) instead of the one asked for.
				const seen: string[] = [];
				Object.assign(window, { otherStepSeen: seen });
				const look = () => {
					const drawing = document.querySelector('[data-chart="maturity"] [data-server-drawing]');
					if (
						drawing &&
						getComputedStyle(drawing).visibility !== 'hidden' &&
						drawing.getBoundingClientRect().bottom > 0 &&
						drawing.getBoundingClientRect().top < innerHeight
					)
						seen.push(String(performance.now()));
					requestAnimationFrame(look);
				};
				requestAnimationFrame(look);
			});
			await page.goto(`/${edition}#maturity-3`);
			const chart = page.locator('[data-chart="maturity"]');
			await expect(chart).toHaveAttribute('data-step', '2');
			await expect(chart).toHaveAttribute('data-live', '');
			const card = page.locator('#maturity-3');
			await expect(card).toHaveClass(/active/);
			const offset = await card.evaluate((element) => {
				const box = element.getBoundingClientRect();
				return Math.abs(box.top + box.height / 2 - Number(element.closest('[data-trigger-px]')?.getAttribute('data-trigger-px')));
			});
			expect(offset).toBeLessThan(40);
			expect(await page.evaluate(() => (window as unknown as { otherStepSeen: string[] }).otherStepSeen)).toEqual([]);
		});
	}

	test('is offered by the details card and the embed dialog', async ({ page }) => {
		await page.goto('/');
		await waitForScrolly(page);
		await scrollToStep(page, 'paddle', 1);
		const chart = page.locator('[data-chart="paddle"]');
		await expect(chart).toHaveAttribute('data-live', '');
		await chart.locator('[data-mark]').first().focus();
		await expect(chart.locator('[data-details]').getByRole('link', { name: 'Link to this step' })).toHaveAttribute('href', '/#paddle-2');
		const tool = page.locator('[data-embed-dialog][data-chart-id="paddle"]');
		await tool.getByRole('button', { name: 'Embed' }).click();
		await tool.getByLabel('Opens on').selectOption('2');
		await expect(tool.getByRole('link', { name: 'Link to this step' })).toHaveAttribute('href', /\/#paddle-3$/);
	});
});
