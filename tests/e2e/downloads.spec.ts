import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { chartIds } from './reader';

test.describe('a reader getting a chart’s data', () => {
	for (const id of chartIds) {
		test(`downloads ${id} as CSV and JSON with the rows the chart shows`, async ({ page, request }) => {
			await page.goto('/');
			const story = page.locator(`[data-chart="${id}"]`).locator('xpath=ancestor::*[contains(@class,"chart-story")]');
			const menu = story.locator('details.data-menu');
			await menu.locator('summary').click();

			const [csvDownload] = await Promise.all([page.waitForEvent('download'), menu.getByRole('link', { name: 'CSV' }).click()]);
			expect(csvDownload.suggestedFilename()).toBe(`${id}.csv`);
			const csvText = await readFile((await csvDownload.path())!, 'utf8');
			expect(csvText.startsWith('\uFEFF')).toBe(true);
			const csvRows = csvParse(csvText.slice(1));

			const json = await (
				await request.get(
					await menu
						.getByRole('link', { name: 'JSON' })
						.getAttribute('href')
						.then((href) => href!)
				)
			).json();
			expect(json.rows).toHaveLength(csvRows.length);
			expect(csvRows.map((row) => row.source)).toEqual(json.rows.map((row: { source: string }) => row.source));

			const tableRows = await story.locator('details.data-table tbody tr').count();
			expect(csvRows.length).toBe(tableRows);
			for (const row of csvRows) expect(row.source).not.toBe('');
		});
	}

	test('gets everything in one zip', async ({ page }) => {
		await page.goto('/');
		const menu = page.locator('details.data-menu').first();
		await menu.locator('summary').click();
		const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('link', { name: 'Everything' }).click()]);
		expect(download.suggestedFilename()).toMatch(/\.zip$/);
		const bytes = await readFile((await download.path())!);
		expect(bytes.subarray(0, 2).toString()).toBe('PK');
	});
});
