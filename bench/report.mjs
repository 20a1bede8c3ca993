/** The targets of the living-charts issue (re-based for live charts), checked against one bench run. */
export function checkTargets({ lighthouse, bytes, scroll }) {
	const story = lighthouse.story.mobile;
	const embed = lighthouse.embed.mobile;
	const baseline = lighthouse.baseline.mobile;
	const kb = 1024;
	const scrolled = scroll.story;
	return [
		{ target: 'story performance ≥ 98 (mobile)', value: story.scores.performance, pass: story.scores.performance >= 98 },
		...['accessibility', 'best-practices', 'seo'].map((category) => ({
			target: `story ${category} = 100 (mobile)`,
			value: story.scores[category],
			pass: story.scores[category] === 100
		})),
		...['accessibility', 'best-practices'].map((category) => ({
			target: `embed ${category} = 100 (mobile)`,
			value: embed.scores[category],
			pass: embed.scores[category] === 100
		})),
		{ target: 'story LCP ≤ 1.3 × the floor page’s', value: round(story.lcp / baseline.lcp, 2), pass: story.lcp <= 1.3 * baseline.lcp },
		{ target: 'story CLS = 0 at load', value: story.cls, pass: story.cls === 0 },
		{ target: 'story CLS = 0 through a full scroll, charts drawn live', value: scrolled.layoutShift, pass: scrolled.layoutShift === 0 },
		{ target: 'embed CLS = 0', value: embed.cls, pass: embed.cls === 0 },
		{ target: 'story JS at load ≤ 15 KB gzip', value: `${round(bytes.story.js / kb, 1)} KB`, pass: bytes.story.js <= 15 * kb },
		{
			target: 'story JS once every chart is reached ≤ 60 KB gzip',
			value: `${round(scrolled.scriptBytes / kb, 1)} KB`,
			pass: scrolled.scriptBytes <= 60 * kb
		},
		{ target: 'embed JS ≤ 30 KB gzip', value: `${round(bytes.embed.js / kb, 1)} KB`, pass: bytes.embed.js <= 30 * kb },
		{ target: 'scrolling the story (4x CPU): frame p95 ≤ 33 ms', value: `${scrolled.frameP95} ms`, pass: scrolled.frameP95 <= 33 },
		{ target: 'scrolling the story (4x CPU): at most 2 long tasks', value: scrolled.longTasks, pass: scrolled.longTasks <= 2 },
		{
			target: 'control: the floor page’s own TBT, every run',
			value: baseline.tbtRuns.map(Math.round).join(' '),
			pass: null,
			note: 'not a target: this machine’s noise floor for TBT'
		},
		{
			target: 'control: long tasks scrolling the story’s text and tables, every run',
			value: scroll['story text and tables'].longTaskRuns.join(' '),
			pass: null,
			note: 'not a target: the same scroll on a page with no script, style or drawing'
		}
	];
}

/** The figures a before-and-after comparison reads from a run. */
export function headline({ date, buildSeconds, lighthouse, bytes, scroll }) {
	const story = lighthouse.story.mobile;
	const kb = (value) => (value === undefined ? 'n/a' : `${round(value / 1024, 1)} KB`);
	return {
		date,
		'story performance (mobile)': story.scores.performance,
		'story LCP ÷ floor': round(story.lcp / lighthouse.baseline.mobile.lcp, 2),
		'story TBT': `${Math.round(story.tbt)} ms`,
		'story HTML (gzip)': kb(bytes.story.html),
		'story JS at load': kb(bytes.story.js),
		'story JS once every chart is reached': kb(scroll.story.scriptBytes ?? bytes.story.js),
		'embed HTML (gzip)': kb(bytes.embed.html),
		'embed JS': kb(bytes.embed.js),
		'scroll: long tasks (median run)': scroll.story.longTasks,
		'scroll: frame p95': `${scroll.story.frameP95} ms`,
		'scroll: layout shift': scroll.story.layoutShift ?? 'not measured',
		build: `${buildSeconds} s`
	};
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
	lines.push(
		row([
			'page',
			'form',
			'perf',
			'a11y',
			'best pr.',
			'SEO',
			'FCP',
			'LCP',
			'LCP ÷ baseline',
			'TBT',
			'CLS',
			'requests',
			'JS',
			'CSS',
			'HTML',
			'total',
			'perf runs',
			'TBT runs'
		])
	);
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
	lines.push(
		row([
			'page',
			'seconds',
			'long tasks',
			'long-task time',
			'longest',
			'frames',
			'frame p50',
			'frame p95',
			'layout shift',
			'JS by the end',
			'long tasks per run'
		]),
		row(Array(11).fill('---'))
	);
	for (const [page, s] of Object.entries(scroll)) {
		lines.push(
			row([
				page,
				s.seconds,
				s.longTasks,
				ms(s.longTaskMs),
				ms(s.longestTaskMs),
				s.frames,
				ms(s.frameP50),
				ms(s.frameP95),
				s.layoutShift,
				`${round(s.scriptBytes / 1024, 1)} KB`,
				s.longTaskRuns.join(' ')
			])
		);
	}
	const slow = scroll.story.slowFrames ?? [];
	lines.push(
		'',
		`Frames over 50 ms while scrolling the story (median run), with the script that took longest in each: ${slow.length === 0 ? 'none.' : ''}`,
		''
	);
	for (const frame of slow) lines.push(`- ${frame}`);
	if (results.before) {
		const after = headline(results);
		lines.push('', `## Before (run of ${results.before.date}) and after`, '', row(['figure', 'before', 'after']), row(['---', '---', '---']));
		for (const [figure, value] of Object.entries(after)) if (figure !== 'date') lines.push(row([figure, results.before[figure] ?? 'n/a', value]));
	}
	lines.push('', '## Targets', '', row(['target', 'value', 'result']), row(['---', '---', '---']));
	for (const t of targets) lines.push(row([t.target, t.value, t.pass === null ? t.note : t.pass ? 'PASS' : 'FAIL']));
	return lines.join('\n') + '\n';
}
