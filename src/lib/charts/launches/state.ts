import { clampStep } from '../types';
import { spanContains, type PartialDate } from '$lib/data/partial-date';
import type { Launch, LaunchesData } from './data';

export const launchSteps = ['founded', 'global', 'china', 'dates'] as const;
export type LaunchStep = (typeof launchSteps)[number];

/** Where the article dates an event differently from its dated source (the heart model). */
export interface DateConflict {
	id: string;
	articleDate: PartialDate;
}

export interface LaunchesState {
	step: number;
	key: LaunchStep;
	/** Events the step talks about; the rest are drawn faded, never hidden. */
	focus: string[];
	/** The focused events that also get a direct label (few enough to read). */
	labelled: string[];
	conflicts: DateConflict[];
}

const year = (event: Launch) => Number(event.date.iso.slice(0, 4));
const ids = (events: Launch[]) => events.map((event) => event.id);

/** The article's date for an event, where it does not contain the date its source gives. */
export function articleDateConflict(event: Launch): PartialDate | null {
	return event.article_date && !spanContains(event.article_date, event.date) ? event.article_date : null;
}

function conflictsOf(events: Launch[]): DateConflict[] {
	return events.flatMap((event) => {
		const articleDate = articleDateConflict(event);
		return articleDate ? [{ id: event.id, articleDate }] : [];
	});
}

/** The events each step talks about, chosen from the data by rule rather than by id. */
const focusRules: Record<LaunchStep, (events: Launch[]) => { focus: Launch[]; labelled: Launch[] }> = {
	founded: (events) => {
		const focus = events.filter((event) => event.kind === 'founding' && event.domain === 'platform');
		return { focus, labelled: focus };
	},
	global: (events) => {
		const focus = events.filter((event) => !event.in_article && year(event) >= 2020 && year(event) <= 2023);
		// One name per field keeps the labels readable on a phone.
		const labelled = focus.filter((event, index) => focus.findIndex((other) => other.field === event.field) === index);
		return { focus, labelled };
	},
	china: (events) => {
		const focus = events.filter(
			(event) => event.in_article && year(event) >= 2022 && year(event) <= 2024 && (event.kind === 'launch' || event.kind === 'founding')
		);
		return { focus, labelled: focus.filter((event) => event.confidence !== 'unconfirmed') };
	},
	dates: (events) => {
		const conflicted = new Set(conflictsOf(events).map((conflict) => conflict.id));
		const focus = events.filter(
			(event) => event.in_article && (event.date.precision !== 'day' || conflicted.has(event.id) || event.confidence !== 'confirmed')
		);
		return { focus, labelled: focus.filter((event) => event.kind !== 'statistic') };
	}
};

export function launchesState(data: LaunchesData, step: number): LaunchesState {
	const index = clampStep(step, launchSteps.length);
	const key = launchSteps[index];
	const { focus, labelled } = focusRules[key](data.events);
	const conflicts = key === 'dates' ? conflictsOf(data.events) : [];
	return { step: index, key, focus: ids(focus), labelled: ids(labelled), conflicts };
}
