import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chartIds, scrollToStep, waitForScrolly } from './reader';

const pages = [
	'/',
	'/zh-hant/',
	'/zh-hans/',
	'/embed/launches/',
	'/zh-hant/embed/maturity/',
	'/zh-hans/embed/paddle/',
	'/embed/challenges/?plain=1',
	'/404.html'
];

test.describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
	for (const scheme of ['light', 'dark'] as const) {
		test.describe(`${scheme} theme`, () => {
			test.use({ colorScheme: scheme });
			for (const path of pages) {
				test(`${path} has no violations`, async ({ page }) => {
					await page.goto(path);
					await page.waitForLoadState('networkidle');
					const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
					const summary = results.violations.map(
						(violation) =>
							`${violation.id}: ${violation.nodes
								.slice(0, 3)
								.map((node) => node.target.join(' '))
								.join(' | ')}`
					);
					expect(summary).toEqual([]);
				});
			}
		});
	}
});

test.describe('accessibility of every chart state', () => {
	for (const scheme of ['light', 'dark'] as const) {
		test(`${scheme}: every step of every chart keeps its text readable`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
			await page.goto('/');
			await waitForScrolly(page);
			const problems: string[] = [];
			for (const id of chartIds) {
				const steps = await page.locator(`[data-step-for="${id}"]`).count();
				for (let step = 0; step < steps; step += 1) {
					await scrollToStep(page, id, step);
					const results = await new AxeBuilder({ page }).include(`[data-chart="${id}"]`).withTags(['wcag2a', 'wcag2aa']).analyze();
					problems.push(...results.violations.map((violation) => `${id} step ${step}: ${violation.id} ${violation.nodes[0]?.target.join(' ')}`));
				}
			}
			expect(problems).toEqual([]);
		});
	}
});
