import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** ESLint as SvelteKit's project template sets it up: JavaScript, TypeScript and Svelte rules, formatting left to Prettier. */
export default ts.config(
	{ ignores: ['build/', 'build-base/', 'build-fifth-chart/', '.svelte-kit/', 'test-results/', 'playwright-report/', 'bench/tmp/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node, __SITE_ORIGIN__: 'readonly', __EMBED_START_SCRIPT__: 'readonly' } } },
	{
		rules: {
			// Underscore names the parts of a value that destructuring leaves out.
			'@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
			// No page is a SvelteKit app (csr = false): links are plain addresses under `base`, not client-side navigations.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// A stand-in for another site's script, written as such sites write theirs.
		files: ['tests/e2e/host/*.js'],
		languageOptions: { globals: { pym: 'readonly' } },
		rules: { '@typescript-eslint/ban-ts-comment': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	}
);
