/** The targets, checked against one bench run. */
export function checkTargets({ buildSeconds, lighthouse, bytes, scroll }) {
	const story = lighthouse.story.mobile;
	const embed = lighthouse.embed.mobile;
	const baseline = lighthouse.baseline.mobile;
	const kb = 1024;
	const targets = [
		...['performance', 'accessibility', 'best-practices', 'seo'].map((category) => ({
			target: `story ${category} = 100 (mobile)`,
			value: story.scores[category],
			pass: story.scores[category] === 100
		})),
		...['performance', 'accessibility', 'best-practices'].map((category) => ({
			target: `embed ${category} = 100 (mobile)`,
			value: embed.scores[category],
			pass: embed.scores[category] === 100
		})),
		{ target: 'embed seo (mobile)', value: embed.scores.seo, pass: null, note: 'n/a: embeds are noindex by design' },
		{ target: 'story CLS = 0', value: story.cls, pass: story.cls === 0 },
		{ target: 'embed CLS = 0', value: embed.cls, pass: embed.cls === 0 },
		{ target: 'story TBT = 0 ms', value: Math.round(story.tbt), pass: story.tbt === 0 },
		{ target: 'embed TBT = 0 ms', value: Math.round(embed.tbt), pass: embed.tbt === 0 },
		{ target: 'story LCP ≤ 1.2 × baseline', value: round(story.lcp / baseline.lcp, 2), pass: story.lcp <= 1.2 * baseline.lcp },
		{ target: 'embed LCP ≤ 1.2 × baseline', value: round(embed.lcp / baseline.lcp, 2), pass: embed.lcp <= 1.2 * baseline.lcp },
		{
			target: 'control: LCP ÷ baseline of the story’s text alone',
			value: round(lighthouse['story text only'].mobile.lcp / baseline.lcp, 2),
			pass: null,
			note: 'not a target: the least a page carrying the story’s words can do here'
		},
		{
			target: 'control: LCP ÷ baseline of the story’s text and data tables',
			value: round(lighthouse['story text and tables'].mobile.lcp / baseline.lcp, 2),
			pass: null,
			note: 'not a target: the least a page carrying the content the issue asks for can do here'
		},
		{ target: 'control: the baseline page’s own TBT, every run', value: baseline.tbtRuns.map(Math.round).join(' '), pass: null, note: 'not a target: this machine’s noise floor for TBT' },
		{
			target: 'control: long tasks scrolling the story’s text and tables, every run',
			value: scroll['story text and tables'].longTaskRuns.join(' '),
			pass: null,
			note: 'not a target: the same scroll on a page with no script, style or drawing'
		},
		{ target: 'story JS ≤ 45 KB gzip', value: `${round(bytes.story.js / kb, 1)} KB`, pass: bytes.story.js <= 45 * kb },
		{ target: 'embed JS ≤ 30 KB gzip', value: `${round(bytes.embed.js / kb, 1)} KB`, pass: bytes.embed.js <= 30 * kb },
		{ target: 'no long task while scrolling the story (4x CPU)', value: scroll.story.longTasks, pass: scroll.story.longTasks === 0 },
		{ target: 'build < 30 s', value: `${buildSeconds} s`, pass: buildSeconds < 30 }
	];
	return targets;
}

export const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Of several runs, the one whose `measure` is the median (the upper one of an even count). */
export function medianRun(results, measure) {
	const sorted = [...results].sort((a, b) => measure(a) - measure(b));
	return sorted[Math.floor(sorted.length / 2)];
}

const row = (cells) => `| ${cells.join(' | ')} |`;
const ms = (value) => `${Math.round(value)} ms`;

/** The run as Markdown tables, for the terminal and for bench/results.md. */
export function markdown(results) {
	const { lighthouse, bytes, scroll, targets } = results;
	const lines = [`# Benchmark, ${results.date}`, '', `Node ${results.node}, ${results.chromium}, build ${results.buildSeconds} s.`, ''];
	lines.push('## Lighthouse 12.2.3 (median of runs by performance score)', '');
	lines.push(row(['page', 'form', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'LCP ÷ baseline', 'TBT', 'CLS', 'requests', 'JS', 'CSS', 'HTML', 'total', 'perf runs', 'TBT runs']));
	lines.push(row(Array(18).fill('---')));
	for (const [page, forms] of Object.entries(lighthouse)) {
		for (const [form, run] of Object.entries(forms)) {
			const baselineLcp = lighthouse.baseline[form].lcp;
			const t = (type) => `${round((run.transfer[type] ?? 0) / 1024, 1)} KB`;
			lines.push(
				row([
					page,
					form,
					...Object.values(run.scores),
					ms(run.fcp),
					ms(run.lcp),
					`${round(run.lcp / baselineLcp, 2)}×`,
					ms(run.tbt),
					round(run.cls, 3),
					run.requests,
					t('script'),
					t('stylesheet'),
					t('document'),
					t('total'),
					run.performanceRuns.join(' '),
					run.tbtRuns.map(Math.round).join(' ')
				])
			);
		}
	}
	lines.push('', '## Bytes per page type (gzip, as served, on open)', '');
	lines.push(row(['page', 'HTML', 'JS', 'CSS', 'other', 'total', 'requests']), row(Array(7).fill('---')));
	for (const [page, b] of Object.entries(bytes)) {
		const k = (value) => `${round(value / 1024, 1)} KB`;
		lines.push(row([page, k(b.html), k(b.js), k(b.css), k(b.other), k(b.total), b.requests]));
	}
	lines.push('', '## Scrolling top to bottom by wheel, 390×844 phone, CPU 4x slower (median run by long tasks)', '');
	lines.push(row(['page', 'seconds', 'long tasks', 'long-task time', 'longest', 'frames', 'frame p50', 'frame p95', 'long tasks per run']), row(Array(9).fill('---')));
	for (const [page, s] of Object.entries(scroll)) {
		lines.push(row([page, s.seconds, s.longTasks, ms(s.longTaskMs), ms(s.longestTaskMs), s.frames, ms(s.frameP50), ms(s.frameP95), s.longTaskRuns.join(' ')]));
	}
	lines.push('', '## Targets', '', row(['target', 'value', 'result']), row(['---', '---', '---']));
	for (const t of targets) lines.push(row([t.target, t.value, t.pass === null ? t.note : t.pass ? 'PASS' : 'FAIL']));
	return lines.join('\n') + '\n';
}
