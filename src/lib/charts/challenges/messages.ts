import type { WrittenLocale } from '$lib/i18n/locale';

export interface ChallengesMessages {
	/** Templates with {original} (the article's words) and {translation}. */
	quoteDirect: string;
	quoteReported: string;
	/** A speaker in the table: {name}, {role}, {affiliation}. */
	speaker: string;
	columns: Record<'branch' | 'point' | 'speaker' | 'quote' | 'source', string>;
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
		}
	}
};
