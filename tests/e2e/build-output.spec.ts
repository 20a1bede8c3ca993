import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chartIds } from './reader';

const built = (path: string) => `build/${path}`;

test.describe('the built site', () => {
	test.skip(({ isMobile }) => isMobile, 'reads files, not pages: one project is enough');

	test('has every public file of the contract', () => {
		const files = [
			'index.html',
			'404.html',
			'embed.js',
			'_headers',
			'data/datapackage.json',
			'data/science-models-data.zip',
			...chartIds.flatMap((id) => [
				`embed/${id}/index.html`,
				`data/${id}.csv`,
				`data/${id}.json`,
				`data/package/${id}.csv`,
				`images/${id}.svg`,
				`images/${id}.png`
			])
		];
		for (const file of files) expect(existsSync(built(file)), file).toBe(true);
	});

	test('links every chart’s downloads and images from the story and from its embed page', () => {
		const story = readFileSync(built('index.html'), 'utf8');
		for (const id of chartIds) {
			const embed = readFileSync(built(`embed/${id}/index.html`), 'utf8');
			for (const path of [`/data/${id}.csv`, `/data/${id}.json`, `/images/${id}.png`, `/images/${id}.svg`, '/data/science-models-data.zip']) {
				expect(story, `story → ${path}`).toContain(`href="${path}"`);
				expect(embed, `embed ${id} → ${path}`).toContain(`href="${path}"`);
			}
			expect(embed).toContain(`/images/${id}.png"`);
		}
		const dataPackage = JSON.parse(readFileSync(built('data/datapackage.json'), 'utf8'));
		for (const resource of dataPackage.resources) expect(existsSync(built(`data/${resource.path}`)), resource.path).toBe(true);
	});

	test('makes PNG images that are real pictures of the right size', () => {
		for (const id of chartIds) {
			const png = readFileSync(built(`images/${id}.png`));
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 675]);
			expect(png.length).toBeGreaterThan(20_000);
		}
	});
});

test.describe('the built HTML', () => {
	test.skip(({ isMobile }) => isMobile, 'reads files, not pages: one project is enough');

	test('passes the Nu HTML Checker with no errors on every page', () => {
		const pages = readdirSync('build', { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.html'))
			.map((file) => join('build', file));
		expect(pages.length).toBeGreaterThanOrEqual(16);
		// The checker's CSS module predates container queries and paint-order, which every current browser supports.
		const outdatedCss = '.*CSS: (“paint-order”: Property “paint-order”|“container”: Property “container”|Unrecognized at-rule “@container”).*';
		const output = execFileSync(
			'java',
			['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', '--filterpattern', outdatedCss, '--format', 'text', ...pages],
			{
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'pipe']
			}
		);
		expect(output).not.toMatch(/error/i);
	});
});
