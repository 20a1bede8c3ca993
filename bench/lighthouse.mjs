import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { medianRun } from './report.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** One Lighthouse run's figures: category scores out of 100, metrics in ms, bytes by resource type. */
function summarise(lhr) {
	const metric = (id) => lhr.audits[id]?.numericValue ?? null;
	const resources = lhr.audits['resource-summary']?.details?.items ?? [];
	return {
		scores: Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])),
		fcp: metric('first-contentful-paint'),
		lcp: metric('largest-contentful-paint'),
		tbt: metric('total-blocking-time'),
		cls: metric('cumulative-layout-shift'),
		requests: resources.find((item) => item.resourceType === 'total')?.requestCount ?? null,
		transfer: Object.fromEntries(resources.map((item) => [item.resourceType, item.transferSize]))
	};
}

/**
 * Lighthouse against a Chromium already listening on `port`, `runs` times.
 * This machine is noisy, so the report keeps the run with the median
 * performance score, and lists every run's score beside it.
 */
export async function measureWithLighthouse(url, { port, formFactor, runs }) {
	const config = formFactor === 'desktop' ? desktopConfig : undefined;
	const results = [];
	for (let run = 0; run < runs; run += 1) {
		const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories }, config);
		if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
		results.push(summarise(lhr));
	}
	return {
		...medianRun(results, (result) => result.scores.performance),
		performanceRuns: results.map((result) => result.scores.performance),
		tbtRuns: results.map((result) => result.tbt)
	};
}
