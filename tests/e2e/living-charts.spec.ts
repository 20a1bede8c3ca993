import { expect, test, type Locator, type Page } from '@playwright/test';
import { hostOrigin, plainHostOrigin } from '../../playwright.config';
import { chartIds, markPlaces, resizeWindow, scrollToStep, waitForLiveChart, waitForScrolly, watchForProblems } from './reader';

type Places = Awaited<ReturnType<typeof markPlaces>>;

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

/** Opens a chart's embed on a step (without one, on the step with the whole picture) and waits for the live drawing. */
async function openEmbed(page: Page, id: string, step?: number) {
	await page.goto(`/embed/${id}/${step === undefined ? '' : `?step=${step}`}`);
	const chart = page.locator(`[data-chart="${id}"]`);
	await waitForLiveChart(chart);
	await expect(page.locator('main.embed')).toHaveAttribute('data-ready', 'true');
	// Let the first layout settle (the page's own load work) before anything is measured.
	await page.waitForTimeout(300);
	return chart;
}

/**
 * Moves the story to a chart's step as a reader's scroll does, and samples
 * every mark three times: before, halfway through the tween (every running
 * transition held at 250 ms of its 500, whatever the machine's speed) and once
 * everything has settled.
 */
async function sampleStepChange(page: Page, chart: Locator, step: number): Promise<{ before: Places; during: Places; after: Places }> {
	const before = await markPlaces(chart);
	const card = page.locator(`[data-step-for="${await chart.getAttribute('data-chart')}"][data-step-index="${step}"]`);
	await card.evaluate(async (element) => {
		const figure = element.closest('[data-chart-story]')!.querySelector<HTMLElement>('[data-chart]')!;
		const trigger = Number(element.closest('[data-trigger-px]')?.getAttribute('data-trigger-px'));
		const box = element.getBoundingClientRect();
		window.scrollBy(0, box.top + box.height / 2 - trigger);
		for (let frame = 0; frame < 20 && figure.getAnimations({ subtree: true }).length === 0; frame += 1) {
			await new Promise((done) => requestAnimationFrame(done));
		}
		for (const animation of figure.getAnimations({ subtree: true })) {
			animation.pause();
			animation.currentTime = 250;
		}
	});
	const during = await markPlaces(chart);
	await chart.evaluate((figure) => figure.getAnimations({ subtree: true }).forEach((animation) => animation.play()));
	await expect(chart).toHaveAttribute('data-step', String(step));
	await page.waitForTimeout(900);
	return { before, during, after: await markPlaces(chart) };
}

/** The text of every mark's row in /data/<id>.json that the details card must show: where it comes from. */
async function sourcesOf(page: Page, id: string): Promise<Map<string, string[]>> {
	const { rows } = (await (await page.request.get(`/data/${id}.json`)).json()) as { rows: Record<string, string>[] };
	const keyOf = (row: Record<string, string>) => (id === 'maturity' ? row.field : id === 'paddle' ? `${row.metric}/${row.date}` : row.id);
	const shown = (token: string) => (/^p\d+$/.test(token) ? `¶${token.slice(1)}` : new URL(token).hostname.replace(/^www\./, ''));
	return new Map(rows.map((row) => [keyOf(row), String(row.source).split(/\s+/).filter(Boolean).map(shown)]));
}

/** A live chart's drawing is its box's size (viewBox = box) and none of its text, in the SVG or around it, is under 12 px as seen. */
async function expectDrawnForItsBox(chart: Locator, id: string) {
	const drawings = await chart.locator('[data-live-drawing] svg.layercake-layout-svg').evaluateAll((svgs) =>
		svgs.map((svg) => {
			const box = svg.getBoundingClientRect();
			const viewBox = (svg as SVGSVGElement).viewBox.baseVal;
			return { box: [box.width, box.height], viewBox: [viewBox.width, viewBox.height] };
		})
	);
	expect(drawings.length, id).toBeGreaterThan(0);
	for (const { box, viewBox } of drawings) {
		expect(Math.abs(box[0] - viewBox[0]), `${id} width`).toBeLessThanOrEqual(1);
		expect(Math.abs(box[1] - viewBox[1]), `${id} height`).toBeLessThanOrEqual(1);
	}
	const smallest = await chart.locator('[data-live-drawing]').evaluate((live) => {
		const sizes: [number, string][] = [];
		for (const text of live.querySelectorAll<SVGTextElement>('svg text')) {
			if (!text.textContent?.trim() || text.getBoundingClientRect().width === 0) continue;
			// The matrix's scale, whatever the rotation (lane names may stand on end).
			const matrix = text.getScreenCTM();
			const scale = matrix ? Math.hypot(matrix.a, matrix.b) : 1;
			sizes.push([parseFloat(getComputedStyle(text).fontSize) * scale, text.textContent]);
		}
		const walker = document.createTreeWalker(live, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement!;
			if (!node.textContent?.trim() || parent.closest('svg') || parent.closest('[hidden]') || parent.getClientRects().length === 0) continue;
			sizes.push([parseFloat(getComputedStyle(parent).fontSize), node.textContent]);
		}
		return sizes.sort((a, b) => a[0] - b[0])[0];
	});
	expect(smallest[0], `${id}: "${smallest[1]}"`).toBeGreaterThanOrEqual(11.99);
}

