import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/*
 * The site's scripts (vite.config.ts emits them; svelte.config.js lets a page
 * run its inline one by its hash). No page is a SvelteKit app:
 * - the story page's script is small; it fetches a chart's code and the
 *   live-chart runtime as the reader nears that chart, ES modules sharing chunks;
 * - each embed gets one classic script with all its chart needs: a sandboxed
 *   frame without allow-same-origin has an opaque origin, and the browser
 *   refuses it module scripts from a host that sends no CORS headers;
 * - the embed's first script is written into its page.
 * Rollup bundles the first two: it drops Svelte's development branches,
 * which esbuild keeps.
 */

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const chartsDir = resolve(root, 'src/lib/charts');
const alias = { $lib: resolve(root, 'src/lib') };

/** Every chart is a folder of src/lib/charts with a live.ts exporting what the browser needs to draw it. */
export const chartFolders = () => readdirSync(chartsDir).filter((name) => existsSync(resolve(chartsDir, name, 'live.ts')));

/** @param {import('rollup').RollupOptions} rollupOptions */
async function bundle(rollupOptions) {
	const result = await build({
		configFile: false,
		logLevel: 'warn',
		root,
		resolve: { alias },
		// Each component carries its scoped styles: a live chart may draw what the server's drawing did not.
		plugins: [svelte({ configFile: false, compilerOptions: { css: 'injected' } })],
		build: { write: false, minify: 'esbuild', modulePreload: false, rollupOptions }
	});
	const outputs = (Array.isArray(result) ? result : [result]).flatMap((output) => ('output' in output ? output.output : []));
	return outputs.map((file) => ({ fileName: file.fileName, code: file.type === 'chunk' ? file.code : String(file.source) }));
}

/** The story's module scripts, by file name under the site root. */
async function storyScripts() {
	const input = {
		'story-page': resolve(root, 'src/lib/story/page-client.ts'),
		...Object.fromEntries(chartFolders().map((id) => [`charts/${id}`, resolve(chartsDir, id, 'live.ts')]))
	};
	const files = await bundle({
		input,
		preserveEntrySignatures: 'exports-only',
		output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' }
	});
	return files.map((file) => [`_app/${file.fileName}`, file.code]);
}

/** One classic script per embed. */
async function embedScripts() {
	const scripts = [];
	for (const id of chartFolders()) {
		const entry = `\0embed-${id}`;
		const [file] = await bundle({
			input: entry,
			plugins: [
				{
					name: 'embed-entry',
					resolveId: (source) => (source === entry ? entry : null),
					load: (source) =>
						source === entry
							? `import * as chart from '${resolve(chartsDir, id, 'live.ts')}';\nimport { startEmbed } from '${resolve(root, 'src/lib/embed/page-client.ts')}';\nstartEmbed(chart, ${JSON.stringify(id)});`
							: null
				}
			],
			output: { format: 'iife', inlineDynamicImports: true, entryFileNames: `${id}.js` }
		});
		scripts.push([`_app/embed/${id}.js`, file.code]);
	}
	return scripts;
}

/**
 * Scripts served as files, by file name under the site root.
 * @returns {Promise<Record<string, string>>}
 */
export async function buildFileScripts() {
	return Object.fromEntries([...(await storyScripts()), ...(await embedScripts())]);
}

/** The embed's first script, written into its page so it runs before the first paint. */
export const embedStartScript = (() => {
	const [output] =
		buildSync({
			entryPoints: [resolve(root, 'src/lib/embed/page-start.ts')],
			bundle: true,
			minify: true,
			write: false,
			format: 'iife',
			alias,
			// The project's tsconfig.json extends .svelte-kit/tsconfig.json, which a fresh clone lacks until the first sync: say what it would (strict mode) here.
			tsconfigRaw: { compilerOptions: { strict: true } },
			target: ['chrome107', 'edge107', 'firefox104', 'safari16']
		}).outputFiles ?? [];
	if (!output) throw new Error('esbuild wrote nothing for the embed start script');
	return output.text.trim();
})();

/**
 * The policy's name for an inline script: only that exact text may run.
 * @param {string} code
 */
export const scriptHash = (code) => `sha256-${createHash('sha256').update(code).digest('base64')}`;
