import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fixtureBuild, fixtureDir, fixtureId, projectRoot as root } from './fixture.mjs';

/*
 * Adds a fifth chart to a copy of the project the way a contributor would,
 * with nothing but its folder, its data file and one entry in the registry,
 * then type-checks that copy and builds it into build-fifth-chart/ for
 * fifth-chart.spec.ts. Any other edit a new chart needs makes the check, the
 * build or the spec fail.
 */

/** Build output, caches and reports: never part of the project a contributor edits. */
const generated = /^(node_modules|build[^/]*|\.svelte-kit|test-results|playwright-report|bench\/tmp|\.git)(\/|$)/;

/**
 * The project as a contributor has it, with node_modules shared: in a git
 * checkout the tracked files and new ones git does not ignore (this checkout's
 * edits included), elsewhere every file but build output, caches and reports.
 */
function copyProject(to) {
	let files;
	try {
		files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		})
			.split('\0')
			.filter(Boolean);
	} catch {
		cpSync(root, to, { recursive: true, filter: (source) => !generated.test(relative(root, source)) });
	}
	for (const file of files ?? []) {
		mkdirSync(dirname(join(to, file)), { recursive: true });
		cpSync(join(root, file), join(to, file));
	}
	symlinkSync(join(root, 'node_modules'), join(to, 'node_modules'), 'dir');
}

/** The one edit outside the new folder: import the chart in the registry and list it last. */
function register(project) {
	const file = join(project, 'src/lib/charts/registry.ts');
	const source = readFileSync(file, 'utf8');
	const list = /(export const charts\b[^=]*=\s*\[)([^\]]*)\]/;
	const lastImport = /^import .* from '\.\/[^']+';$/gm;
	const imports = [...source.matchAll(lastImport)];
	if (!list.test(source) || imports.length === 0)
		throw new Error('registry.ts no longer has a list of charts and their imports: update tests/fifth-chart/build.mjs');
	const after = imports.at(-1).index + imports.at(-1)[0].length;
	const registered = `${source.slice(0, after)}\nimport { ${fixtureId} } from './${fixtureId}';${source.slice(after)}`.replace(
		list,
		(_, head, entries) => `${head}${entries.trimEnd()}, ${fixtureId}]`
	);
	writeFileSync(file, registered);
}

const project = mkdtempSync(join(tmpdir(), 'fifth-chart-'));
const run = (command, args, env = {}) => execFileSync(command, args, { cwd: project, stdio: 'inherit', env: { ...process.env, ...env } });
try {
	copyProject(project);
	cpSync(join(fixtureDir, 'chart'), join(project, 'src/lib/charts', fixtureId), { recursive: true });
	for (const name of readdirSync(join(fixtureDir, 'data'))) cpSync(join(fixtureDir, 'data', name), join(project, 'data', name));
	register(project);
	console.log(`fifth chart: "${fixtureId}" added to a copy of the project in ${project}`);
	run('npx', ['svelte-kit', 'sync']);
	run('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
	rmSync(fixtureBuild, { recursive: true, force: true });
	run('npx', ['vite', 'build', '--logLevel', 'warn'], { BUILD_DIR: fixtureBuild });
	console.log(`fifth chart: built into ${fixtureBuild}`);
} finally {
	rmSync(project, { recursive: true, force: true });
}
