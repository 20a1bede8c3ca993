// npm run bench: builds the site, serves it with gzip as a static host would,
// and measures the story, an embed and a baseline page in Chromium: Lighthouse
// (mobile and desktop), bytes per page type, and scrolling at 4x CPU slowdown.
// Writes bench/results.json and bench/results.md; --strict exits 1 on a missed
// target; --runs N sets the Lighthouse runs per page and the scrolls (default 3).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptions } from '../scripts/chromium.mjs';
import { measureWithLighthouse } from './lighthouse.mjs';
import { transferByType } from './transfer.mjs';
import { scrollSmoothness } from './scroll.mjs';
import { checkTargets, headline, markdown, medianRun, round } from './report.mjs';
import { storyWordsPage } from './controls.mjs';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const port = 4180;
const debuggingPort = 9333;
const origin = `http://127.0.0.1:${port}`;
const pages = {
	story: '/',
	embed: '/embed/launches/',
	baseline: '/bench-baseline/',
	'story text only': '/bench-text-only/',
	'story text and tables': '/bench-text-and-tables/'
};

console.log('Building…');
const buildStart = Date.now();
const build = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_ORIGIN: origin } });
if (build.status !== 0) throw new Error('the build failed');
const buildSeconds = round((Date.now() - buildStart) / 1000, 1);

// The control pages are served from the same server, compressed the same way, and removed afterwards so build/ stays deployable.
const storyHtml = readFileSync('build/index.html', 'utf8');
const controls = {
	'bench-baseline': readFileSync('bench/baseline/index.html', 'utf8'),
	'bench-text-only': storyWordsPage(storyHtml),
	'bench-text-and-tables': storyWordsPage(storyHtml, { withTables: true })
};
for (const [folder, html] of Object.entries(controls)) {
	mkdirSync(`build/${folder}`, { recursive: true });
	writeFileSync(`build/${folder}/index.html`, html);
	writeFileSync(`build/${folder}/index.html.gz`, gzipSync(html, { level: 9 }));
}

const server = spawn('node', ['scripts/serve.mjs', 'build', String(port)], { env: { ...process.env, COMPRESSION: 'gzip' }, stdio: 'ignore' });
let browser;
try {
	browser = await chromium.launch({ ...launchOptions, args: [...launchOptions.args, `--remote-debugging-port=${debuggingPort}`] });
	await waitForServer(origin);
	const lighthouse = {};
	for (const [name, path] of Object.entries(pages)) {
		lighthouse[name] = {};
		for (const formFactor of ['mobile', 'desktop']) {
			console.log(`Lighthouse: ${name}, ${formFactor}…`);
			lighthouse[name][formFactor] = await measureWithLighthouse(origin + path, { port: debuggingPort, formFactor, runs });
		}
	}
	console.log('Bytes per page type…');
	const bytes = {};
	for (const [name, path] of Object.entries({ ...pages, 'story zh-hant': '/zh-hant/', 'story zh-hans': '/zh-hans/', 404: '/no-such-page/' })) {
		bytes[name] = await transferByType(browser, origin + path);
	}
	// The story and its heaviest control, in turn so both meet the same moments of a noisy machine: does a page
	// carrying the story's content, with no script or style, scroll here without a long task?
	console.log('Scrolling at 4x CPU slowdown…');
	const scrolled = ['story', 'story text and tables'];
	const scrollRuns = Object.fromEntries(scrolled.map((name) => [name, []]));
	for (let run = 0; run < runs; run += 1) {
		for (const name of scrolled) scrollRuns[name].push(await scrollSmoothness(browser, origin + pages[name]));
	}
	// Long tasks vary from run to run as much as from build to build: the median run, with every run's count.
	const scroll = Object.fromEntries(
		scrolled.map((name) => [
			name,
			{ ...medianRun(scrollRuns[name], (result) => result.longTasks), longTaskRuns: scrollRuns[name].map((result) => result.longTasks) }
		])
	);
	const results = {
		date: new Date().toISOString(),
		node: process.version,
		chromium: `Chromium ${browser.version()}`,
		buildSeconds,
		lighthouseRuns: runs,
		lighthouse,
		bytes,
		scroll
	};
	results.targets = checkTargets(results);
	// The run this one replaces, for the before-and-after table.
	if (existsSync('bench/results.json')) results.before = headline(JSON.parse(readFileSync('bench/results.json', 'utf8')));
	writeFileSync('bench/results.json', JSON.stringify(results, null, '\t') + '\n');
	const table = markdown(results);
	writeFileSync('bench/results.md', table);
	console.log('\n' + table);
	const missed = results.targets.filter((target) => target.pass === false);
	console.log(missed.length === 0 ? 'Every target met.' : `${missed.length} target(s) missed.`);
	if (strict && missed.length > 0) process.exitCode = 1;
} finally {
	await browser?.close();
	server.kill();
	for (const folder of Object.keys(controls)) rmSync(`build/${folder}`, { recursive: true, force: true });
}

async function waitForServer(url) {
	for (let attempt = 0; attempt < 50; attempt += 1) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`no server at ${url}`);
}
