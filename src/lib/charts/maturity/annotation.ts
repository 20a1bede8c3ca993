import { describeSources } from '../source-text';
import type { MaturityMessages } from './messages';
import type { MaturityData } from './data';
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

function noteText(note: Note, messages: MaturityMessages): NoteText {
	const refs = paragraphs(note.paragraphs);
	const head = note.kind === 'evidence' ? messages.evidenceHead(refs, note.speaker) : note.kind === 'lag' ? messages.lagHead(refs) : messages.heldBackHead(refs);
	const lead = head + messages.headSeparator;
	if (note.kind === 'evidence') return { head, lead, zh: note.quote_zh && messages.quotedZh(note.quote_zh), body: messages.quoted(note.text_en) };
	return { head, lead, zh: null, body: note.text_en };
}

function chartNoteText(note: ChartNote, data: MaturityData, messages: MaturityMessages): AnnotationText {
	const body =
		note.kind === 'judgement'
			? messages.judgement
			: messages.unplaced(data.unplaced.filter((field) => note.fields.includes(field.id)).map((field) => field.name_en).join(', '));
	return { id: note.kind, rows: [], notes: [{ head: '', lead: '', zh: null, body }] };
}

/** The step's annotations as words: notes beside rows first, then notes about the whole chart. */
export function annotationTexts(
	annotations: readonly Annotation[],
	chartNotes: readonly ChartNote[],
	data: MaturityData,
	messages: MaturityMessages
): AnnotationText[] {
	return [
		...annotations.map((annotation) => ({
			id: annotation.id,
			rows: annotation.rows,
			notes: annotation.notes.map((note) => noteText(note, messages))
		})),
		...chartNotes.map((note) => chartNoteText(note, data, messages))
	];
}
