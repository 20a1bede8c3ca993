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
	title: string;
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

export interface StoryRules {
	paragraphs: ReadonlySet<string>;
	people: ReadonlySet<string>;
	charts: readonly { id: string; steps: readonly string[] }[];
}

type Raw = Record<string, unknown>;

/**
 * Reads a story content file and checks it against the data: every chart has
 * one text per step, every citation and speaker exists. Problems stop the build
 * with the file and the key.
 */
export function parseStory(file: string, source: string, rules: StoryRules): Story {
	const raw = archieml.load(source) as Raw;
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
			return parseInline(string(value, key), rules.paragraphs);
		} catch (error) {
			if (error instanceof DataError) throw error;
			return fail(key, (error as Error).message);
		}
	};

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

	const chartTexts = (raw.charts ?? {}) as Record<string, Raw>;
	const charts = Object.fromEntries(
		rules.charts.map(({ id, steps }) => {
			const text = chartTexts[id] ?? fail(`charts.${id}`, 'no words for this chart');
			const stepTexts = (text.steps ?? {}) as Raw;
			const extra = Object.keys(stepTexts).filter((key) => !steps.includes(key));
			if (extra.length > 0) fail(`charts.${id}.steps`, `unknown step "${extra[0]}" (steps are ${steps.join(', ')})`);
			const chart: ChartText = {
				title: string(text.title, `charts.${id}.title`),
				takeaway: string(text.takeaway, `charts.${id}.takeaway`),
				finding: plain(text.finding, `charts.${id}.finding`),
				description: string(text.description, `charts.${id}.description`),
				source: string(text.source, `charts.${id}.source`),
				steps: steps.map((step) => inline(stepTexts[step], `charts.${id}.steps.${step}`))
			};
			return [id, chart];
		})
	);

	return {
		headline: string(raw.headline, 'headline'),
		dek: string(raw.dek, 'dek'),
		byline: string(raw.byline, 'byline'),
		published: string(raw.published, 'published'),
		updated: string(raw.updated, 'updated'),
		sections,
		charts
	};
}
