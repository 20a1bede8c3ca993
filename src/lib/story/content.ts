import archieml from 'archieml';
import { DataError } from '$lib/data/errors';
import { parseSources, type SourceRef } from '$lib/data/sources';
import { parseInline, type InlineToken } from './inline';

export type Block =
	| { type: 'text'; inline: InlineToken[] }
	| { type: 'chart'; chart: string }
	| { type: 'quote'; speaker: string; sources: SourceRef[]; inline: InlineToken[] };

export interface Section {
	id: string;
	/** null for the section the story gives a chart the content file does not place: the chart's own title heads it. */
	title: string | null;
	blocks: Block[];
}

/** The words that go with a chart: everywhere it appears, in the story or embedded. */
export interface ChartText {
	title: string;
	takeaway: string;
	/** The chart's one key finding, in the story's opening panel: plain words, no citations (the tile links to the cited steps). */
	finding: string;
	description: string;
	source: string;
	steps: InlineToken[][];
}

export interface Story {
	headline: string;
	dek: string;
	byline: string;
	published: string;
	updated: string;
	sections: Section[];
	charts: Record<string, ChartText>;
}

/** A chart's words file in one locale: the chart's `words.<locale>.aml`, with the step keys it must give a text for. */
export interface ChartWords {
	id: string;
	steps: readonly string[];
	file: string;
	source: string;
}

export interface StoryRules {
	paragraphs: ReadonlySet<string>;
	people: ReadonlySet<string>;
	/** Every chart in the registry, in its order, with its words. */
	charts: readonly ChartWords[];
}

type Raw = Record<string, unknown>;

/** Reads the values of one content file: each problem stops the build with the file and the key. */
function fieldReader(file: string, paragraphs: ReadonlySet<string>) {
	const fail = (key: string, reason: string): never => {
		throw new DataError(file, null, key, reason);
	};
	const string = (value: unknown, key: string): string =>
		typeof value === 'string' && value.trim() !== '' ? value.trim() : fail(key, 'missing text');
	const plain = (value: unknown, key: string): string => {
		const text = string(value, key);
		return /\[\[|\]\(|\*/.test(text) ? fail(key, 'plain words only: no citations, links or emphasis') : text;
	};
	const inline = (value: unknown, key: string): InlineToken[] => {
		try {
			return parseInline(string(value, key), paragraphs);
		} catch (error) {
			if (error instanceof DataError) throw error;
			return fail(key, (error as Error).message);
		}
	};
	return { fail, string, plain, inline };
}

/** A chart's words, checked: every step has a text and no text names a step the chart lacks. */
export function parseChartText(words: ChartWords, paragraphs: ReadonlySet<string>): ChartText {
	const { fail, string, plain, inline } = fieldReader(words.file, paragraphs);
	const raw = archieml.load(words.source) as Raw;
	const stepTexts = (raw.steps ?? {}) as Raw;
	const extra = Object.keys(stepTexts).filter((key) => !words.steps.includes(key));
	if (extra.length > 0) fail('steps', `unknown step "${extra[0]}" (steps are ${words.steps.join(', ')})`);
	return {
		title: string(raw.title, 'title'),
		takeaway: string(raw.takeaway, 'takeaway'),
		finding: plain(raw.finding, 'finding'),
		description: string(raw.description, 'description'),
		source: string(raw.source, 'source'),
		steps: words.steps.map((step) => inline(stepTexts[step], `steps.${step}`))
	};
}

/** The ids of the charts the sections tell, in reading order. */
export function chartsPlaced(sections: readonly Section[]): string[] {
	return sections.flatMap((section) => section.blocks.flatMap((block) => (block.type === 'chart' ? [block.chart] : [])));
}

/**
 * A chart the content file does not place gets a section of its own after the
 * last one that tells a chart: registering a chart is enough to publish it, and
 * the editor moves it by placing it with `chart: <id>`.
 */
function withEveryChart(sections: Section[], charts: readonly ChartWords[], fail: (key: string, reason: string) => never): Section[] {
	const charted = (section: Section) => section.blocks.some((block) => block.type === 'chart');
	const placed = new Set(chartsPlaced(sections));
	const own = charts
		.filter((chart) => !placed.has(chart.id))
		.map((chart): Section => {
			const clash = sections.findIndex((section) => section.id === chart.id);
			if (clash >= 0)
				fail(
					`sections[${clash}].id`,
					`"${chart.id}" is the id of the section the story gives chart ${chart.id}: place the chart with "chart: ${chart.id}"`
				);
			return { id: chart.id, title: null, blocks: [{ type: 'chart', chart: chart.id }] };
		});
	const after = sections.findLastIndex(charted) + 1 || sections.length;
	return [...sections.slice(0, after), ...own, ...sections.slice(after)];
}

/**
 * Reads a story content file and checks it against the data: every chart has
 * one text per step, every citation and speaker exists. Problems stop the build
 * with the file and the key.
 */
export function parseStory(file: string, source: string, rules: StoryRules): Story {
	const raw = archieml.load(source) as Raw;
	const { fail, string, inline } = fieldReader(file, rules.paragraphs);

	const sections = (Array.isArray(raw.sections) ? (raw.sections as Raw[]) : fail('sections', 'no sections')).map((section, index): Section => {
		const at = `sections[${index}]`;
		const id = string(section.id, `${at}.id`);
		if (!/^[a-z0-9-]+$/.test(id)) fail(`${at}.id`, `"${id}" is not an anchor id (lower-case letters, digits, hyphens)`);
		const body = Array.isArray(section.body) ? (section.body as { type: string; value: unknown }[]) : fail(`${at}.body`, 'no body');
		const blocks = body.map((block, blockIndex): Block => {
			const key = `${at}.body[${blockIndex}]`;
			if (block.type === 'text') return { type: 'text', inline: inline(block.value, key) };
			if (block.type === 'chart') {
				const chart = string(block.value, key);
				if (!rules.charts.some((known) => known.id === chart)) fail(key, `unknown chart id "${chart}"`);
				return { type: 'chart', chart };
			}
			if (block.type === 'quote') {
				const quote = (block.value ?? {}) as Raw;
				const speaker = string(quote.speaker, `${key}.speaker`);
				if (!rules.people.has(speaker)) fail(`${key}.speaker`, `unknown speaker "${speaker}" (see data/people.csv)`);
				let sources: SourceRef[] = [];
				try {
					sources = parseSources(string(quote.source, `${key}.source`), rules.paragraphs);
				} catch (error) {
					fail(`${key}.source`, (error as Error).message);
				}
				return { type: 'quote', speaker, sources, inline: inline(quote.text, `${key}.text`) };
			}
			return fail(key, `unknown block type "${block.type}"`);
		});
		return { id, title: string(section.title, `${at}.title`), blocks };
	});

	const seen = new Set<string>();
	for (const [index, section] of sections.entries()) {
		if (seen.has(section.id)) fail(`sections[${index}].id`, `duplicate section id "${section.id}"`);
		seen.add(section.id);
	}

	return {
		headline: string(raw.headline, 'headline'),
		dek: string(raw.dek, 'dek'),
		byline: string(raw.byline, 'byline'),
		published: string(raw.published, 'published'),
		updated: string(raw.updated, 'updated'),
		sections: withEveryChart(sections, rules.charts, fail),
		charts: Object.fromEntries(rules.charts.map((chart) => [chart.id, parseChartText(chart, rules.paragraphs)]))
	};
}
