// A stand-in news site on its own port (so its origin differs from the chart's),
// serving the host page, its script and pym.js from the npm package.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const port = Number(process.argv[2] ?? 4175);
const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const files = {
	'/': [here('host.html'), 'text/html; charset=utf-8'],
	'/host.js': [here('host.js'), 'text/javascript'],
	'/pym.v1.min.js': [fileURLToPath(import.meta.resolve('pym.js/dist/pym.v1.min.js')), 'text/javascript']
};

createServer((request, response) => {
	const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
	if (!file) return response.writeHead(404).end();
	response.writeHead(200, { 'content-type': file[1] });
	response.end(readFileSync(file[0]));
}).listen(port, '127.0.0.1');
