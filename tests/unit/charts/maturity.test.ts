import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadReferenceTables } from '$lib/data/context';
import { DataError } from '$lib/data/errors';
import { maturity } from '$lib/charts/maturity';
import { loadMaturity, type MaturityData } from '$lib/charts/maturity/data';
import { maturityState, maturitySteps } from '$lib/charts/maturity/state';
import { annotationTexts } from '$lib/charts/maturity/annotation';
import { maturityMessages } from '$lib/charts/maturity/messages';
import { maturityTable } from '$lib/charts/maturity/table';

const read = (name: string) => readFileSync(`data/${name}`, 'utf8');
const shared = { 'paragraphs.csv': read('paragraphs.csv'), 'fields.csv': read('fields.csv'), 'people.csv': read('people.csv') };
const tables = loadReferenceTables(shared);
const realFiles = { 'maturity.csv': read('maturity.csv'), 'maturity-stages.csv': read('maturity-stages.csv') };
const data = loadMaturity(realFiles, tables);
const messages = maturityMessages.en;

const stagesCsv = `id,order,name_en,name_zh,definition_en,definition_zh
exploring,1,Exploring,探索階段,A goal.,目標。
research-use,3,Used in research practice,用於科研實踐,Used in research.,用於科研。
industry-practice,4,Changing industry practice,改變產業實踐,Changed an industry.,改變產業。
`;
const columns = [
	'field',
	'label_en',
	'label_zh',
	'stage',
	'source',
	'evidence_source',
	'evidence_zh',
	'evidence_en',
	'speaker',
	'held_back',
	'held_back_note',
	'held_back_note_zh',
	'lag_source',
	'lag_note',
	'lag_note_zh'
] as const;
const header = columns.join(',');
const good: Record<(typeof columns)[number], string> = {
	field: 'weather',
	label_en: 'Weather',
	label_zh: '天氣預報',
	stage: 'research-use',
	source: 'p13',
	evidence_source: 'p13',
	evidence_zh: '已用於科研實踐',
	evidence_en: 'already used in research practice',
	speaker: '',
	held_back: '',
	held_back_note: '',
	held_back_note_zh: '',
	lag_source: '',
	lag_note: '',
	lag_note_zh: ''
};
/** A maturity.csv line: the good row with some cells changed. */
const row = (changes: Partial<typeof good> = {}) => columns.map((column) => ({ ...good, ...changes })[column]).join(',');
const goodRow = row();

/** Loads a one-off maturity.csv (and optionally stages) against the real shared tables. */
function load(rows: string[], stages = stagesCsv): MaturityData {
	return loadMaturity({ 'maturity.csv': [header, ...rows].join('\n'), 'maturity-stages.csv': stages }, tables);
}

/** The DataError a bad file raises, so a test can say which cell it blames. */
function failure(run: () => unknown): DataError {
	try {
		run();
	} catch (error) {
		if (error instanceof DataError) return error;
		throw error;
	}
	throw new Error('expected a DataError');
}

const ids = (rows: readonly { field: string }[]) => rows.map((row) => row.field);
const stepIndex = (key: (typeof maturitySteps)[number]) => maturitySteps.indexOf(key);

