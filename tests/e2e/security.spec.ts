import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chartIds } from './reader';

const pages = () =>
	readdirSync('build', { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => ({ file, html: readFileSync(join('build', file), 'utf8') }));

/** The tags a browser fetches something for, with the attribute that names it. */
const fetchedResources = /<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\ssrc="([^"]*)"|<link\b(?=[^>]*\srel="(?:stylesheet|preload|modulepreload|icon|manifest)")[^>]*\shref="([^"]*)"/g;

test.describe('every built page', () => {
	test.skip(({ isMobile }) => isMobile, 'reads files and headers, not pages: one project is enough');

	test('has a Content-Security-Policy that allows no inline or third-party script', () => {
		for (const { file, html } of pages()) {
			const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
			expect(policy, file).toBeDefined();
			const scriptSrc = policy!.split(';').find((directive) => directive.trim().startsWith('script-src'));
			expect(scriptSrc?.trim(), file).toBe("script-src 'self'");
			expect(policy, file).toContain("object-src 'none'");
		}
	});

	test('runs no inline script and no inline event handler', () => {
		for (const { file, html } of pages()) {
			expect(html.match(/<script\b(?![^>]*\ssrc=)[^>]*>/g) ?? [], file).toEqual([]);
			expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? [], file).toEqual([]);
			expect(html, file).not.toMatch(/\shref="\s*javascript:/i);
		}
	});

	test('asks nothing of another site', () => {
		for (const { file, html } of pages()) {
			for (const [, src, href] of html.matchAll(fetchedResources)) {
				const url = src ?? href;
				expect(url.startsWith('/') && !url.startsWith('//'), `${file}: ${url}`).toBe(true);
			}
		}
	});
});

test.describe('the headers the site is served with', () => {
	test.skip(({ isMobile }) => isMobile, 'reads headers, not pages: one project is enough');

	test('let any site frame a chart, and only this site frame the story', async ({ request }) => {
		const framing = async (path: string) => (await request.get(path)).headers()['content-security-policy'];
		for (const edition of ['', 'zh-hant/', 'zh-hans/']) {
			expect(await framing(`/${edition}`), `/${edition}`).toBe("frame-ancestors 'self'");
			for (const id of chartIds) expect(await framing(`/${edition}embed/${id}/`), `/${edition}embed/${id}/`).toBe('frame-ancestors *');
		}
		expect(await framing('/no-such-page/')).toBe("frame-ancestors 'self'");
		expect((await request.get('/')).headers()['x-content-type-options']).toBe('nosniff');
	});
});
