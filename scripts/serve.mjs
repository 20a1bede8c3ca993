// Serves a built site the way a static host or CDN would: files only, the
// build's precompressed .br/.gz copies where the client accepts them, and the
// site's 404 page for anything else. With BASE_PATH set, the site lives under
// that prefix, as it would on a newsroom's domain.
// Usage: node scripts/serve.mjs [dir=build] [port=4173]
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

const [dir = 'build', port = '4173'] = process.argv.slice(2);
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const files = sirv(dir, { dev: false, etag: true, gzip: true, brotli: true, extensions: ['html'] });
const notFoundPage = join(dir, '404.html');

createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	if (base && !url.pathname.startsWith(`${base}/`)) return notFound(response);
	request.url = url.pathname.slice(base.length) + url.search;
	files(request, response, () => notFound(response));
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}/`));

function notFound(response) {
	response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
	response.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
}