describe('maturity data: the real files', () => {
	it('places the three model families first, then every field the article names', () => {
		const families = [...tables.fields.values()].filter((field) => field.domain === 'family').map((field) => field.id);
		expect(ids(data.rows).slice(0, 3).sort()).toEqual([...families].sort());
		expect(ids(data.rows).slice(3).sort()).toEqual(
			[
				'drug-discovery',
				'materials',
				'molecular-simulation',
				'weather',
				'aerodynamics',
				'protein',
				'bio-computing',
				'earth-science',
				'geography'
			].sort()
		);
	});

	it('orders the stages along the scale, from exploring to changing industry practice', () => {
		expect(data.stages.map((stage) => stage.id)).toEqual(['exploring', 'model-released', 'research-use', 'industry-practice']);
		for (const stage of data.stages) expect(stage.definition_en).not.toBe('');
	});

	it('follows the desk’s placements as the story states them', () => {
		const stageOf = new Map(data.rows.map((row) => [row.field, row.stage]));
		// Language and vision models on research use in materials (p18) and across the families (p37), not on p5's general praise.
		for (const field of ['language-models', 'vision-models', 'science-models']) expect(stageOf.get(field), field).toBe('research-use');
		for (const field of ['drug-discovery', 'materials', 'molecular-simulation', 'weather', 'aerodynamics'])
			expect(stageOf.get(field)).toBe('research-use');
		expect(stageOf.get('protein')).toBe('industry-practice');
		// p16: bio-computing among the most productive application directions.
		expect(stageOf.get('bio-computing')).toBe('research-use');
		for (const field of ['earth-science', 'geography']) expect(stageOf.get(field)).toBe('model-released');
	});

	it('gives every placement a source, a short quote from one of its paragraphs and a translation', () => {
		for (const row of data.rows) {
			expect(row.source.some((ref) => ref.kind === 'paragraph' && ref.id === row.evidence_source)).toBe(true);
			expect(row.evidence_zh.length).toBeLessThanOrEqual(40);
			expect(row.evidence_en).not.toBe('');
		}
	});

	it('quotes Chinese with the conversion artifacts fixed', () => {
		const quotes = data.rows.map((row) => row.evidence_zh).join('');
		expect(quotes).not.toMatch(/[衆爲]|發佈|[,()]/);
	});

	it('keeps the article’s reasons why rows lag or are held back, with their paragraphs', () => {
		const byField = new Map(data.rows.map((row) => [row.field, row]));
		expect(byField.get('science-models')?.lag_source).toEqual(['p12']);
		expect(byField.get('aerodynamics')?.lag_source).toEqual(['p35', 'p36']);
		expect(byField.get('drug-discovery')?.held_back).toEqual(['p24']);
		expect(byField.get('protein')?.speaker_name_en).toBe('Xu Jinbo');
		expect(byField.get('protein')?.speaker_name_zh).toBe('許錦波');
	});

	it('lists education as a field with no row, and not the research institutes', () => {
		expect(data.unplaced.map((field) => field.id)).toEqual(['education']);
	});

	it('is what the chart definition loads', () => {
		expect(maturity.load(realFiles, tables)).toEqual(data);
		expect(maturity.files).toEqual(['maturity.csv', 'maturity-stages.csv']);
		expect(maturity.steps).toEqual(maturitySteps);
	});
});

