import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charts } from '$lib/charts/registry';
import { loadReferenceTables } from '$lib/data/context';
import { chartsPlaced, parseStory, type ChartWords, type StoryRules } from '$lib/story/content';
import { plainText } from '$lib/story/inline';
import type { WrittenLocale } from '$lib/i18n/locale';
import { realDataFiles } from '../real-data';

const tables = loadReferenceTables(realDataFiles());
const wordsIn = (locale: WrittenLocale): ChartWords[] =>
	charts.map(({ id, steps, words }) => ({ id, steps, file: `${id}/words.${locale}.aml`, source: words[locale] }));
const rules: StoryRules = { paragraphs: tables.context.paragraphs, people: new Set(tables.people.keys()), charts: wordsIn('en') };
const english = readFileSync('src/content/story.en.aml', 'utf8');
const story = parseStory('story.en.aml', english, rules);

const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

describe('the English story', () => {
	it('follows the article’s argument, section by section', () => {
		expect(story.sections.map((section) => section.id)).toEqual([
			'intro',
			'simulation',
			'already',
			'fields',
			'challenges',
			'remedies',
			'methods',
			'credits'
		]);
	});

	it('places every chart once', () => {
		expect(chartsPlaced(story.sections).sort()).toEqual(charts.map((chart) => chart.id).sort());
	});

	it('runs to at least 1,500 words', () => {
		const body = story.sections.flatMap((section) => section.blocks.flatMap((block) => (block.type === 'chart' ? [] : [plainText(block.inline)])));
		const steps = Object.values(story.charts).flatMap((chart) => chart.steps.map(plainText));
		expect(words([...body, ...steps].join(' '))).toBeGreaterThanOrEqual(1500);
	});

	it('keeps step cards to 25–70 words', () => {
		for (const [id, chart] of Object.entries(story.charts)) {
			for (const [index, step] of chart.steps.entries()) {
				const count = words(plainText(step));
				expect(count, `${id} step ${index}`).toBeGreaterThanOrEqual(25);
				expect(count, `${id} step ${index}`).toBeLessThanOrEqual(70);
			}
		}
	});

	it('never prints a speaker’s name with the conversion artifact of the source text', () => {
		// Only the methods note may show the garbled form, to explain the correction.
		const outsideMethods = story.sections
			.filter((section) => section.id !== 'methods')
			.flatMap((section) => section.blocks.flatMap((block) => (block.type === 'chart' ? [] : [plainText(block.inline)])))
			.join(' ');
		expect(outsideMethods).not.toMatch(/鬍厚崑|徐慶羣/);
		expect(outsideMethods).toMatch(/胡厚崑/);
		for (const person of tables.people.values()) expect(person.name_zh).not.toMatch(/鬍|羣/);
	});

	it('sums up each chart in one short finding for the opening panel', () => {
		for (const [id, chart] of Object.entries(story.charts)) {
			expect(words(chart.finding), id).toBeGreaterThanOrEqual(8);
			expect(chart.finding.length, id).toBeLessThanOrEqual(140);
		}
	});

	it('links back to the original article in the credits', () => {
		const credits = story.sections.find((section) => section.id === 'credits')!;
		const links = credits.blocks.flatMap((block) => (block.type === 'text' ? block.inline.filter((token) => token.kind === 'link') : []));
		expect(links.length).toBeGreaterThan(0);
	});
});

