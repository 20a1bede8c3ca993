import { expect, type Locator, type Page } from '@playwright/test';

/** The chart ids in the public URL scheme, in story order. */
export const chartIds = ['launches', 'maturity', 'challenges', 'paddle'];

/** Waits until a chart is drawn live, at its box's size, in place of the server's drawing. */
export async function waitForLiveChart(chart: Locator) {
	await expect(chart).toHaveAttribute('data-live', '');
	await expect(chart.locator('[data-live-drawing][data-ready]')).toHaveCount(1);
}

/**
 * Where every mark of a chart is now, by key: the origin its transform places
 * it at, on screen (its box would also change as a label inside it fades), and
 * its opacity.
 */
export function markPlaces(chart: Locator): Promise<Record<string, { x: number; y: number; opacity: number }>> {
	return chart.evaluate(placesOfMarks);
}

/** The same, run in the page: `figure` is a chart's root. */
export function placesOfMarks(figure: Element): Record<string, { x: number; y: number; opacity: number }> {
	return Object.fromEntries(
		Array.from(figure.querySelectorAll<SVGGraphicsElement>('[data-live-drawing] [data-mark]'), (mark) => {
			const origin = mark.getScreenCTM()!;
			return [mark.getAttribute('data-mark'), { x: origin.e, y: origin.f, opacity: Number(getComputedStyle(mark).opacity) }];
		})
	);
}

/** Starts writing down every text a screen reader would hear from a live region; `heardSoFar` reads the list. */
export async function listenTo(liveRegion: Locator): Promise<void> {
	await liveRegion.evaluate((region) => {
		const heard: string[] = [];
		(window as unknown as { heard: string[] }).heard = heard;
		new MutationObserver(() => heard.push(region.textContent?.trim() ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
	});
}

export function heardSoFar(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { heard: string[] }).heard);
}

/** Scrolls like a reader until the step card sits on the trigger line, then waits for the chart to follow. */
export async function scrollToStep(page: Page, chartId: string, step: number) {
	const card = page.locator(`[data-step-for="${chartId}"][data-step-index="${step}"]`);
	await card.evaluate((element) => {
		const trigger = Number(element.closest('[data-trigger-px]')?.getAttribute('data-trigger-px'));
		const box = element.getBoundingClientRect();
		window.scrollBy(0, box.top + box.height / 2 - trigger);
	});
	await expect(page.locator(`[data-chart="${chartId}"]`)).toHaveAttribute('data-step', String(step));
}

/** Turns or resizes the window as a reader does, then waits for the story to move its trigger line (a frame later) before anything reads it. */
export async function resizeWindow(page: Page, size: { width: number; height: number }) {
	const scrolly = page.locator('[data-trigger-px]').first();
	const before = await scrolly.getAttribute('data-trigger-px');
	await page.setViewportSize(size);
	await expect(scrolly).not.toHaveAttribute('data-trigger-px', before ?? '');
}

/** Fails the test on any console error, page error, or request to another host. */
export function watchForProblems(page: Page) {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') problems.push(`left the site: ${request.url()}`);
	});
	return problems;
}

/** Waits for the page's JavaScript to take over the prerendered HTML. */
export async function waitForScrolly(page: Page) {
	await expect(page.locator('[data-trigger-px]').first()).toHaveAttribute('data-trigger-px', /\d+/);
}