describe('maturity data: validation', () => {
	it('accepts a minimal good file', () => {
		expect(ids(load([goodRow]).rows)).toEqual(['weather']);
	});

	it('rejects a field id that fields.csv does not define', () => {
		const error = failure(() => load([row({ field: 'astrology' })]));
		expect([error.file, error.row, error.column]).toEqual(['maturity.csv', 2, 'field']);
		expect(error.reason).toContain('unknown field id "astrology"');
	});

	it('rejects a stage id that maturity-stages.csv does not define', () => {
		const error = failure(() => load([row({ stage: 'model-released' })]));
		expect([error.file, error.row, error.column]).toEqual(['maturity.csv', 2, 'stage']);
		expect(error.reason).toContain('unknown stage id "model-released"');
	});

	it('rejects a second placement of the same field', () => {
		const error = failure(() => load([goodRow, row({ stage: 'industry-practice' })]));
		expect([error.row, error.column]).toEqual([3, 'field']);
		expect(error.reason).toContain('duplicate');
	});

	it('rejects a placement without a source', () => {
		const error = failure(() => load([row({ source: '' })]));
		expect([error.row, error.column]).toEqual([2, 'source']);
		expect(error.reason).toContain('missing source');
	});

	it('rejects a paragraph id the article does not have', () => {
		const error = failure(() => load([row({ source: 'p13 p99' })]));
		expect([error.row, error.column]).toEqual([2, 'source']);
		expect(error.reason).toContain('unknown paragraph id "p99"');
	});

	it('rejects a quote attributed to a paragraph outside the row’s sources', () => {
		const error = failure(() => load([row({ evidence_source: 'p12' })]));
		expect([error.row, error.column]).toEqual([2, 'evidence_source']);
	});

	it('rejects a row without its quote or translation', () => {
		expect(failure(() => load([row({ evidence_zh: '' })])).column).toBe('evidence_zh');
		expect(failure(() => load([row({ evidence_en: '' })])).column).toBe('evidence_en');
	});

	it('rejects a speaker people.csv does not know', () => {
		const error = failure(() => load([row({ speaker: 'nobody' })]));
		expect([error.row, error.column]).toEqual([2, 'speaker']);
	});

	it('rejects a held-back or lag note without its paragraphs, and paragraphs without a note', () => {
		expect(failure(() => load([row({ held_back: 'p24' })])).column).toBe('held_back_note');
		expect(failure(() => load([row({ held_back_note: 'Costly' })])).column).toBe('held_back');
		expect(failure(() => load([row({ lag_source: 'p35' })])).column).toBe('lag_note');
		expect(failure(() => load([row({ lag_note: 'Borrowed' })])).column).toBe('lag_source');
	});

	it('rejects a URL or an unknown paragraph where only article paragraphs belong', () => {
		expect(failure(() => load([row({ held_back: 'https://example.org', held_back_note: 'Costly' })])).column).toBe('held_back');
		expect(failure(() => load([row({ lag_source: 'p404', lag_note: 'Borrowed' })])).reason).toContain('unknown paragraph id "p404"');
	});

	it('rejects a stages file without a stage the steps rely on, or with a repeated order', () => {
		const withoutResearch = stagesCsv.replace(/research-use.*\n/, '');
		expect(failure(() => load([], withoutResearch)).reason).toContain('"research-use"');
		const repeatedOrder = failure(() => load([], stagesCsv.replace('industry-practice,4', 'industry-practice,3')));
		expect([repeatedOrder.file, repeatedOrder.column]).toEqual(['maturity-stages.csv', 'order']);
	});
});

describe('maturity steps', () => {
	const state = (key: (typeof maturitySteps)[number]) => maturityState(data, stepIndex(key));
	const paragraphsOf = (key: (typeof maturitySteps)[number]) =>
		state(key).annotations.flatMap((annotation) => annotation.notes.flatMap((note) => note.paragraphs));

	it('families: highlights Qian’s three families and marks scientific models as least mature (p12)', () => {
		const families = state('families');
		expect([...families.focus].sort()).toEqual(['language-models', 'science-models', 'vision-models']);
		const lag = families.annotations.find((annotation) => annotation.notes.some((note) => note.kind === 'lag'));
		expect(lag?.rows).toEqual(['science-models']);
		expect(lag?.notes.find((note) => note.kind === 'lag')?.paragraphs).toEqual(['p12']);
	});

	it('families: language and vision models each carry their own evidence (p18, p37)', () => {
		const noteOf = (field: string) => state('families').annotations.find((annotation) => annotation.rows.includes(field));
		expect(noteOf('language-models')?.rows).toEqual(['language-models']);
		expect(noteOf('language-models')?.notes.map((note) => note.paragraphs)).toEqual([['p18']]);
		expect(noteOf('vision-models')?.notes.map((note) => note.paragraphs)).toEqual([['p37']]);
	});

	it('fields: highlights every row and says the placements are ours', () => {
		const fields = state('fields');
		expect(fields.focus).toEqual(ids(data.rows));
		expect(fields.notes).toEqual([{ kind: 'judgement' }]);
	});

	it('research: highlights the five fields p13 lists and bio-computing (p16), with materials’ own evidence from p18', () => {
		const research = state('research');
		expect([...research.focus].sort()).toEqual(['aerodynamics', 'bio-computing', 'drug-discovery', 'materials', 'molecular-simulation', 'weather']);
		expect(research.annotations.find((annotation) => annotation.rows.includes('materials'))?.rows).toEqual(['materials']);
		expect(new Set(paragraphsOf('research'))).toEqual(new Set(['p13', 'p16', 'p18']));
	});

	it('aerodynamics: highlights flow-field prediction with why it lags (p35, p36)', () => {
		const aerodynamics = state('aerodynamics');
		expect(aerodynamics.focus).toEqual(['aerodynamics']);
		expect(aerodynamics.annotations.map((annotation) => annotation.notes.map((note) => [note.kind, note.paragraphs]))).toEqual([
			[['lag', ['p35', 'p36']]]
		]);
	});

	it('heldback: highlights drug discovery as held back (p24) and notes that education has no row', () => {
		const heldback = state('heldback');
		expect(heldback.focus).toEqual(['drug-discovery']);
		expect(paragraphsOf('heldback')).toEqual(['p24']);
		expect(heldback.notes).toEqual([{ kind: 'unplaced', fields: ['education'] }]);
	});

	it('only ever highlights rows the chart draws', () => {
		const all = new Set(ids(data.rows));
		for (let step = 0; step < maturitySteps.length; step += 1) {
			const current = maturityState(data, step);
			expect(current.focus.length).toBeGreaterThan(0);
			for (const field of [...current.focus, ...current.annotations.flatMap((annotation) => annotation.rows)]) expect(all.has(field)).toBe(true);
		}
	});

	it('clamps any step number to a step the chart has', () => {
		expect(maturityState(data, -3).key).toBe('families');
		expect(maturityState(data, 99).key).toBe('heldback');
		expect(maturityState(data, Number.NaN).step).toBe(0);
		expect(maturityState(data, 2.7).key).toBe('research');
	});

	it('is pure: jumping to a step equals walking to it', () => {
		const walked = maturitySteps.map((_, step) => maturityState(data, step));
		for (let step = 0; step < maturitySteps.length; step += 1) expect(maturityState(data, step)).toEqual(walked[step]);
		expect(maturityState(data, 3)).toEqual(maturityState(data, 3));
	});

	it('shows the whole picture as its summary step', () => {
		expect(maturity.stateFor(data, maturity.summaryStep).focus).toEqual(ids(data.rows));
	});
});

