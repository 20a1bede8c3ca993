import { expect, test } from '@playwright/test';
import { baseOrigin, basePath } from '../../playwright.config';

const origin = baseOrigin;

test.describe('the site published under a sub-path', () => {
	test('every link, asset and data URL on the page resolves under the sub-path', async ({ page, request }) => {
		await page.goto(`${origin}${basePath}/`);
		const urls = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('a[href], link[href], script[src], img[src]')].map(
				(element) => new URL(element.getAttribute('href') ?? element.getAttribute('src')!, document.baseURI).href
			)
		);
		const local = [...new Set(urls.map((url) => url.split('#')[0]))].filter((url) => url.startsWith(origin));
		expect(local.length).toBeGreaterThan(2);
		for (const url of local) {
			expect(new URL(url).pathname, url).toMatch(new RegExp(`^${basePath}/`));
			const response = await request.get(url);
			expect(response.status(), url).toBe(200);
		}
	});

	test('runs its scripts from the sub-path with no failed request', async ({ page }) => {
		const failures: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
		});
		page.on('requestfailed', (request) => failures.push(`failed ${request.url()}`));
		await page.goto(`${origin}${basePath}/`);
		await expect(page.locator('[data-trigger-px]').first()).toHaveAttribute('data-trigger-px', /\d+/);
		expect(failures).toEqual([]);
	});
});