test.describe('marks that travel between steps', () => {
	// A small phone's box: there the challenges tree folds the branches a step is not about, and its leaves travel.
	test.use({ viewport: { width: 375, height: 667 } });

	test('each step change moves or fades marks over a few hundred milliseconds, every moving mark passing between its two places', async ({
		page
	}) => {
		test.setTimeout(120_000);
		let moved = 0;
		let faded = 0;
		await page.goto('/');
		await waitForScrolly(page);
		for (const id of chartIds) {
			const chart = page.locator(`[data-chart="${id}"]`);
			await scrollToStep(page, id, 0);
			await waitForLiveChart(chart);
			await page.waitForTimeout(300);
			const count = await page.locator(`[data-step-for="${id}"]`).count();
			for (let step = 0; step < count - 1; step += 1) {
				const { before, during, after } = await sampleStepChange(page, chart, step + 1);
				for (const [key, end] of Object.entries(after)) {
					const start = before[key];
					const mid = during[key];
					if (!start || !mid) continue;
					const travel = distance(start, end);
					if (travel > 8) {
						moved += 1;
						expect(distance(start, mid), `${id} ${step}→${step + 1} ${key} had not left`).toBeGreaterThan(1);
						expect(distance(mid, end), `${id} ${step}→${step + 1} ${key} had already arrived`).toBeGreaterThan(1);
						expect(distance(start, mid) + distance(mid, end), `${id} ${key} left its path`).toBeLessThan(travel * 1.5 + 2);
					}
					if (Math.abs(start.opacity - end.opacity) > 0.3) {
						faded += 1;
						expect(mid.opacity, `${id} ${step}→${step + 1} ${key} opacity`).toBeGreaterThan(Math.min(start.opacity, end.opacity) + 0.01);
						expect(mid.opacity, `${id} ${step}→${step + 1} ${key} opacity`).toBeLessThan(Math.max(start.opacity, end.opacity) - 0.01);
					}
				}
			}
		}
		expect(moved, 'marks that moved between neighbouring steps').toBeGreaterThan(0);
		expect(faded, 'marks that faded between neighbouring steps').toBeGreaterThan(0);
	});

	test('under reduced motion the same changes happen in one frame', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		for (const id of chartIds) {
			const chart = await openEmbed(page, id, 0);
			await chart.evaluate(async () => {
				document.querySelector<HTMLButtonElement>('[data-action="next"]')!.click();
				await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
			});
			const oneFrameLater = await markPlaces(chart);
			await page.waitForTimeout(700);
			const settled = await markPlaces(chart);
			for (const [key, place] of Object.entries(oneFrameLater)) {
				if (!settled[key]) continue;
				expect(distance(settled[key], place), `${id} ${key}`).toBeLessThan(1);
				expect(Math.abs(settled[key].opacity - place.opacity), `${id} ${key}`).toBeLessThan(0.01);
			}
			const running = await chart.evaluate(
				(figure) => figure.getAnimations({ subtree: true }).filter((animation) => animation.playState === 'running').length
			);
			expect(running, id).toBe(0);
		}
	});

	test('a jump across several steps goes straight to the step in view', async ({ page }) => {
		await page.goto('/');
		await waitForScrolly(page);
		const chart = page.locator('[data-chart="launches"]');
		await scrollToStep(page, 'launches', 0);
		await waitForLiveChart(chart);
		await scrollToStep(page, 'launches', 3);
		const firstFrame = await markPlaces(chart);
		await page.waitForTimeout(800);
		const settled = await markPlaces(chart);
		for (const [key, place] of Object.entries(settled)) {
			expect(distance(place, firstFrame[key]), key).toBeLessThan(1);
			expect(Math.abs(place.opacity - firstFrame[key].opacity), key).toBeLessThan(0.02);
		}
	});
});

