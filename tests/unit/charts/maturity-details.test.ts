import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadReferenceTables } from '$lib/data/context';
import { maturity } from '$lib/charts/maturity';
import { loadMaturity } from '$lib/charts/maturity/data';
import { maturityDetails } from '$lib/charts/maturity/details';
import { maturityMessages } from '$lib/charts/maturity/messages';
import { frameFor } from '$lib/charts/maturity/layout';
import { paragraphs } from '$lib/charts/maturity/annotation';

const read = (name: string) => readFileSync(`data/${name}`, 'utf8');
const tables = loadReferenceTables({ 'paragraphs.csv': read('paragraphs.csv'), 'fields.csv': read('fields.csv'), 'people.csv': read('people.csv') });
const data = loadMaturity({ 'maturity.csv': read('maturity.csv'), 'maturity-stages.csv': read('maturity-stages.csv') }, tables);
const english = maturityDetails(data, maturityMessages.en, 'en');
const chinese = maturityDetails(data, maturityMessages['zh-hant'], 'zh-hant');
const byKey = (details: typeof english) => new Map(details.map((entry) => [entry.key, entry]));

describe('maturity details', () => {
	it('has one entry per data mark, keyed as the rows of /data/maturity.json', () => {
		const downloadKeys = maturity.download.rows(data).map((row) => row.field);
		expect(english.map((entry) => entry.key)).toEqual(downloadKeys);
		expect(new Set(downloadKeys).size).toBe(downloadKeys.length);
	});

	it('is the chart’s details, in keyboard order: top to bottom as the grid draws its rows, families first', () => {
		expect(maturity.details(data, maturityMessages.en, 'en')).toEqual(english);
		for (const size of [
			{ width: 360, height: 340 },
			{ width: 1100, height: 800 }
		]) {
			const rows = data.rows.map((row) => ({ id: row.field, group: row.group, full: row.name_en, short: row.label_en, column: 0, tag: '' }));
			const frame = frameFor(
				size,
				rows,
				data.stages.map((stage) => ({ id: stage.id, name: stage.name_en })),
				'Model families'
			);
			const drawnOrder = [...frame.rowY].sort((a, b) => a[1] - b[1]).map(([key]) => key);
			expect(english.map((entry) => entry.key)).toEqual(drawnOrder);
		}
		expect(
			english
				.slice(0, 3)
				.map((entry) => entry.key)
				.sort()
		).toEqual(['language-models', 'science-models', 'vision-models']);
	});

	it('titles each mark with its row’s name in the reader’s language', () => {
		expect(byKey(english).get('aerodynamics')?.title).toBe('Flow-field prediction and aerodynamics');
		expect(byKey(chinese).get('aerodynamics')?.title).toBe('流場預測與空氣動力學');
	});

	it('says where we place the row, as our judgement, with the stage’s name', () => {
		expect(byKey(english).get('protein')?.facts[0]).toBe('Our placement: Changing industry practice');
		expect(byKey(chinese).get('geography')?.facts[0]).toBe('本組判斷：模型已發布');
	});

	it('quotes the evidence with its paragraph and speaker: the translation in English, the article’s words in Chinese', () => {
		const protein = data.rows.find((row) => row.field === 'protein')!;
		expect(byKey(english).get('protein')?.facts[1]).toBe(`¶15, Xu Jinbo: “${protein.evidence_en}”`);
		expect(byKey(chinese).get('protein')?.facts[1]).toBe(`¶15，許錦波：「${protein.evidence_zh}」`);
		for (const row of data.rows)
			expect(
				byKey(english)
					.get(row.field)
					?.facts[1].startsWith(paragraphs([row.evidence_source]))
			).toBe(true);
	});

	it('adds why a row lags or is held back, and nothing for a row without either', () => {
		expect(byKey(english).get('aerodynamics')?.facts.at(-1)).toMatch(/^Lags \(¶35; ¶36\): /);
		expect(byKey(english).get('drug-discovery')?.facts.at(-1)).toMatch(/^Held back \(¶24\): /);
		expect(byKey(chinese).get('drug-discovery')?.facts.at(-1)).toMatch(/^受阻（¶24）：/);
		expect(byKey(english).get('weather')?.facts).toHaveLength(2);
	});

	it('gives each mark its row’s sources and no confidence, which the data does not rate', () => {
		const materials = data.rows.find((row) => row.field === 'materials')!;
		expect(byKey(english).get('materials')?.sources).toEqual(materials.source);
		expect(materials.source.map((ref) => (ref.kind === 'paragraph' ? ref.id : ref.url))).toEqual(['p13', 'p18']);
		for (const entry of [...english, ...chinese]) expect(entry.confidence).toBeNull();
	});
});
