import type { WrittenLocale } from '$lib/i18n/locale';

/** Templates fill {placeholders}; see fill() in $lib/i18n/fill. */
export interface MaturityMessages {
	groups: Record<'family' | 'field', string>;
	/** The head of an evidence note: {paragraphs} and, where a person is quoted, {speaker}. */
	evidenceHead: string;
	evidenceHeadSpeaker: string;
	lagHead: string;
	heldBackHead: string;
	/** Between a note's head and its text. */
	headSeparator: string;
	/** A translation of the article's words, marked as a quote: {text}. */
	quoted: string;
	/** The article's own words: {text}. */
	quotedZh: string;
	/** Fields without a row: {names}. */
	unplaced: string;
	/** Joins names in a list. */
	listSeparator: string;
	judgement: string;
	legend: Record<'placement' | 'distance', string>;
	/** A mark's details: where we place the row, {stage}. */
	placedAt: string;
	columns: Record<'row' | 'group' | 'stage' | 'definition' | 'evidenceZh' | 'evidenceEn' | 'speaker' | 'caveats' | 'source', string>;
	/** {paragraphs}, {note}. */
	caveat: Record<'lag' | 'heldBack', string>;
}

export const maturityMessages: Record<WrittenLocale, MaturityMessages> = {
	en: {
		groups: { family: 'Model families', field: 'Fields in the article' },
		evidenceHead: '{paragraphs}',
		evidenceHeadSpeaker: '{paragraphs}, {speaker}',
		lagHead: 'Lags, {paragraphs}',
		heldBackHead: 'Held back, {paragraphs}',
		headSeparator: ': ',
		quoted: '“{text}”',
		quotedZh: '「{text}」',
		unplaced: 'No row for {names}: the article names no scientific model there.',
		listSeparator: ', ',
		judgement:
			'Placements are ours, read from the article’s wording. ¶ beside each mark is the paragraph of its evidence; the quotes are in the data table.',
		legend: {
			placement: 'Our placement; ¶ paragraph of its evidence',
			distance: 'How far along the scale'
		},
		placedAt: 'Our placement: {stage}',
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
			lag: 'Lags ({paragraphs}): {note}',
			heldBack: 'Held back ({paragraphs}): {note}'
		}
	},
	'zh-hant': {
		groups: { family: '模型類別', field: '原文提及的領域' },
		evidenceHead: '{paragraphs}',
		evidenceHeadSpeaker: '{paragraphs}，{speaker}',
		lagHead: '落後，{paragraphs}',
		heldBackHead: '受阻，{paragraphs}',
		headSeparator: '：',
		quoted: '「{text}」',
		quotedZh: '「{text}」',
		unplaced: '{names}沒有對應的列：原文未提及該領域的科學大模型。',
		listSeparator: '、',
		judgement: '各列位置是本組依原文措辭所作的判斷。每個標記旁的¶是證據所在段落；引文見資料表。',
		legend: {
			placement: '本組判斷的位置；¶為證據段落',
			distance: '在成熟度量表上走了多遠'
		},
		placedAt: '本組判斷：{stage}',
		columns: {
			row: '模型類別或領域',
			group: '分組',
			stage: '本組判斷',
			definition: '階段定義',
			evidenceZh: '證據（原文）',
			evidenceEn: '證據（英譯）',
			speaker: '引述對象',
			caveats: '落後或受阻',
			source: '來源'
		},
		caveat: {
			lag: '落後（{paragraphs}）：{note}',
			heldBack: '受阻（{paragraphs}）：{note}'
		}
	}
};