for (const [width, height] of [
	[320, 640],
	[390, 844],
	[1024, 768],
	[1440, 900]
]) {
	test.describe(`the story at ${width} px`, () => {
		test.use({ viewport: { width, height } });

		test('draws every chart for its own box, with no chart text under 12 px', async ({ page }) => {
			await page.goto('/');
			for (const id of chartIds) {
				const chart = page.locator(`[data-chart="${id}"]`);
				await chart.scrollIntoViewIfNeeded();
				await waitForLiveChart(chart);
				await expectDrawnForItsBox(chart, id);
			}
		});
	});
}

test.describe('details on demand', () => {
	test('hovering a mark shows its details beside it, kept open while hovered, closed by Escape', async ({ page, isMobile }) => {
		test.skip(isMobile, 'hover is a desktop pointer');
		for (const id of chartIds) {
			const sources = await sourcesOf(page, id);
			const chart = await openEmbed(page, id);
			const mark = chart.locator('[data-live-drawing] [data-mark]:not(.faded)').first();
			const key = (await mark.getAttribute('data-mark'))!;
			await mark.hover();
			const card = chart.locator('[data-details]');
			await expect(card).toBeVisible();
			for (const source of sources.get(key)!) await expect(card, `${id} ${key}`).toContainText(source);
			const [markBox, cardBox] = [await mark.boundingBox(), await card.boundingBox()];
			const overlaps =
				markBox!.x < cardBox!.x + cardBox!.width &&
				cardBox!.x < markBox!.x + markBox!.width &&
				markBox!.y < cardBox!.y + cardBox!.height &&
				cardBox!.y < markBox!.y + markBox!.height;
			expect(overlaps, `${id}: the card covers its mark`).toBe(false);
			await card.hover();
			await page.waitForTimeout(600);
			await expect(card).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(card).toBeHidden();
		}
	});

	test('tapping a mark pins its details to the chart, and a tap elsewhere closes them', async ({ page, isMobile }) => {
		test.skip(!isMobile, 'taps are a phone’s');
		for (const id of chartIds) {
			const sources = await sourcesOf(page, id);
			const chart = await openEmbed(page, id, 1);
			const mark = chart.locator('[data-live-drawing] [data-mark]:not(.faded)').first();
			const key = (await mark.getAttribute('data-mark'))!;
			await mark.tap();
			const card = chart.locator('[data-details]');
			await expect(card).toBeVisible();
			for (const source of sources.get(key)!) await expect(card, `${id} ${key}`).toContainText(source);
			const [markBox, cardBox, liveBox] = [
				await mark.boundingBox(),
				await card.boundingBox(),
				await chart.locator('[data-live-drawing]').boundingBox()
			];
			const atAnEdge = Math.abs(cardBox!.y + cardBox!.height - (liveBox!.y + liveBox!.height)) < 2 || Math.abs(cardBox!.y - liveBox!.y) < 2;
			expect(atAnEdge, `${id}: pinned to the chart's edge`).toBe(true);
			expect(markBox!.y + markBox!.height <= cardBox!.y || cardBox!.y + cardBox!.height <= markBox!.y, `${id}: the card covers its mark`).toBe(true);
			await chart.locator('h3, .source').last().tap({ force: true });
			await expect(card).toBeHidden();
			expect(await chart.locator('[data-live-drawing]').evaluate((live) => getComputedStyle(live).touchAction)).toBe('pan-y');
		}
	});

	test('the keyboard reaches each chart in one tab stop and moves through its marks with the arrow keys', async ({ page }) => {
		for (const id of chartIds) {
			const sources = await sourcesOf(page, id);
			const chart = await openEmbed(page, id, 0);
			await expect(chart.locator('[data-mark][tabindex="0"]')).toHaveCount(1);
			await expect(chart.locator('[data-mark][tabindex="-1"]')).toHaveCount((await chart.locator('[data-mark]').count()) - 1);
			const focusedKey = () => page.evaluate(() => document.activeElement?.getAttribute('data-mark') ?? null);
			for (let presses = 0; presses < 40 && !(await focusedKey()); presses += 1) await page.keyboard.press('Tab');
			const first = await focusedKey();
			expect(first, id).not.toBeNull();
			const card = chart.locator('[data-details]');
			await expect(card).toBeVisible();
			await page.keyboard.press('ArrowRight');
			const second = await focusedKey();
			expect(second, id).not.toBe(first);
			for (const source of sources.get(second!)!) await expect(card, `${id} ${second}`).toContainText(source);
			await expect(chart.locator('[data-mark][tabindex="0"]')).toHaveAttribute('data-mark', second!);
			await page.keyboard.press('ArrowLeft');
			expect(await focusedKey()).toBe(first);
			await page.keyboard.press('Escape');
			await expect(card).toBeHidden();
			expect(await focusedKey()).toBe(first);
			await page.keyboard.press('Tab');
			expect(await focusedKey(), 'one Tab leaves the chart').toBeNull();
		}
	});
});

