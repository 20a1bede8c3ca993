import { createHash } from 'node:crypto';
import { buildSync } from 'esbuild';

/*
 * The site's scripts. Pages ship no app, only small scripts, bundled whole
 * with no shared chunks: a chunk a script imports is one more round trip
 * before it runs. Read by vite.config.ts, which builds them, and by
 * svelte.config.js, whose policy lets a page run its inline script.
 */

/** Vite 7's default build target, "baseline widely available", which the rest of the site is built for. */
const browsers = ['chrome107', 'edge107', 'firefox104', 'safari16'];

const bundleOptions = { bundle: true, minify: true, write: false, alias: { $lib: './src/lib' }, target: browsers };

/** Scripts served as files, under fixed names so the prerendered pages can point at them. */
export const fileScripts = {
	'_app/story-page.js': 'src/lib/story/page-client.ts',
	'_app/embed-page.js': 'src/lib/embed/page-client.ts'
};

/**
 * @param {string} entry
 * @param {'esm' | 'iife'} format esm for a module file, iife for a script written into a page
 */
function bundle(entry, format) {
	const [output] = buildSync({ ...bundleOptions, entryPoints: [entry], format }).outputFiles ?? [];
	if (!output) throw new Error(`esbuild wrote nothing for ${entry}`);
	return output.text.trim();
}

/** @param {string} entry */
export const bundleFileScript = (entry) => bundle(entry, 'esm');

/** The embed's first script, written into its page so it runs before the first paint. */
export const embedStartScript = bundle('src/lib/embed/page-start.ts', 'iife');

/**
 * The policy's name for an inline script: only that exact text may run.
 * @param {string} code
 */
export const scriptHash = (code) => `sha256-${createHash('sha256').update(code).digest('base64')}`;
