import type { WrittenLocale } from '$lib/i18n/locale';

export interface ChallengesMessages {
	/** Templates with {original} (the article's words) and {translation}. */
	quoteDirect: string;
	quoteReported: string;
	/** A speaker in the table: {name}, {role}, {affiliation}. */
	speaker: string;
	columns: Record<'branch' | 'point' | 'speaker' | 'quote' | 'source', string>;
	/** The details card: a leaf's quote ({original}, {translation}), and a branch's caveat. */
	details: { quoteDirect: string; quoteReported: string; branch: string };
}

export const challengesMessages: Record<WrittenLocale, ChallengesMessages> = {
	en: {
		quoteDirect: '“{translation}” (「{original}」)',
		quoteReported: 'Reported by the article: {translation} ({original})',
		speaker: '{name}, {role}, {affiliation}',
		columns: {
			branch: 'Branch (grouping by the desk)',
			point: 'Point',
			speaker: 'Speaker',
			quote: 'Quote',
			source: 'Source'
		},
		details: {
			quoteDirect: '“{translation}”',
			quoteReported: 'In the article’s words: {translation}',
			branch: 'A grouping by the desk, not the article’s'
		}
	},
	'zh-hant': {
		quoteDirect: '「{original}」',
		quoteReported: '原文轉述：{original}',
		speaker: '{affiliation}{role}{name}',
		columns: {
			branch: '分支（本組歸類）',
			point: '論點',
			speaker: '發言人',
			quote: '引文',
			source: '來源'
		},
		details: {
			quoteDirect: '「{original}」',
			quoteReported: '原文轉述：{original}',
			branch: '本組所作的歸類，非原文分法'
		}
	}
};
