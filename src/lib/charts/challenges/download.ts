import { sourceCell, sourceColumn } from '$lib/data/provenance';
import type { DownloadSpec } from '../types';
import type { ChallengesData } from './data';

export const challengesDownload: DownloadSpec<ChallengesData> = {
	columns: [
		{ key: 'id', label: 'ID', type: 'string', description: 'Stable identifier of the node.' },
		{
			key: 'parent',
			label: 'Parent',
			type: 'string',
			description: 'The id of the node above this one; empty for the root. The grouping into branches is the desk’s.'
		},
		{ key: 'label_en', label: 'Point', type: 'string', description: 'The challenge or remedy, in English.' },
		{ key: 'label_zh', label: 'Point (Chinese)', type: 'string', description: 'The challenge or remedy, in Chinese (Traditional).' },
		{ key: 'speaker', label: 'Speaker', type: 'string', description: 'Who made the point (id in the people list); empty on branches.' },
		{ key: 'speaker_name', label: 'Speaker name', type: 'string', description: 'The speaker’s name in pinyin and Chinese.' },
		{
			key: 'quote_kind',
			label: 'Quote kind',
			type: 'string',
			description: 'direct: the speaker’s words in quotation marks in the article; reported: the article’s account of them.'
		},
		{ key: 'quote_zh', label: 'Quote (Chinese)', type: 'string', description: 'The article’s words, conversion artifacts corrected.' },
		{ key: 'quote_en', label: 'Quote (English)', type: 'string', description: 'The desk’s translation.' },
		sourceColumn
	],
	rows: (data) => {
		const people = new Map(data.speakers.map((person) => [person.id, person]));
		return data.nodes.map((node) => {
			const person = node.speaker === null ? undefined : people.get(node.speaker);
			return {
				id: node.id,
				parent: node.parent,
				label_en: node.label_en,
				label_zh: node.label_zh,
				speaker: node.speaker,
				speaker_name: person ? `${person.name_pinyin} ${person.name_zh}` : null,
				quote_kind: node.quote_kind,
				quote_zh: node.quote_zh || null,
				quote_en: node.quote_en || null,
				source: sourceCell(node.source)
			};
		});
	}
};
