import { expect, test } from '@playwright/test';
import { chartIds, scrollToStep, waitForScrolly, watchForProblems } from './reader';

const editions = [
	{ path: '/', lang: 'en' },
	{ path: '/zh-hant/', lang: 'zh-Hant' },
	{ path: '/zh-hans/', lang: 'zh-Hans' }
];

/** English words of the interface and chart keys that must not show in a Chinese edition. */
const englishWords = ['Get the data', 'Show the data as a table', 'In the article', 'Outside context', 'Model launch', 'Life sciences', 'Published'];

test.describe('the three editions', () => {
	for (const { path, lang } of editions) {
		test(`${lang}: declares its language and lists every edition as an alternate`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			const alternates = await page
				.locator('link[rel="alternate"][hreflang]')
				.evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]));
			expect(alternates).toEqual(
				expect.arrayContaining([
					['en', '/'],
					['zh-Hant', '/zh-hant/'],
					['zh-Hans', '/zh-hans/'],
					['x-default', '/']
				])
			);
		});

		test(`${lang}: a reader scrolls through every step of every chart`, async ({ page }) => {
			const problems = watchForProblems(page);
			await page.goto(path);
			await waitForScrolly(page);
			for (const id of chartIds) {
				const steps = await page.locator(`[data-step-for="${id}"]`).count();
				for (let step = 0; step < steps; step += 1) await scrollToStep(page, id, step);
			}
			expect(problems).toEqual([]);
		});
		test(`${lang}: no line of the story starts with a citation or with closing punctuation`, async ({ page }) => {
			await page.goto(path);
			const stranded = await page.locator('main').evaluate((main) => {
				const closing = /[，。、；：！？）」』》,.;:!?)]/;
				const found: string[] = [];
				const range = document.createRange();
				for (const block of main.querySelectorAll('p')) {
					if (block.getClientRects().length === 0) continue;
					let previousBottom = -Infinity;
					const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						if (node.parentElement?.closest('.visually-hidden')) continue;
						const text = node.textContent ?? '';
						for (let index = 0; index < text.length; index += 1) {
							if (/\s/.test(text[index])) continue;
							range.setStart(node, index);
							range.setEnd(node, index + 1);
							const { top, bottom, height } = range.getBoundingClientRect();
							if (height === 0) continue;
							// A character wholly below the one before starts a new line.
							const startsLine = top >= previousBottom - 1;
							if (startsLine && (closing.test(text[index]) || node.parentElement?.closest('.cite')))
								found.push(`${text.slice(Math.max(0, index - 12), index + 12)} (in: ${block.textContent?.slice(0, 40)})`);
							previousBottom = bottom;
						}
					}
				}
				return found;
			});
			expect(stranded).toEqual([]);
		});
	}

	for (const { path, lang } of editions.slice(1)) {
		test(`${lang}: shows no English interface or chart label`, async ({ page }) => {
			await page.goto(path);
			const text = await page.locator('main').innerText();
			for (const words of englishWords) expect(text, words).not.toContain(words);
			for (const id of chartIds) {
				const labels = await page.locator(`[data-chart="${id}"] svg text`).allTextContents();
				const wordy = labels.filter((label) => /[A-Za-z]{3,}/.test(label) && !/[\u3400-\u9fff]/.test(label));
				// Model and product names stay in Latin letters (AlphaFold, GNoME); labels around them are Chinese.
				expect(wordy.length, `${id}: ${wordy.join(' | ')}`).toBeLessThanOrEqual(Math.floor(labels.length / 2));
			}
		});
	}

	test('the Simplified edition is converted from the Traditional one', async ({ page }) => {
		await page.goto('/zh-hans/');
		const text = await page.locator('main').innerText();
		expect(text).toContain('飞桨');
		expect(text).not.toContain('飛槳');
		expect(text).toMatch(/\d+万/);
	});

	test('switching edition keeps the reader in the same section', async ({ page }) => {
		await page.goto('/');
		await waitForScrolly(page);
		await page.locator('#challenges-heading').evaluate((heading) => window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 50));
		await page.getByRole('link', { name: '繁體中文' }).first().click();
		await expect(page).toHaveURL(/\/zh-hant\/#challenges$/);
		await expect(page.locator('#challenges-heading')).toBeInViewport();
	});
});
