// Serves a built site the way a static host or CDN would: files only, the
// build's precompressed .br/.gz copies where the client accepts them, and the
// site's 404 page for anything else, with the headers the build's _headers
// file asks for. With BASE_PATH set, the site lives under that prefix, as it
// would on a newsroom's domain. COMPRESSION=gzip serves gzip only, as many
// hosts do (the benchmark measures that way). HEADERS=none ignores _headers,
// as plain object storage and GitHub Pages do.
// Usage: node scripts/serve.mjs [dir=build] [port=4173]
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

const [dir = 'build', port = '4173'] = process.argv.slice(2);
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const notFoundPage = join(dir, '404.html');
const headerRules = process.env.HEADERS === 'none' ? [] : readHeaderRules(join(dir, '_headers'));
const files = sirv(dir, {
	dev: false,
	etag: true,
	gzip: true,
	brotli: process.env.COMPRESSION !== 'gzip',
	extensions: ['html'],
	setHeaders: (response, pathname) => applyHeaders(response, pathname)
});

createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	if (base && !url.pathname.startsWith(`${base}/`)) return notFound(request, response);
	request.url = url.pathname.slice(base.length) + url.search;
	files(request, response, () => notFound(request, response));
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}/`));

/** Netlify-style _headers: a path pattern, then indented "Name: value" lines. */
function readHeaderRules(file) {
	if (!existsSync(file)) return [];
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = new RegExp(
				`^${line
					.trim()
					.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
					.replaceAll('*', '.*')}$`
			);
			rules.push({ pattern, headers: [] });
		} else {
			const [name, ...value] = line.trim().split(':');
			rules.at(-1)?.headers.push([name.trim(), value.join(':').trim()]);
		}
	}
	return rules;
}

/** Every matching rule applies, and a header two rules set gets both values, as on Netlify: a clash shows here too. */
function applyHeaders(response, pathname) {
	for (const rule of headerRules) {
		if (!rule.pattern.test(pathname)) continue;
		for (const [name, value] of rule.headers) {
			const earlier = response.getHeader(name);
			response.setHeader(name, earlier ? `${earlier}, ${value}` : value);
		}
	}
}

/** The 404 page, compressed like any other page when the client accepts it. */
function notFound(request, response) {
	applyHeaders(response, '/404.html');
	const gzipped = `${notFoundPage}.gz`;
	const compressed = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && existsSync(gzipped);
	response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', vary: 'Accept-Encoding', ...(compressed && { 'content-encoding': 'gzip' }) });
	response.end(compressed ? readFileSync(gzipped) : existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
}
