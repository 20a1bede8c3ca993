import { dropUnusedScopedCss } from './unused-css';

/*
 * The last pass over every prerendered page. No page is hydrated (csr = false),
 * so what only an app would read can go; the drawings' coordinates need no
 * more precision than a screen can show; and a page carries only the styles of
 * the components on it. All are bytes a reader's phone would otherwise download
 * and parse.
 */

/** Svelte's hydration markers in the body (`<!--[-->`, `<!--]-->`, `<!---->`) and the head's (`<!--1s1zsox-->`). */
const hydrationMarkers = /<!--(?:\[-?\d*!?|\]!?|[0-9a-z]+)?-->/g;

/** SVG attributes that hold only geometry: numbers, path commands and separators. */
const geometryAttribute = / (x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|dx|dy|d|points|transform|width|height|viewBox)="([^"]*)"/g;

/** Inline styles: marks placed by a CSS transform, and LayerCake's box for a drawing. */
const styleAttribute = / style="([^"]*)"/g;

/** A number written with more than one decimal, as d3 scales produce them. */
const longDecimal = /-?\d*\.\d{2,}(?:e-?\d+)?/g;

/** The same in a style, only as a length in pixels: opacities and colours keep their decimals. */
const longPixels = /-?\d*\.\d{2,}(?=px)/g;

/** A tenth of a drawing unit is under a fifth of a device pixel at the widest drawing and a phone's density. */
const roundToTenth = (number: string) => String(Math.round(Number(number) * 10) / 10);

export function compactHtml(html: string): string {
	return dropUnusedScopedCss(
		html
			.replace(hydrationMarkers, '')
			.replace(geometryAttribute, (_, name: string, value: string) => ` ${name}="${value.replace(longDecimal, roundToTenth)}"`)
			.replace(styleAttribute, (_, value: string) => ` style="${value.replace(longPixels, roundToTenth)}"`)
	);
}