test.describe('a chart that keeps its box', () => {
	test('nothing on the story moves at load or through a full scroll, as the charts are drawn live', async ({ page }) => {
		await page.addInitScript(() => {
			type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
			const shifts: string[] = [];
			Object.assign(window, { shifts, shifted: 0 });
			new PerformanceObserver((list) => {
				for (const shift of list.getEntries() as LayoutShift[]) {
					if (shift.hadRecentInput) continue;
					(window as unknown as { shifted: number }).shifted += shift.value;
					shifts.push(
						`${shift.value.toFixed(4)}: ${shift.sources.map((source) => (source.node instanceof Element ? source.node.outerHTML.slice(0, 80) : '')).join(' | ')}`
					);
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto('/');
		await waitForScrolly(page);
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		for (let y = 0; y < height; y += 400) {
			await page.mouse.wheel(0, 400);
			await page.waitForTimeout(60);
		}
		await page.waitForTimeout(800);
		for (const id of chartIds) await expect(page.locator(`[data-chart="${id}"]`)).toHaveAttribute('data-live', '');
		const { shifted, shifts } = await page.evaluate(() => {
			const recorded = window as unknown as { shifted: number; shifts: string[] };
			return { shifted: recorded.shifted, shifts: recorded.shifts };
		});
		expect(shifted, shifts.join('\n')).toBeLessThan(0.001);
	});

	test('after a resize or a turn mid-story the chart is drawn again for its new box, in the step in view', async ({ page }) => {
		await page.goto('/');
		await waitForScrolly(page);
		await scrollToStep(page, 'maturity', 2);
		const chart = page.locator('[data-chart="maturity"]');
		await waitForLiveChart(chart);
		const { width, height } = page.viewportSize()!;
		await resizeWindow(page, { width: height, height: width });
		await scrollToStep(page, 'maturity', 2);
		const svg = chart.locator('[data-live-drawing] svg.layercake-layout-svg').first();
		await expect
			.poll(() => svg.evaluate((element) => Math.abs(element.getBoundingClientRect().width - (element as SVGSVGElement).viewBox.baseVal.width)))
			.toBeLessThanOrEqual(1);
	});
});

test.describe('an embed on a host that sends no headers', () => {
	test('works in a sandboxed frame without same-origin access: drawn live, stepped, with details', async ({ page, isMobile }) => {
		test.skip(isMobile, 'the host page is laid out by width; one project is enough');
		const problems = watchForProblems(page);
		await page.goto(`${hostOrigin}/?site=${encodeURIComponent(`${plainHostOrigin}/`)}&chart=paddle&mode=sandbox&width=600`);
		const frame = page.frameLocator('#container iframe');
		const chart = frame.locator('[data-chart="paddle"]');
		await expect(chart).toHaveAttribute('data-live', '', { timeout: 10_000 });
		const step = Number(await chart.getAttribute('data-step'));
		await frame.getByRole('button', { name: step > 0 ? 'Previous step' : 'Next step' }).click();
		await expect(chart).toHaveAttribute('data-step', String(step > 0 ? step - 1 : step + 1));
		await chart.locator('[data-mark]').first().focus();
		await expect(chart.locator('[data-details]')).toBeVisible();
		expect(problems).toEqual([]);
	});
});

test.describe('the Chinese editions', () => {
	for (const edition of ['zh-hant', 'zh-hans']) {
		test(`/${edition}/ draws every chart for its box, steps it and answers the keyboard with details`, async ({ page }) => {
			await page.goto(`/${edition}/`);
			await waitForScrolly(page);
			for (const id of chartIds) {
				const sources = await sourcesOf(page, id);
				const chart = page.locator(`[data-chart="${id}"]`);
				await scrollToStep(page, id, 1);
				await waitForLiveChart(chart);
				await expectDrawnForItsBox(chart, id);
				const mark = chart.locator('[data-mark][tabindex="0"]');
				await mark.focus();
				const card = chart.locator('[data-details]');
				await expect(card).toBeVisible();
				for (const source of sources.get((await mark.getAttribute('data-mark'))!)!) await expect(card, id).toContainText(source);
				await expect(card).toContainText(/[\u4e00-\u9fff]/);
				await page.keyboard.press('Escape');
				await expect(card).toBeHidden();
			}
		});
	}
});
