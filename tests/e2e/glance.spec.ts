import { expect, test, type Page } from '@playwright/test';
import { chartIds, waitForScrolly } from './reader';

const panel = (page: Page) => page.locator('[data-glance]');
const tile = (page: Page, id: string) => page.locator(`[data-glance-tile="${id}"]`);

/** Whether the element lies wholly inside the viewport's height, and where it sits across. */
const placeOf = (page: Page, selector: string) =>
	page.locator(selector).evaluate((element) => {
		const box = element.getBoundingClientRect();
		return { top: box.top, bottom: box.bottom, left: box.left, right: box.right, width: innerWidth, height: innerHeight };
	});

const pageScrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test.describe('the opening panel', () => {
	test('shows the four tiles in the first screen, without making the page scroll sideways', async ({ page, isMobile }) => {
		await page.goto('/');
		await expect(panel(page)).toHaveCount(1);
		await expect(panel(page).locator('[data-glance-tile]')).toHaveCount(chartIds.length);
		for (const id of chartIds) {
			const place = await placeOf(page, `[data-glance-tile="${id}"]`);
			expect(place.top, id).toBeGreaterThanOrEqual(0);
			expect(place.bottom, id).toBeLessThanOrEqual(place.height);
			// Desktop: one row, all four in view. Phone: the first in view and the next peeking in; the row scrolls to the others.
			if (!isMobile || id === chartIds[0]) {
				expect(place.left, id).toBeGreaterThanOrEqual(0);
				expect(place.right, id).toBeLessThanOrEqual(place.width);
			}
		}
		// The next tile's card edge peeks in: its link stays out of view until focused (GlanceTile.svelte).
		if (isMobile) expect((await placeOf(page, `li:has(> [data-glance-tile="${chartIds[1]}"])`)).left).toBeLessThan(page.viewportSize()!.width);
		expect(await pageScrollsSideways(page)).toBe(false);
	});

	test('takes each tile in turn with Tab, bringing it into view without moving the page', async ({ page }) => {
		await page.goto('/');
		await tile(page, chartIds[0]).focus();
		for (const [index, id] of chartIds.entries()) {
			if (index > 0) await page.keyboard.press('Tab');
			await expect(tile(page, id)).toBeFocused();
			await expect(tile(page, id)).toBeInViewport({ ratio: 1 });
		}
		expect(await page.evaluate(() => [scrollX, scrollY])).toEqual([0, 0]);
	});

	test('is no second chart: no data-chart, no data-mark, nothing for a screen reader to read twice', async ({ page }) => {
		await page.goto('/');
		await expect(panel(page).locator('[data-chart]')).toHaveCount(0);
		await expect(panel(page).locator('[data-mark]')).toHaveCount(0);
		await expect(page.locator('[data-chart]')).toHaveCount(chartIds.length);
		for (const id of chartIds) {
			await expect(tile(page, id).locator('svg').first().locator('xpath=ancestor::*[@aria-hidden="true"]')).not.toHaveCount(0);
			await expect(tile(page, id)).toHaveAccessibleName(/\w/);
		}
	});

	test('draws each tile one unit to one pixel, with no text under 12 px as seen', async ({ page }) => {
		await page.goto('/');
		for (const id of chartIds) {
			const drawing = await tile(page, id).evaluate((element) => {
				const svgs = Array.from(element.querySelectorAll('svg')).filter((svg) => svg.checkVisibility() && svg.viewBox.baseVal?.width > 0);
				const clip = element.querySelector('[aria-hidden="true"]')!.getBoundingClientRect();
				return svgs.map((svg) => {
					const box = svg.getBoundingClientRect();
					const texts = Array.from(svg.querySelectorAll('text')).filter((text) => {
						const place = text.getBoundingClientRect();
						// Only text a reader can see: drawn, not empty, inside the tile's drawing.
						return (
							text.checkVisibility() &&
							text.textContent?.trim() &&
							place.bottom > clip.top &&
							place.top < clip.bottom &&
							place.right > clip.left &&
							place.left < clip.right
						);
					});
					return {
						viewBox: { width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height },
						box: { width: box.width, height: box.height },
						smallText: texts
							.filter((text) => parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1) < 11.99)
							.map((text) => text.textContent)
					};
				});
			});
			// Soft: one report names every chart that falls short.
			expect.soft(drawing.length, id).toBeGreaterThan(0);
			for (const { viewBox, box, smallText } of drawing) {
				expect.soft(Math.abs(viewBox.width - box.width), `${id}: viewBox width ${viewBox.width}, box ${box.width}`).toBeLessThanOrEqual(1);
				expect.soft(Math.abs(viewBox.height - box.height), `${id}: viewBox height ${viewBox.height}, box ${box.height}`).toBeLessThanOrEqual(1);
				expect.soft(smallText, `${id}: text under 12 px`).toEqual([]);
			}
		}
	});

	for (const id of chartIds) {
		test(`lands at the first step of ${id} when its tile is clicked or tapped`, async ({ page, isMobile }) => {
			await page.goto('/');
			await waitForScrolly(page);
			if (isMobile) await tile(page, id).tap();
			else await tile(page, id).click();
			await expect(page).toHaveURL(new RegExp(`#${id}-1$`));
			await expect(page.locator(`[data-chart="${id}"]`)).toHaveAttribute('data-step', '0');
			await expect(page.locator(`#${id}-1`)).toBeInViewport();
			await expect(page.locator(`#${id}-1`)).toHaveClass(/active/);
		});
	}

	for (const edition of ['zh-hant', 'zh-hans']) {
		test(`opens the ${edition} edition too, with its four findings in Chinese`, async ({ page }) => {
			await page.goto(`/${edition}/`);
			await expect(panel(page).locator('[data-glance-tile]')).toHaveCount(chartIds.length);
			for (const id of chartIds) {
				await expect(tile(page, id)).toHaveAttribute('href', `#${id}-1`);
				await expect(tile(page, id).locator('p')).toHaveText(/\p{Script=Han}{4}/u);
			}
			// The Simplified edition is converted from the Traditional one: its words, not a copy.
			await expect(tile(page, 'paddle').locator('p')).toContainText(edition === 'zh-hans' ? '飞桨' : '飛槳');
		});
	}
});

test.describe('the opening panel at 320 px wide', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('scrolls its row, never the page', async ({ page }) => {
		await page.goto('/');
		await expect(tile(page, chartIds[0])).toBeVisible();
		expect(await pageScrollsSideways(page)).toBe(false);
		await tile(page, chartIds.at(-1)!).focus();
		await expect(tile(page, chartIds.at(-1)!)).toBeInViewport({ ratio: 1 });
		expect(await page.evaluate(() => scrollX)).toBe(0);
	});
});

test.describe('the opening panel without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows every tile drawn, in the first screen', async ({ page }) => {
		await page.goto('/');
		for (const id of chartIds) {
			const drawing = tile(page, id).locator('svg[viewBox]').first();
			await expect(drawing).toBeVisible();
			expect(await drawing.locator('path, circle, rect, line').count(), id).toBeGreaterThan(5);
			await expect(tile(page, id).locator('p')).not.toBeEmpty();
		}
		const place = await placeOf(page, '[data-glance]');
		expect(place.bottom).toBeLessThanOrEqual(place.height);
	});
});
