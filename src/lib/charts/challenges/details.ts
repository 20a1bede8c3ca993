import { fill } from '$lib/i18n/fill';
import type { Locale } from '$lib/i18n/locale';
import { pick } from '$lib/i18n/pick';
import type { MarkDetails } from '../types';
import type { ChallengesData } from './data';
import type { ChallengesMessages } from './messages';
import { speakerLine } from './speakers';
import { treeOrder } from './tree';

/**
 * What the card says about each node, in the tree's reading order (the arrow
 * keys' order): a leaf's speaker and quote, a branch's caveat that the grouping
 * is the desk's. The points are undated and the article rates no confidence.
 */
export function challengesDetails(data: ChallengesData, messages: ChallengesMessages, locale: Locale): MarkDetails[] {
	const people = new Map(data.speakers.map((person) => [person.id, person]));
	return treeOrder(data.nodes).map((node) => {
		const person = node.speaker === null ? undefined : people.get(node.speaker);
		const quote = node.quote_kind === 'direct' ? messages.details.quoteDirect : messages.details.quoteReported;
		const facts =
			person && node.quote_kind
				? [speakerLine(person, messages.speaker, locale), fill(quote, { original: node.quote_zh, translation: node.quote_en })]
				: [messages.details.branch];
		return { key: node.id, title: pick(node, 'label', locale), facts, sources: node.source, confidence: null };
	});
}
