import type { Locale } from '$lib/i18n/locale';
import type { ChallengeNode, QuoteKind } from './data';

export interface ChallengesMessages {
	/** A node's label in this edition. */
	label: (node: ChallengeNode) => string;
	/** The quote in this edition, marked as the speaker's own words or the article's account of them. */
	quote: (kind: QuoteKind, original: string, translation: string) => string;
	columns: Record<'branch' | 'point' | 'speaker' | 'quote' | 'source', string>;
}

export const challengesMessages: Record<Locale, ChallengesMessages> = {
	en: {
		label: (node) => node.label_en,
		quote: (kind, original, translation) =>
			kind === 'direct' ? `“${translation}” (「${original}」)` : `Reported by the article: ${translation} (${original})`,
		columns: {
			branch: 'Branch (grouping by the desk)',
			point: 'Point',
			speaker: 'Speaker',
			quote: 'Quote',
			source: 'Source'
		}
	}
};
