import { fill } from '$lib/i18n/fill';
import type { Locale } from '$lib/i18n/locale';
import { pick } from '$lib/i18n/pick';
import type { DataTable } from '../types';
import { describeSources } from '../source-text';
import type { ChallengesData } from './data';
import type { ChallengesMessages } from './messages';
import { speakerLine } from './speakers';

export function challengesTable(data: ChallengesData, messages: ChallengesMessages, locale: Locale): DataTable {
	const byId = new Map(data.nodes.map((node) => [node.id, node]));
	const people = new Map(data.speakers.map((person) => [person.id, person]));
	const path = (id: string | null): string[] => {
		const node = id === null ? undefined : byId.get(id);
		return node ? [...path(node.parent), pick(node, 'label', locale)] : [];
	};
	const keys = ['branch', 'point', 'speaker', 'quote', 'source'] as const;
	return {
		columns: keys.map((key) => ({ key, label: messages.columns[key] })),
		rows: data.nodes.map((node) => {
			const person = node.speaker === null ? undefined : people.get(node.speaker);
			const english = locale === 'en';
			return {
				branch: path(node.parent).join(' › '),
				point: english ? `${node.label_en} (${node.label_zh})` : node.label_zh,
				speaker: person ? speakerLine(person, messages.speaker, locale) : '',
				quote: node.quote_kind
					? fill(node.quote_kind === 'direct' ? messages.quoteDirect : messages.quoteReported, {
							original: node.quote_zh,
							translation: node.quote_en
						})
					: '',
				source: describeSources(node.source)
			};
		})
	};
}
