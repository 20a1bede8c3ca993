import { expect, test } from '@playwright/test';
import { chartIds, scrollToStep, statesInSight, waitForScrolly } from './reader';

test.describe('motion', () => {
	test('a step takes the place of the last at once, with nothing left animating', async ({ page }) => {
		await page.goto('/');
		await waitForScrolly(page);
		for (const step of [1, 2, 1]) {
			await scrollToStep(page, 'launches', step);
			const chart = page.locator('[data-chart="launches"]');
			expect(await statesInSight(chart)).toEqual([String(step)]);
			expect(await chart.evaluate((figure) => figure.getAnimations({ subtree: true }).length)).toBe(0);
		}
	});

	test('a reader who prefers reduced motion gets no tweening and no smooth scrolling', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/');
		await waitForScrolly(page);
		await scrollToStep(page, 'launches', 1);
		for (const id of chartIds) {
			const durations = await page.locator(`[data-chart="${id}"] [data-state]`).first().evaluate((element) => getComputedStyle(element).transitionDuration.split(',').map(parseFloat));
			expect(Math.max(...durations), id).toBe(0);
		}
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
		const after = await page.locator('a[href^="https://bg3.co"]').first().evaluate((link) => getComputedStyle(link, '::after').content);
		expect(after).toContain('https://bg3.co');
		await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
		await page.emulateMedia({ media: 'screen' });
		await expect(page.locator('[data-chart="launches"]')).toHaveAttribute('data-step', '0');
	});
});
