import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Trie } from 'opencc-js/core';
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { loadDataset } from '$lib/data/dataset';
import { charts } from '$lib/charts/registry';
import { messagesFor } from '$lib/i18n/messages.server';
import { handWritten, pieces, taiwanToMainland, termOverrides, toSimplified } from '$lib/i18n/simplify.server';
import { realDataFiles } from '../real-data';

/**
 * The Simplified edition is made by machine. This test lists every change the
 * machine makes that is more than swapping one character for its Simplified
 * form: OpenCC's phrase conversions (資料 → 数据, 序列 → 串行), characters that
 * do not map one to one, the desk's overrides, kept words and hand-written
 * passages. The list is checked in as src/lib/i18n/conversions.zh-hans.tsv, so
 * a new or changed conversion fails here until someone reads and accepts it:
 *
 *   npm run conversions:accept
 */

const trie = (...dictionaries: string[]) => {
	const built = new Trie();
	built.loadDictGroup(dictionaries);
	return built;
};
// OpenCC's tw2sp configuration, as opencc-js builds Converter({ from: 'twp', to: 'cn' }).
const normalise = trie(CJKCompatibility);
const segmentation = trie(TSPhrases);
const taiwanPhrases = trie(TWPhrasesRev, TWVariantsRevPhrases, TWVariantsRev);
const toSimplifiedCharacters = trie(TSPhrases, TSCharacters);
const replica = (text: string) =>
	segmentation
		.segment(normalise.convert(text))
		.map((segment) => toSimplifiedCharacters.convert(taiwanPhrases.convert(segment)))
		.join('');

const characters = (text: string) => [...text];
const oneByOne = (text: string) =>
	characters(text)
		.map((character) => taiwanToMainland(character))
		.join('');
const isPhrase = (text: string) => segmentation.matchPrefix(text, 0)?.end === text.length;

interface Conversion {
	kind: 'phrase' | 'character' | 'kept' | 'override' | 'hand-written';
	traditional: string;
	simplified: string;
	oneByOne: string;
}

/** The conversions toSimplified makes on one text, beyond one-for-one characters. */
function conversionsIn(text: string): Conversion[] {
	const found: Conversion[] = [];
	const note = (kind: Conversion['kind'], traditional: string, simplified: string) =>
		found.push({ kind, traditional, simplified, oneByOne: kind === 'hand-written' ? '' : oneByOne(traditional) });
	for (const piece of pieces(text)) {
		if (piece.as === 'verbatim') {
			note('hand-written', piece.source, piece.text);
			continue;
		}
		let converted: string;
		if (piece.as === 'characters') {
			converted = oneByOne(piece.text);
			if (converted !== taiwanToMainland(piece.text))
				found.push({ kind: 'kept', traditional: piece.text, simplified: converted, oneByOne: taiwanToMainland(piece.text) });
		} else {
			converted = taiwanToMainland(piece.text);
			expect(replica(piece.text), 'the audit no longer mirrors opencc-js: update its dictionaries here').toBe(converted);
			for (const segment of segmentation.segment(normalise.convert(piece.text))) {
				const tokens: string[] = [];
				if (characters(segment).length === 1 || isPhrase(segment)) tokens.push(segment);
				else {
					for (let index = 0; index < segment.length;) {
						const end = taiwanPhrases.matchPrefix(segment, index)?.end ?? index + characters(segment.slice(index))[0].length;
						tokens.push(segment.slice(index, end));
						index = end;
					}
					if (tokens.map(taiwanToMainland).join('') !== taiwanToMainland(segment)) note('phrase', segment, taiwanToMainland(segment));
				}
				for (const token of tokens) {
					const simplified = taiwanToMainland(token);
					if (characters(token).length === 1 ? characters(simplified).length !== 1 : simplified !== oneByOne(token)) {
						note(characters(token).length === 1 ? 'character' : 'phrase', token, simplified);
					}
				}
			}
		}
		for (const [from, to] of termOverrides) {
			if (converted.includes(from) && (characters(from).length > 1 || characters(to).length > 1)) {
				found.push({ kind: 'override', traditional: '', simplified: `${from} → ${to}`, oneByOne: '' });
			}
			converted = converted.replaceAll(from, to);
		}
	}
	return found;
}

/** Every string leaf of a value; with `onlyChinese`, only those under keys ending in _zh (as simplifyChineseFields converts). */
function strings(value: unknown, onlyChinese: boolean, key = ''): string[] {
	if (typeof value === 'string') return !onlyChinese || key.endsWith('_zh') ? [value] : [];
	if (Array.isArray(value)) return value.flatMap((item) => strings(item, onlyChinese, key));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([inner, item]) => strings(item, onlyChinese, inner));
	return [];
}

const dataset = loadDataset(realDataFiles());
const sources: Record<string, string[]> = {
	story: [readFileSync('src/content/story.zh-hant.aml', 'utf8'), ...charts.map((chart) => chart.words['zh-hant'])],
	'charts and site': strings(messagesFor('zh-hant'), false),
	data: [...strings(dataset.charts, true), ...strings(Object.fromEntries(dataset.tables.people), true)]
};

function table(): string {
	const rows = new Map<string, { conversion: Conversion; where: Set<string> }>();
	for (const [where, texts] of Object.entries(sources)) {
		for (const conversion of texts.flatMap(conversionsIn)) {
			const key = [conversion.kind, conversion.traditional, conversion.simplified].join('\t');
			const row = rows.get(key) ?? { conversion, where: new Set<string>() };
			row.where.add(where);
			rows.set(key, row);
		}
	}
	const order: Conversion['kind'][] = ['hand-written', 'kept', 'override', 'phrase', 'character'];
	const lines = [...rows.values()]
		.sort(
			(a, b) =>
				order.indexOf(a.conversion.kind) - order.indexOf(b.conversion.kind) ||
				a.conversion.traditional.localeCompare(b.conversion.traditional, 'zh-Hant') ||
				a.conversion.simplified.localeCompare(b.conversion.simplified, 'zh-Hans')
		)
		.map(({ conversion, where }) =>
			[conversion.kind, conversion.traditional, conversion.simplified, conversion.oneByOne, [...where].join(', ')].join('\t')
		);
	return ['kind\ttraditional\tsimplified\tcharacter_by_character\twhere', ...lines].join('\n') + '\n';
}

describe('the Simplified edition’s conversions', () => {
	it('are the reviewed list in src/lib/i18n/conversions.zh-hans.tsv (accept a change with npm run conversions:accept)', async () => {
		await expect(table()).toMatchFileSnapshot('../../../src/lib/i18n/conversions.zh-hans.tsv');
	});

	it('use every hand-written passage: its Traditional text is still in the story, so the Simplified one is printed', () => {
		const story = sources.story[0];
		for (const [traditional, simplified] of handWritten) {
			expect(story, 'a hand-written passage in simplify.server.ts no longer matches story.zh-hant.aml').toContain(traditional);
			expect(toSimplified(story)).toContain(simplified);
		}
	});
});
