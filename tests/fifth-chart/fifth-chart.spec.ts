import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import archieml from 'archieml';
import { csvParse } from 'd3-dsv';
import { expect, test, type Page } from '@playwright/test';
import { toSimplified } from '../../src/lib/i18n/simplify.server';
import { markPlaces, scrollToStep, waitForLiveChart, waitForScrolly, watchForProblems } from '../e2e/reader';
import { fixtureDir, fixtureId as id } from './fixture.mjs';

/*
 * The project built with a fifth chart added by its folder, its data file and
 * one registry entry (build.mjs). What the fixture is comes from its own files,
 * so the spec follows the fixture when it changes.
 */
type Words = { title: string; steps: Record<string, string> };
const wordsIn = (locale: string) => archieml.load(readFileSync(join(fixtureDir, `chart/words.${locale}.aml`), 'utf8')) as Words;
const english = wordsIn('en');
const traditional = wordsIn('zh-hant');
const stepCount = Object.keys(english.steps).length;
const dataRows = csvParse(readFileSync(join(fixtureDir, `data/${id}.csv`), 'utf8'));
/** A step text as the card shows it starts: its first words, before any citation. */
const opening = (text: string) => text.split('[[')[0].split(/\s+/).slice(0, 5).join(' ');

const chartIn = (page: Page) => page.locator(`[data-chart="${id}"]`);
const storyOf = (page: Page) => chartIn(page).locator('xpath=ancestor::*[@data-chart-story]');

test.describe('a fifth chart, added with its folder and one registry entry', () => {
	test('gets a section of the story, after the other charts, with a card for each step', async ({ page }) => {
		await page.goto('/');
		const section = page.getByRole('region', { name: english.title });
		await expect(section.locator('figure h3')).toHaveText(english.title);
		const cards = section.locator(`[data-step-for="${id}"]`);
		await expect(cards).toHaveCount(stepCount);
		for (const [index, text] of Object.values(english.steps).entries()) await expect(cards.nth(index)).toContainText(opening(text));

		const follows = await page.evaluate((fixture) => {
			const figures = [...document.querySelectorAll('.story [data-chart]')];
			return figures.at(-1)?.getAttribute('data-chart') === fixture;
		}, id);
		expect(follows, 'the fixture is the last chart the story tells').toBe(true);
		await expect(page.locator(`[data-glance-tile="${id}"]`)).toHaveCount(1);
	});

	test('changes with each step as the reader scrolls, drawn live with one mark per row', async ({ page }) => {
		const problems = watchForProblems(page);
		await page.goto('/');
		await waitForScrolly(page);
		await scrollToStep(page, id, 0);
		await waitForLiveChart(chartIn(page));
		await expect(chartIn(page).locator('[data-live-drawing] [data-mark]')).toHaveCount(dataRows.length);
		const first = await markPlaces(chartIn(page));
		await scrollToStep(page, id, stepCount - 1);
		await expect
			.poll(async () => JSON.stringify(await markPlaces(chartIn(page))), { message: 'the last step draws the marks otherwise' })
			.not.toBe(JSON.stringify(first));
		expect(problems).toEqual([]);
	});

	test('answers the keyboard with the details of each mark', async ({ page }) => {
		await page.goto(`/#${id}-1`);
		await waitForLiveChart(chartIn(page));
		const tabStop = chartIn(page).locator('[data-mark][tabindex="0"]');
		await tabStop.focus();
		await page.keyboard.press('Enter');
		const card = chartIn(page).locator('[data-details]');
		await expect(card).toBeVisible();
		const firstTitle = await card.locator('.title').textContent();
		await page.keyboard.press('ArrowDown');
		await expect(card).toBeVisible();
		await expect(card.locator('.title')).not.toHaveText(firstTitle ?? '');
	});

	test('shows its data as a table and offers it to download, with the source of every row', async ({ page, request }) => {
		await page.goto('/');
		await expect(storyOf(page).locator('details.data-table tbody tr')).toHaveCount(dataRows.length);

		const csv = await request.get(`/data/${id}.csv`);
		expect(csv.ok()).toBe(true);
		const csvRows = csvParse((await csv.text()).replace(/^\uFEFF/, ''));
		expect(csvRows).toHaveLength(dataRows.length);
		for (const row of csvRows) expect(row.source).not.toBe('');

		const json = await (await request.get(`/data/${id}.json`)).json();
		expect(json.rows).toHaveLength(dataRows.length);

		const datapackage = await (await request.get('/data/datapackage.json')).json();
		const resource = datapackage.resources.find((entry: { name: string }) => entry.name === id);
		expect(resource, 'a datapackage resource for the fixture').toBeTruthy();
		expect((await request.get(`/data/${resource.path}`)).ok()).toBe(true);

		const zip = Buffer.from(await (await request.get('/data/science-models-data.zip')).body());
		expect(zip.includes(`${id}.csv`)).toBe(true);

		for (const [extension, type] of [
			['svg', 'image/svg+xml'],
			['png', 'image/png']
		]) {
			const image = await request.get(`/images/${id}.${extension}`);
			expect(image.ok()).toBe(true);
			expect(image.headers()['content-type']).toContain(type);
		}
	});

	test('has an embed page that opens at any step', async ({ page }) => {
		await page.goto(`/embed/${id}/?step=${stepCount - 1}`);
		await expect(chartIn(page).locator('h3')).toHaveText(english.title);
		await waitForLiveChart(chartIn(page));
		await expect(chartIn(page)).toHaveAttribute('data-step', String(stepCount - 1));
		await expect(chartIn(page).locator('[data-live-drawing] [data-mark]')).toHaveCount(dataRows.length);
	});

	for (const [edition, title] of [
		['zh-hant', traditional.title],
		['zh-hans', toSimplified(traditional.title)]
	]) {
		test(`appears in the ${edition} edition, story and embed, in its words`, async ({ page }) => {
			await page.goto(`/${edition}/`);
			await expect(chartIn(page).locator('h3')).toHaveText(title);
			await expect(page.locator(`[data-step-for="${id}"]`)).toHaveCount(stepCount);
			await page.goto(`/${edition}/embed/${id}/`);
			await expect(chartIn(page).locator('h3')).toHaveText(title);
		});
	}

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('is drawn by the server, with every step card to read', async ({ page }) => {
			await page.goto('/');
			await expect(chartIn(page).locator('[data-server-drawing] svg')).toBeVisible();
			await expect(page.locator(`[data-step-for="${id}"]`)).toHaveCount(stepCount);
		});
	});
});
