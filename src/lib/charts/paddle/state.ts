import { clampStep } from '../types';
import { spanStart, type PartialDate } from '$lib/data/partial-date';
import { metrics, type Figure, type Metric, type PaddleData } from './data';

export const paddleSteps = ['article', 'models', 'enterprises', 'reportdates'] as const;
export type PaddleStep = (typeof paddleSteps)[number];

/** Why a figure gets a direct label: the article's claim, where a series starts, or the update the claim matches. */
export type LabelRole = 'article' | 'first' | 'match';

/** An article claim and the published figure that states the same count. */
export interface Match {
	claim: string;
	figure: string;
}

export interface PaddleState {
	step: number;
	key: PaddleStep;
	/** Series whose line is drawn at full strength; the others are faded. */
	series: Metric[];
	/** Figures drawn at full strength; the rest are faded, never hidden. */
	focus: string[];
	/** Figures that get a direct label besides the end-of-line labels every series has. */
	labelled: { id: string; role: LabelRole }[];
	matches: Match[];
	/** The published update the article's figures match: every figure it gave, and its date. */
	release: { date: PartialDate; ids: string[] } | null;
}

const published = (figures: readonly Figure[]) => figures.filter((figure) => figure.kind === 'published');
const claims = (figures: readonly Figure[]) => figures.filter((figure) => figure.kind === 'article');
const ids = (figures: readonly Figure[]) => figures.map((figure) => figure.id);

/** Whether a published value states the claim: the same number, or for "over N" any number above N. */
function states(claim: Figure, figure: Figure): boolean {
	return claim.qualifier.lowerBound ? figure.value >= claim.value : figure.value === claim.value;
}

/** For each article claim, the first figure published no earlier than the claim's date that states it. */
export function matchClaims(figures: readonly Figure[]): Match[] {
	return claims(figures).flatMap((claim) => {
		const figure = published(figures).find(
			(candidate) => candidate.metric === claim.metric && spanStart(candidate.date) >= spanStart(claim.date) && states(claim, candidate)
		);
		return figure ? [{ claim: claim.id, figure: figure.id }] : [];
	});
}

/** Every figure published in the same source as a matched figure: the update also gave the other counts. */
function releaseOf(figures: readonly Figure[], matches: readonly Match[]): PaddleState['release'] {
	const matched = figures.filter((figure) => matches.some((match) => match.figure === figure.id));
	if (matched.length === 0) return null;
	const urls = new Set(matched.flatMap((figure) => figure.source.flatMap((ref) => (ref.kind === 'reference' ? [ref.url] : []))));
	const release = published(figures).filter((figure) => figure.source.some((ref) => ref.kind === 'reference' && urls.has(ref.url)));
	return { date: matched[0].date, ids: ids(release) };
}

function seriesStep(figures: readonly Figure[], metric: Metric): Omit<PaddleState, 'step' | 'key'> {
	const ofMetric = figures.filter((figure) => figure.metric === metric);
	const first = published(ofMetric)[0];
	return {
		series: [metric],
		focus: ids(ofMetric),
		labelled: first ? [{ id: first.id, role: 'first' }] : [],
		matches: [],
		release: null
	};
}

/** What each step shows, chosen from the data by rule. */
const stepRules: Record<PaddleStep, (figures: readonly Figure[]) => Omit<PaddleState, 'step' | 'key'>> = {
	article: (figures) => {
		const article = claims(figures);
		return {
			series: metrics.filter((metric) => article.some((figure) => figure.metric === metric)),
			focus: ids(article),
			labelled: article.map((figure) => ({ id: figure.id, role: 'article' })),
			matches: [],
			release: null
		};
	},
	models: (figures) => seriesStep(figures, 'models'),
	enterprises: (figures) => seriesStep(figures, 'enterprises'),
	reportdates: (figures) => {
		const matches = matchClaims(figures);
		const release = releaseOf(figures, matches);
		return {
			series: [...metrics],
			focus: ids(figures),
			labelled: (release?.ids ?? []).map((id) => ({ id, role: 'match' })),
			matches,
			release
		};
	}
};

export function paddleState(data: PaddleData, step: number): PaddleState {
	const index = clampStep(step, paddleSteps.length);
	const key = paddleSteps[index];
	return { step: index, key, ...stepRules[key](data.figures) };
}
