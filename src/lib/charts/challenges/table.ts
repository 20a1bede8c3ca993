import type { Locale } from '$lib/i18n/locale';
import type { DataTable } from '../types';
import { describeSources } from '../source-text';
import type { ChallengesData } from './data';
import { challengesMessages } from './messages';

export function challengesTable(data: ChallengesData, locale: Locale): DataTable {
	const messages = challengesMessages[locale];
	const byId = new Map(data.nodes.map((node) => [node.id, node]));
	const people = new Map(data.speakers.map((person) => [person.id, person]));
	const path = (id: string | null): string[] => {
		const node = id === null ? undefined : byId.get(id);
		return node ? [...path(node.parent), messages.label(node)] : [];
	};
	const keys = ['branch', 'point', 'speaker', 'quote', 'source'] as const;
	return {
		columns: keys.map((key) => ({ key, label: messages.columns[key] })),
		rows: data.nodes.map((node) => {
			const person = node.speaker === null ? undefined : people.get(node.speaker);
			return {
				branch: path(node.parent).join(' › '),
				point: `${messages.label(node)} (${node.label_zh})`,
				speaker: person ? `${person.name_pinyin} (${person.name_zh}), ${person.role_en}, ${person.affiliation_en}` : '',
				quote: node.quote_kind ? messages.quote(node.quote_kind, node.quote_zh, node.quote_en) : '',
				source: describeSources(node.source)
			};
		})
	};
}
