import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The site's compiled CSS, read from the client build: the prerender runs after
 * it, so chart images are styled exactly as the page is. Empty in `vite dev`.
 */
const assets = '.svelte-kit/output/client/_app/immutable/assets';

export function builtCss(): string {
	if (!existsSync(assets)) return '';
	return readdirSync(assets)
		.filter((name) => name.endsWith('.css'))
		.sort()
		.map((name) => readFileSync(join(assets, name), 'utf8'))
		.join('\n');
}