describe('a story content file is checked against the data', () => {
	const base = 'headline: H\ndek: D\nbyline: B\npublished: 2026-11-28\nupdated: 2026-11-28\n';
	const section = (id: string, body: string) => `id: ${id}\ntitle: ${id}\n[.+body]\n${body}\n[]\n`;
	const withSections = (...sections: string[]) => `${base}[sections]\n${sections.join('')}[]\n`;
	const withBody = (body: string) => withSections(section('one', body));
	const plainWords = (chart: { steps: readonly string[] }) =>
		`title: T\ntakeaway: T\nfinding: F\ndescription: D\nsource: S\n{steps}\n${chart.steps.map((step) => `${step}: text`).join('\n')}\n{}\n`;
	/** The rules with every chart's words replaced, and the first chart's edited. */
	const withWords = (edit: (words: string) => string = (words) => words): StoryRules => ({
		...rules,
		charts: charts.map((chart, index) => ({ ...rules.charts[index], source: index === 0 ? edit(plainWords(chart)) : plainWords(chart) }))
	});

	it('accepts a well-formed file', () => {
		expect(() => parseStory('t.aml', withBody('text: Hello [[p7]].'), withWords())).not.toThrow();
	});

	it('rejects a chart id the registry does not know', () => {
		expect(() => parseStory('t.aml', withBody('chart: volcanoes'), withWords())).toThrow(
			/t\.aml, sections\[0\]\.body\[0\]: unknown chart id "volcanoes"/
		);
	});

	it('rejects an unknown speaker', () => {
		expect(() => parseStory('t.aml', withBody('{.quote}\nspeaker: nobody\nsource: p7\ntext: Hi\n{}'), withWords())).toThrow(
			/unknown speaker "nobody"/
		);
	});

	it('rejects a citation of an unknown paragraph', () => {
		expect(() => parseStory('t.aml', withBody('text: Hello [[p999]].'), withWords())).toThrow(/unknown paragraph id "p999"/);
	});

	it('rejects a chart without its finding, or a finding with a citation, naming the chart’s words file', () => {
		const [first] = charts;
		expect(() =>
			parseStory(
				't.aml',
				withBody('text: Hi'),
				withWords((words) => words.replace(/\nfinding: F/, ''))
			)
		).toThrow(`${first.id}/words.en.aml, finding: missing text`);
		expect(() =>
			parseStory(
				't.aml',
				withBody('text: Hi'),
				withWords((words) => words.replace(/\nfinding: F/, '\nfinding: F [[p7]]'))
			)
		).toThrow(/finding: plain words only/);
	});

	it('rejects a chart whose step text is missing, or a text for a step it does not have', () => {
		const [first] = charts;
		const step = first.steps[0];
		expect(() =>
			parseStory(
				't.aml',
				withBody('text: Hi'),
				withWords((words) => words.replace(`\n${step}: text`, ''))
			)
		).toThrow(`${first.id}/words.en.aml, steps.${step}: missing text`);
		expect(() =>
			parseStory(
				't.aml',
				withBody('text: Hi'),
				withWords((words) => words.replace('\n{}', '\nnosuchstep: text\n{}'))
			)
		).toThrow(/unknown step "nosuchstep"/);
	});

	it('gives a chart the file does not place a section of its own, after the last chart it tells', () => {
		const [first, ...others] = charts;
		const story = parseStory(
			't.aml',
			withSections(section('opening', 'text: Hi'), section('told', `chart: ${first.id}`), section('closing', 'text: Bye')),
			withWords()
		);
		expect(story.sections.map((section) => section.id)).toEqual(['opening', 'told', ...others.map((chart) => chart.id), 'closing']);
		for (const chart of others) {
			expect(story.sections.find((section) => section.id === chart.id)).toEqual({
				id: chart.id,
				title: null,
				blocks: [{ type: 'chart', chart: chart.id }]
			});
		}
	});

	it('will not give a chart a section whose id another section has', () => {
		const [, second] = charts;
		expect(() => parseStory('t.aml', withSections(section(second.id, 'text: Hi')), withWords())).toThrow(
			`place the chart with "chart: ${second.id}"`
		);
	});
});

describe('the Chinese editions', () => {
	const traditional = parseStory('story.zh-hant.aml', readFileSync('src/content/story.zh-hant.aml', 'utf8'), {
		...rules,
		charts: wordsIn('zh-hant')
	});
	const blockShape = (source: typeof story) =>
		source.sections.map((section) => [
			section.id,
			section.blocks.map((block) => (block.type === 'text' ? 'text' : block.type === 'chart' ? block.chart : block.speaker))
		]);

	it('tell the same story in the same order as the English, block for block', () => {
		expect(blockShape(traditional)).toEqual(blockShape(story));
	});

	it('give every chart step its text', () => {
		for (const chart of charts) expect(traditional.charts[chart.id].steps).toHaveLength(chart.steps.length);
	});

	it('sum up each chart in one short finding, as the English does', () => {
		for (const chart of charts) {
			expect(traditional.charts[chart.id].finding, chart.id).toMatch(/\p{Script=Han}/u);
			expect(traditional.charts[chart.id].finding.length, chart.id).toBeLessThanOrEqual(50);
		}
	});

	it('are written without the source text’s conversion artifacts', () => {
		const outsideMethods = traditional.sections
			.filter((section) => section.id !== 'methods')
			.flatMap((section) => section.blocks.flatMap((block) => (block.type === 'chart' ? [] : [plainText(block.inline)])))
			.join('');
		expect(outsideMethods).not.toMatch(/鬍厚崑|徐慶羣|爲|衆/);
	});
});
