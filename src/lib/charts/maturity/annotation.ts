import { describeSources } from '../source-text';
import { keepWhole } from '../layout/text';
import { fill } from '$lib/i18n/fill';
import type { Locale } from '$lib/i18n/locale';
import type { MaturityMessages } from './messages';
import type { MaturityData, Placement } from './data';
import type { Annotation, ChartNote, Note } from './state';

/** One note as words: a bold head (paragraphs, speaker), the Chinese quote if any, and English. */
export interface NoteText {
	head: string;
	/** The head as it leads into the text ("¶13: "). */
	lead: string;
	zh: string | null;
	body: string;
}

/** What a block of annotation says, before it is wrapped to a width. */
export interface AnnotationText {
	id: string;
	/** Rows it belongs beside; empty for a note about the chart as a whole. */
	rows: string[];
	notes: NoteText[];
}

/** "¶35; ¶36": paragraph ids as readers see them. */
export const paragraphs = (ids: readonly string[]) => describeSources(ids.map((id) => ({ kind: 'paragraph' as const, id })));

/** In English a quote shows in Chinese and in translation; in Chinese, in the article's words alone. */
export function noteText(note: Note, messages: MaturityMessages, locale: Locale): NoteText {
	const english = locale === 'en';
	const refs = paragraphs(note.paragraphs);
	const speaker = english ? note.speaker_en : note.speaker_zh;
	const head =
		note.kind === 'evidence'
			? fill(speaker ? messages.evidenceHeadSpeaker : messages.evidenceHead, { paragraphs: refs, speaker: speaker ?? '' })
			: fill(note.kind === 'lag' ? messages.lagHead : messages.heldBackHead, { paragraphs: refs });
	const lead = head + messages.headSeparator;
	if (note.kind !== 'evidence') return { head, lead, zh: null, body: english ? note.text_en : note.text_zh };
	if (!english) return { head, lead, zh: null, body: fill(messages.quotedZh, { text: note.text_zh }) };
	return { head, lead, zh: note.quote_zh && fill(messages.quotedZh, { text: note.quote_zh }), body: fill(messages.quoted, { text: note.text_en }) };
}

function chartNoteText(note: ChartNote, data: MaturityData, messages: MaturityMessages, locale: Locale): AnnotationText {
	const names = (fields: readonly string[]) =>
		data.unplaced
			.filter((field) => fields.includes(field.id))
			.map((field) => (locale === 'en' ? field.name_en : field.name_zh))
			.join(messages.listSeparator);
	const body = note.kind === 'judgement' ? messages.judgement : fill(messages.unplaced, { names: names(note.fields) });
	return { id: note.kind, rows: [], notes: [{ head: '', lead: '', zh: null, body }] };
}

/** A note as drawn: no line breaks inside a quoted person's name. */
function namesKeptWhole(text: NoteText, names: readonly string[]): NoteText {
	return {
		head: keepWhole(text.head, names),
		lead: keepWhole(text.lead, names),
		zh: text.zh && keepWhole(text.zh, names),
		body: keepWhole(text.body, names)
	};
}

/** The step's annotations as words: notes beside rows first, then notes about the whole chart. */
export function annotationTexts(
	annotations: readonly Annotation[],
	chartNotes: readonly ChartNote[],
	data: MaturityData,
	messages: MaturityMessages,
	locale: Locale
): AnnotationText[] {
	return [
		...annotations.map((annotation) => ({
			id: annotation.id,
			rows: annotation.rows,
			notes: annotation.notes.map((note) => namesKeptWhole(noteText(note, messages, locale), data.person_names_zh))
		})),
		...chartNotes.map((note) => chartNoteText(note, data, messages, locale))
	];
}

/** Why a row lags or what holds it back, each with its paragraphs: "Lags (¶35; ¶36): …". */
export function caveats(row: Placement, messages: MaturityMessages, locale: Locale): string[] {
	const english = locale === 'en';
	return [
		...(row.lag_source.length
			? [fill(messages.caveat.lag, { paragraphs: paragraphs(row.lag_source), note: english ? row.lag_note : row.lag_note_zh })]
			: []),
		...(row.held_back.length
			? [fill(messages.caveat.heldBack, { paragraphs: paragraphs(row.held_back), note: english ? row.held_back_note : row.held_back_note_zh })]
			: [])
	];
}
