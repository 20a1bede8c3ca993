import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chartIds, watchForProblems } from './reader';

const pages = () =>
	readdirSync('build', { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => ({ file, html: readFileSync(join('build', file), 'utf8') }));

/** The tags a browser fetches something for, with the attribute that names it. */
const fetchedResources =
	/<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\ssrc="([^"]*)"|<link\b(?=[^>]*\srel="(?:stylesheet|preload|modulepreload|icon|manifest)")[^>]*\shref="([^"]*)"/g;

test.describe('every built page', () => {
	test.skip(({ isMobile }) => isMobile, 'reads files and headers, not pages: one project is enough');

	test('has a Content-Security-Policy that runs scripts from this site, and inline only those it names by hash', () => {
		for (const { file, html } of pages()) {
			const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
			expect(policy, file).toBeDefined();
			const scriptSrc = policy!.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
			const [name, ...sources] = scriptSrc.trim().split(/\s+/);
			expect(name, file).toBe('script-src');
			for (const source of sources) expect(source, file).toMatch(/^'self'$|^'sha256-[A-Za-z0-9+/]+=*'$/);
			expect(policy, file).toContain("object-src 'none'");
			// A JSON data block (a chart's data for the browser) is never run, so no policy need name it.
			for (const [, code] of html.matchAll(/<script\b(?![^>]*\ssrc=)(?![^>]*\stype="application\/json")[^>]*>([\s\S]*?)<\/script>/g)) {
				expect(sources, `${file}: an inline script the policy does not name`).toContain(
					`'sha256-${createHash('sha256').update(code).digest('base64')}'`
				);
			}
		}
	});

	test('has no inline event handler and no javascript: link', () => {
		for (const { file, html } of pages()) {
			expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? [], file).toEqual([]);
			expect(html, file).not.toMatch(/\shref="\s*javascript:/i);
		}
	});

	test('asks nothing of another site', () => {
		for (const { file, html } of pages()) {
			for (const [, src, href] of html.matchAll(fetchedResources)) {
				const url = src ?? href;
				// A data: URL is inside the page itself.
				expect((url.startsWith('/') && !url.startsWith('//')) || url.startsWith('data:'), `${file}: ${url}`).toBe(true);
			}
		}
	});
});

test.describe('in a browser, every page type', () => {
	for (const path of ['/', '/zh-hant/', '/embed/launches/', '/embed/paddle/?step=0&theme=dark&plain=1', '/404.html']) {
		test(`runs ${path} without a single script or request its policy refuses`, async ({ page }) => {
			const problems = watchForProblems(page);
			await page.addInitScript(() =>
				document.addEventListener('securitypolicyviolation', (event) =>
					console.error(`policy refused ${event.blockedURI} (${event.violatedDirective})`)
				)
			);
			await page.goto(path, { waitUntil: 'load' });
			// The embed asks for its second script after the first paint.
			if (path.includes('embed')) await expect(page.locator('main.embed')).toHaveAttribute('data-ready', 'true');
			expect(problems).toEqual([]);
		});
	}
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
