import { describe, expect, it } from 'vitest';
import { loadReferenceTables } from '$lib/data/context';
import { loadLaunches, type LaunchesData } from '$lib/charts/launches/data';
import { launchesDetails } from '$lib/charts/launches/details';
import { launchesDownload } from '$lib/charts/launches/download';
import { launchesMessages } from '$lib/charts/launches/messages';
import { lanes } from '$lib/charts/launches/layout';
import { launchesView } from '$lib/charts/launches/live';
import { spanStart } from '$lib/data/partial-date';
import { realDataFiles } from '../real-data';

const files = realDataFiles();
const data: LaunchesData = loadLaunches(files, loadReferenceTables(files));
const byId = new Map(data.events.map((event) => [event.id, event]));
const english = launchesDetails(data, launchesMessages.en, 'en');
const details = (id: string, list = english) => list.find((entry) => entry.key === id)!;

describe('launches details', () => {
	it('has one entry per row, keyed as the row is in the data download', () => {
		const keys = launchesDownload.rows(data).map((row) => row.id);
		expect(english.map((entry) => entry.key).sort()).toEqual([...keys].sort());
		expect(new Set(english.map((entry) => entry.key)).size).toBe(english.length);
	});

	it('is the view the browser uses', () => {
		expect(launchesView.details(data, launchesMessages.en, 'en')).toEqual(english);
	});

	it('dates each event no more precisely than its source: a day, a month, a month in Chinese', () => {
		expect(details('yuangu').facts[0]).toBe('7 December 2024');
		expect(details('kunyuan').facts[0]).toBe('September 2024');
		expect(details('kunyuan', launchesDetails(data, launchesMessages['zh-hant'], 'zh-hant')).facts[0]).toBe('2024年9月');
		expect(details('kunyuan').facts.join(' ')).not.toMatch(/\b\d{1,2} September/);
	});

	it('names the event in the reader’s language and tells article from outside context', () => {
		const chinese = launchesDetails(data, launchesMessages['zh-hant'], 'zh-hant');
		expect(details('yuangu', chinese).title).toBe(byId.get('yuangu')!.name_zh);
		expect(details('yuangu').title).toBe(byId.get('yuangu')!.name_en);
		expect(details('yuangu').facts).toContain(launchesMessages.en.article);
		expect(details('gnome').facts).toContain(launchesMessages.en.context);
	});

	it('gives the article’s own date only where it disagrees with the source', () => {
		expect(details('baai-heart').facts).toContain('The article says June 2024');
		// The article's June 2024 contains the conference's 14 June: no disagreement to report.
		expect(details('baai-conference-2024').facts.some((fact) => fact.includes('article says'))).toBe(false);
	});

	it('carries each row’s sources and its confidence in words', () => {
		for (const entry of english) {
			const event = byId.get(entry.key)!;
			expect(entry.sources).toEqual(event.source);
			expect(entry.confidence).toBe(launchesMessages.en.confidence[event.confidence]);
		}
		expect(details('opencomplex-2', launchesDetails(data, launchesMessages['zh-hant'], 'zh-hant')).confidence).toBe('未經證實');
	});
});

describe('launches keyboard order', () => {
	const laneOf = (id: string) => lanes.indexOf(byId.get(id)!.domain as (typeof lanes)[number]);
	const startOf = (id: string) => spanStart(byId.get(id)!.date).getTime();

	it('moves through time first', () => {
		const starts = english.map((entry) => startOf(entry.key));
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
	});

	it('then through the lanes, top to bottom, for events of one date', () => {
		const sameDate = english.filter((entry, index) => index > 0 && startOf(english[index - 1].key) === startOf(entry.key));
		expect(sameDate.length).toBeGreaterThan(0);
		for (const [index, entry] of english.entries()) {
			const previous = english[index - 1];
			if (previous && byId.get(previous.key)!.date.iso === byId.get(entry.key)!.date.iso) {
				expect(laneOf(previous.key), `${previous.key} before ${entry.key}`).toBeLessThanOrEqual(laneOf(entry.key));
			}
		}
	});

	it('on one date, puts the lanes in their order whatever the order of the file', () => {
		const earth = byId.get('yuangu')!;
		const platform = { ...byId.get('baai-founded')!, date: earth.date };
		expect([earth.domain, platform.domain]).toEqual(['earth', 'platform']);
		expect(launchesDetails({ events: [earth, platform], person_names_zh: [] }, launchesMessages.en, 'en').map((entry) => entry.key)).toEqual([
			'baai-founded',
			'yuangu'
		]);
	});
});
