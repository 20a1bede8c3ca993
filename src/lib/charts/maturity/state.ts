import { clampStep } from '../types';
import { researchStage, type MaturityData, type Placement } from './data';

export const maturitySteps = ['families', 'fields', 'research', 'aerodynamics', 'heldback'] as const;
export type MaturityStep = (typeof maturitySteps)[number];

/** What the article says about a row: why it sits where it does, why it lags, or what holds it back. */
export interface Note {
	kind: 'evidence' | 'lag' | 'held-back';
	paragraphs: string[];
	/** Who is quoted, when the evidence is a person's words: pinyin, and characters. */
	speaker_en: string | null;
	speaker_zh: string | null;
	quote_zh: string | null;
	text_en: string;
	text_zh: string;
}

/** Notes shown once beside all the rows they apply to (several fields can rest on one sentence). */
export interface Annotation {
	id: string;
	rows: string[];
	notes: Note[];
}

/** A note about the chart as a whole rather than beside rows. */
export type ChartNote = { kind: 'judgement' } | { kind: 'unplaced'; fields: string[] };

export interface MaturityState {
	step: number;
	key: MaturityStep;
	/** Rows the step talks about; the rest are drawn faded, never hidden. */
	focus: string[];
	annotations: Annotation[];
	notes: ChartNote[];
}

/** The row's evidence: the article's words that place it, as a note. */
export const evidence = (row: Placement): Note[] => [
	{
		kind: 'evidence',
		paragraphs: [row.evidence_source],
		speaker_en: row.speaker_name_en,
		speaker_zh: row.speaker_name_zh,
		quote_zh: row.evidence_zh,
		text_en: row.evidence_en,
		text_zh: row.evidence_zh
	}
];
const unspoken = { speaker_en: null, speaker_zh: null, quote_zh: null };
const lag = (row: Placement): Note[] =>
	row.lag_source.length ? [{ kind: 'lag', paragraphs: row.lag_source, ...unspoken, text_en: row.lag_note, text_zh: row.lag_note_zh }] : [];
const heldBack = (row: Placement): Note[] =>
	row.held_back.length
		? [{ kind: 'held-back', paragraphs: row.held_back, ...unspoken, text_en: row.held_back_note, text_zh: row.held_back_note_zh }]
		: [];

interface StepRule {
	focus: (row: Placement) => boolean;
	notes: (row: Placement) => Note[];
	chartNotes: (data: MaturityData) => ChartNote[];
}

const none = () => [];

/** What each step highlights, chosen from the data by rule rather than by id. */
const stepRules: Record<MaturityStep, StepRule> = {
	families: { focus: (row) => row.group === 'family', notes: (row) => [...evidence(row), ...lag(row)], chartNotes: none },
	// Twelve quotes cannot sit beside twelve rows on a phone: the paragraph tags carry the evidence here.
	fields: { focus: () => true, notes: none, chartNotes: () => [{ kind: 'judgement' }] },
	research: { focus: (row) => row.group === 'field' && row.stage === researchStage, notes: evidence, chartNotes: none },
	aerodynamics: { focus: (row) => row.group === 'field' && row.lag_source.length > 0, notes: lag, chartNotes: none },
	heldback: {
		focus: (row) => row.held_back.length > 0,
		notes: heldBack,
		chartNotes: (data) => (data.unplaced.length ? [{ kind: 'unplaced', fields: data.unplaced.map((field) => field.id) }] : [])
	}
};

/** Rows whose notes are identical share one annotation, in row order. */
function groupNotes(rows: readonly Placement[], notesOf: (row: Placement) => Note[]): Annotation[] {
	const byNotes = new Map<string, Annotation>();
	for (const row of rows) {
		const notes = notesOf(row);
		if (notes.length === 0) continue;
		const key = JSON.stringify(notes);
		const existing = byNotes.get(key);
		if (existing) existing.rows.push(row.field);
		else byNotes.set(key, { id: '', rows: [row.field], notes });
	}
	return [...byNotes.values()].map((annotation) => ({ ...annotation, id: annotation.rows.join('+') }));
}

export function maturityState(data: MaturityData, step: number): MaturityState {
	const index = clampStep(step, maturitySteps.length);
	const key = maturitySteps[index];
	const rule = stepRules[key];
	const focused = data.rows.filter(rule.focus);
	return {
		step: index,
		key,
		focus: focused.map((row) => row.field),
		annotations: groupNotes(focused, rule.notes),
		notes: rule.chartNotes(data)
	};
}
