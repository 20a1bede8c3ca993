import { expect, test, type Page } from '@playwright/test';
import { chartIds } from './reader';

/**
 * A reader on a slow mobile connection gets the page in pieces, and the browser
 * draws each piece as it comes. Nothing drawn may move when the next arrives.
 */
async function shiftsWhileLoadingSlowly(page: Page, path: string): Promise<{ value: number; moved: string }[]> {
	const network = await page.context().newCDPSession(page);
	await network.send('Network.enable');
	// Lighthouse's mobile phone: a CPU 4x slower, 150 ms round trips, 1.6 Mbit/s down. A slow CPU draws more of the page between packets.
	await network.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await network.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 150,
		downloadThroughput: 200 * 1024,
		uploadThroughput: 94 * 1024
	});
	await page.addInitScript(() => {
		/** The Layout Instability API's entry, which TypeScript's DOM types do not have yet. */
		type LayoutShift = PerformanceEntry & { value: number; sources: { node?: Node }[] };
		const shifts: { value: number; moved: string }[] = [];
		Object.assign(window, { shifts });
		new PerformanceObserver((list) => {
			for (const shift of list.getEntries() as LayoutShift[]) {
				const moved = shift.sources.map((source) =>
					source.node instanceof Element ? source.node.outerHTML.slice(0, 80) : String(source.node?.nodeName)
				);
				shifts.push({ value: shift.value, moved: `${shift.value.toFixed(4)} at ${Math.round(shift.startTime)} ms: ${moved.join(' | ')}` });
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(path, { waitUntil: 'load' });
	await page.waitForTimeout(500);
	return page.evaluate(() => (window as unknown as { shifts: { value: number; moved: string }[] }).shifts);
}

/**
 * Below what Lighthouse reports as 0.001. A paragraph whose end comes in a later
 * packet can re-balance its last lines (text-wrap: pretty), moving a few words:
 * a few ten-thousandths. A legend pushed up by the source line below it was 0.008.
 */
const unnoticeable = 0.001;

async function expectNothingMoves(page: Page, path: string) {
	const shifts = await shiftsWhileLoadingSlowly(page, path);
	const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
	expect(total, shifts.map((shift) => shift.moved).join('\n')).toBeLessThan(unnoticeable);
}

test.describe('a reader on a slow connection', () => {
	test('sees nothing on the story move while it loads', async ({ page }) => {
		await expectNothingMoves(page, '/');
	});

	for (const id of chartIds) {
		test(`sees nothing in the ${id} embed move while it loads`, async ({ page }) => {
			await expectNothingMoves(page, `/embed/${id}/`);
		});
	}

	test('sees an embed in the theme and plain mode its host asked for from the first paint', async ({ page }) => {
		await page.addInitScript(() => {
			// The options as they stand when the chart's headline enters the page: nothing of the chart can be drawn before then.
			new MutationObserver((_, observer) => {
				if (!document.querySelector('[data-chart] .head')) return;
				observer.disconnect();
				const root = document.documentElement;
				Object.assign(window, { whenChartArrived: { theme: root.dataset.theme, plain: root.dataset.plain } });
			}).observe(document, { childList: true, subtree: true });
		});
		await expectNothingMoves(page, '/embed/launches/?step=1&theme=dark&plain=1');
		expect(await page.evaluate(() => (window as unknown as { whenChartArrived: unknown }).whenChartArrived)).toEqual({ theme: 'dark', plain: '' });
		await expect(page.locator('[data-chart="launches"]')).toHaveAttribute('data-step', '1');
	});
});
