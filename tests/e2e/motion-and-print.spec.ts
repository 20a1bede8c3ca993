import { expect, test } from '@playwright/test';
import { chartIds, scrollToStep, waitForLiveChart, waitForScrolly } from './reader';

test.describe('motion', () => {
	test('a reader who prefers reduced motion gets no tweening and no smooth scrolling', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/');
		await waitForScrolly(page);
		await scrollToStep(page, 'launches', 1);
		const chart = page.locator('[data-chart="launches"]');
		await waitForLiveChart(chart);
		const durations = await chart
			.locator('[data-live-drawing] [data-mark]')
			.evaluateAll((marks) => marks.flatMap((mark) => getComputedStyle(mark).transitionDuration.split(',').map(parseFloat)));
		expect(durations.length).toBeGreaterThan(0);
		expect(Math.max(...durations)).toBe(0);
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).not.toBe('smooth');
	});
});

test.describe('print', () => {
	test('prints every chart in its summary state, without the step cards, with link addresses written out', async ({ page }) => {
		await page.goto('/');
		await waitForScrolly(page);
		await scrollToStep(page, 'launches', 0);
		await page.emulateMedia({ media: 'print' });
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		for (const id of chartIds) {
			const chart = page.locator(`[data-chart="${id}"]`);
			await expect(chart).toHaveAttribute('data-step', (await chart.getAttribute('data-summary-step'))!);
		}
		await expect(page.locator('[data-step-for]').first()).toBeHidden();
		const after = await page
			.locator('a[href^="https://bg3.co"]')
			.first()
			.evaluate((link) => getComputedStyle(link, '::after').content);
		expect(after).toContain('https://bg3.co');
		await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
		await page.emulateMedia({ media: 'screen' });
		await expect(page.locator('[data-chart="launches"]')).toHaveAttribute('data-step', '0');
	});
});
