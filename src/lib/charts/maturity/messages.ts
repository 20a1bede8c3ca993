import type { Locale } from '$lib/i18n/locale';
import type { Placement } from './data';

export interface MaturityMessages {
	groups: Record<Placement['group'], string>;
	/** "¶15, Xu Jinbo": the head of an evidence note; a note's text follows its head after headSeparator. */
	evidenceHead: (paragraphs: string, speaker: string | null) => string;
	lagHead: (paragraphs: string) => string;
	headSeparator: string;
	heldBackHead: (paragraphs: string) => string;
	/** The English translation of a Chinese quote, marked as a quote. */
	quoted: (text: string) => string;
	quotedZh: (text: string) => string;
	unplaced: (names: string) => string;
	judgement: string;
	legend: Record<'placement' | 'distance', string>;
	columns: Record<'row' | 'group' | 'stage' | 'definition' | 'evidenceZh' | 'evidenceEn' | 'speaker' | 'caveats' | 'source', string>;
	caveat: Record<'lag' | 'heldBack', (paragraphs: string, note: string) => string>;
}

export const maturityMessages: Record<Locale, MaturityMessages> = {
	en: {
		groups: { family: 'Model families', field: 'Fields in the article' },
		evidenceHead: (paragraphs, speaker) => (speaker ? `${paragraphs}, ${speaker}` : paragraphs),
		lagHead: (paragraphs) => `Lags, ${paragraphs}`,
		heldBackHead: (paragraphs) => `Held back, ${paragraphs}`,
		headSeparator: ': ',
		quoted: (text) => `“${text}”`,
		quotedZh: (text) => `「${text}」`,
		unplaced: (names) => `No row for ${names}: the article names no scientific model there.`,
		judgement: 'Placements are ours, read from the article’s wording. ¶ beside each mark is the paragraph of its evidence; the quotes are in the data table.',
		legend: {
			placement: 'Our placement; ¶ paragraph of its evidence',
			distance: 'How far along the scale'
		},
		columns: {
			row: 'Family or field',
			group: 'Row group',
			stage: 'Our placement',
			definition: 'What the stage means',
			evidenceZh: 'Evidence (article)',
			evidenceEn: 'Evidence (our translation)',
			speaker: 'Quoted',
			caveats: 'Lags or held back',
			source: 'Source'
		},
		caveat: {
			lag: (paragraphs, note) => `Lags (${paragraphs}): ${note}`,
			heldBack: (paragraphs, note) => `Held back (${paragraphs}): ${note}`
		}
	}
};