describe('maturity annotation text', () => {
	it('names the paragraph and the speaker, and carries the quote in both languages', () => {
		const protein = data.rows.find((row) => row.field === 'protein')!;
		const [text] = annotationTexts(
			[
				{
					id: 'protein',
					rows: ['protein'],
					notes: [
						{
							kind: 'evidence',
							paragraphs: ['p15'],
							speaker_en: 'Xu Jinbo',
							speaker_zh: '許錦波',
							quote_zh: protein.evidence_zh,
							text_en: protein.evidence_en,
							text_zh: protein.evidence_zh
						}
					]
				}
			],
			[],
			data,
			messages,
			'en'
		);
		expect(text.notes[0].head).toBe('¶15, Xu Jinbo');
		expect(text.notes[0].zh).toBe(`「${protein.evidence_zh}」`);
		expect(text.notes[0].body).toBe(`“${protein.evidence_en}”`);
	});

	it('says which field has no row', () => {
		const texts = annotationTexts([], [{ kind: 'unplaced', fields: ['education'] }], data, messages, 'en');
		expect(texts[0].notes[0].body).toContain('Education');
		expect(texts[0].rows).toEqual([]);
	});
});

describe('maturity table', () => {
	const table = maturityTable(data, messages, 'en');

	it('has one row per placement, with stage meaning, evidence and source', () => {
		expect(table.rows).toHaveLength(data.rows.length);
		for (const row of table.rows) {
			for (const key of ['row', 'stage', 'definition', 'evidenceZh', 'evidenceEn', 'source']) expect(row[key]).not.toBe('');
			expect(row.evidenceZh).toMatch(/^¶\d+ 「/);
		}
	});

	it('names the lag and the hold-back with their paragraphs', () => {
		const aerodynamics = table.rows.find((row) => row.row.startsWith('Flow-field'))!;
		expect(aerodynamics.caveats).toContain('¶35; ¶36');
		expect(table.rows.find((row) => row.row.startsWith('Drug'))!.caveats).toContain('¶24');
	});
});
