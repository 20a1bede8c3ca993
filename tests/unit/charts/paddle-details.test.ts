import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadReferenceTables } from '$lib/data/context';
import { DataError } from '$lib/data/errors';
import { paddle } from '$lib/charts/paddle';
import { loadPaddle, metrics } from '$lib/charts/paddle/data';
import { paddleDetails } from '$lib/charts/paddle/details';
import { paddleMessages } from '$lib/charts/paddle/messages';
import { messagesFor } from '$lib/i18n/messages.server';
import type { PaddleMessages } from '$lib/charts/paddle/messages';

const read = (name: string) => readFileSync(`data/${name}`, 'utf8');
const tables = loadReferenceTables({ 'paragraphs.csv': read('paragraphs.csv'), 'fields.csv': read('fields.csv'), 'people.csv': read('people.csv') });
const data = loadPaddle({ 'paddle.csv': read('paddle.csv') }, tables);

const english = paddleDetails(data, paddleMessages.en, 'en');
const byKey = (details: ReturnType<typeof paddleDetails>, key: string) => {
	const found = details.find((mark) => mark.key === key);
	expect(found, key).toBeDefined();
	return found!;
};

describe('details of each mark', () => {
	it('has one entry per row of /data/paddle.json, keyed "<metric>/<date>" as that file writes them', () => {
		const rows = paddle.download.rows(data);
		expect(english.map((mark) => mark.key).sort()).toEqual(rows.map((row) => `${row.metric}/${row.date}`).sort());
		expect(new Set(english.map((mark) => mark.key)).size).toBe(rows.length);
	});

	it('dates a published figure to its source’s precision: the year, the month or the day', () => {
		expect(byKey(english, 'developers/2020').facts).toEqual(['1.5 million developers', 'Published 2020']);
		expect(byKey(english, 'models/2021-01').facts).toEqual(['340,000 models', 'Published January 2021']);
		expect(byKey(english, 'enterprises/2022-03-31').facts).toEqual(['157,000 enterprises and institutions', 'Published 31 March 2022']);
	});

	it('gives the article’s claim in its own words, unrated, with its paragraph', () => {
		const claim = byKey(english, 'models/2024-12');
		expect(claim.facts).toEqual(['over 1 million models', 'The article’s figure, as of end of 2024']);
		expect(claim.confidence).toBeNull();
		expect(claim.sources).toEqual([{ kind: 'paragraph', id: 'p43' }]);
	});

	it('gives a published figure its confidence in words and the address it appeared at', () => {
		const readme = byKey(english, 'developers/2025-04');
		expect(readme).toMatchObject({ title: 'Developers', confidence: 'likely' });
		expect(readme.sources).toEqual([{ kind: 'reference', url: 'https://github.com/PaddlePaddle/Paddle/pull/72028' }]);
		expect(byKey(english, 'enterprises/2024-01')).toMatchObject({ title: 'Enterprises and institutions', confidence: 'confirmed' });
	});

	it('speaks Chinese in the Chinese editions, with Chinese dates and counts', () => {
		const traditional = paddleDetails(data, paddleMessages['zh-hant'], 'zh-hant');
		expect(byKey(traditional, 'models/2021-01')).toMatchObject({ title: '模型', facts: ['34萬個模型', '2021年1月公佈'], confidence: '可能' });
		expect(byKey(traditional, 'models/2024-12').facts).toEqual(['超過100萬個模型', '原文數字，截至2024年12月']);
		const simplified = paddleDetails(data, messagesFor('zh-hans').charts.paddle as PaddleMessages, 'zh-hans');
		expect(byKey(simplified, 'enterprises/2025-04').facts).toEqual(['43万家企事业单位', '2025年4月公布']);
	});
});

describe('keyboard order', () => {
	const keys = english.map((mark) => mark.key);

	it('runs along time first', () => {
		const starts = keys.map((key) => key.split('/')[1].padEnd(10, '-'));
		expect(starts).toEqual([...starts].sort());
		expect(keys[0]).toBe('developers/2020');
		expect(keys.at(-1)).toBe('developers/2025-09');
	});

	it('goes down the panels, models to developers, for figures of the same date', () => {
		expect(keys.filter((key) => key.endsWith('/2021-01'))).toEqual(metrics.map((metric) => `${metric}/2021-01`));
		expect(keys.filter((key) => key.endsWith('/2024-12'))).toEqual(['models/2024-12', 'enterprises/2024-12']);
		const september = ['developers/2022-09-01', 'models/2022-09-02', 'enterprises/2022-09-02', 'developers/2022-09-02'];
		expect(keys.slice(keys.indexOf(september[0]), keys.indexOf(september[0]) + 4)).toEqual(september);
	});

	it('is the chart’s: the live chart walks the marks in the order its details give', () => {
		expect(paddle.details(data, paddleMessages.en, 'en').map((mark) => mark.key)).toEqual(keys);
	});
});

describe('mark keys in paddle.csv', () => {
	it('rejects two figures for the same metric and date, even from different sources', () => {
		const header = 'date,metric,value,kind,qualifier,source,confidence';
		const row = (url: string) => `2024-01,models,860000,published,,${url},confirmed`;
		const csv = [header, row('https://github.com/PaddlePaddle/Paddle/pull/60749'), row('https://example.org/other')].join('\n');
		let error: unknown;
		try {
			loadPaddle({ 'paddle.csv': csv }, tables);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(DataError);
		expect(error).toMatchObject({ file: 'paddle.csv', row: 3, column: 'date' });
		expect((error as DataError).reason).toMatch(/same metric and date as row 2/);
	});
});
