import { estimateTextWidth, wrapText } from '$lib/charts/layout/text';

/**
 * Builds a standalone SVG of a chart from its server-rendered markup: what
 * social cards and the image download show. Pure string work, so it can be
 * tested without a renderer.
 */

export const imageSize = { width: 1200, height: 675 };
const margin = 40;

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The chart's own <svg> from the rendered HTML, with its inner size and its offset in the chart's box. */
export function extractChartSvg(html: string): { inner: string; width: number; height: number; left: number; top: number } {
	const match = /<svg[^>]*class="layercake-layout-svg[^"]*"[^>]*>([\s\S]*?)<\/svg>(?![\s\S]*class="layercake-layout-svg)/.exec(html);
	if (!match) throw new Error('no chart drawing in the rendered markup');
	const open = match[0].slice(0, match[0].indexOf('>') + 1);
	const [, , width, height] = (/viewBox="([^"]+)"/.exec(open)?.[1] ?? '0 0 0 0').split(/\s+/).map(Number);
	const left = Number(/left:\s*([\d.]+)px/.exec(open)?.[1] ?? 0);
	const top = Number(/top:\s*([\d.]+)px/.exec(open)?.[1] ?? 0);
	return { inner: match[1], width, height, left, top };
}

/** SVG renderers read transforms from attributes, not from CSS: move `style="transform: translate(…px, …px)"` over. */
export function transformsToAttributes(markup: string): string {
	return markup.replace(
		/style="([^"]*?)transform:\s*translate\(([-\d.]+)px,\s*([-\d.]+)px\);?([^"]*)"/g,
		(_, before: string, x: string, y: string, after: string) => {
			const rest = `${before}${after}`.trim();
			return `transform="translate(${x} ${y})"${rest ? ` style="${rest}"` : ''}`;
		}
	);
}

/** The design tokens' light values, from the :root rules: `--c-ink` → `#1c1d1f`. */
export function lightTokens(css: string): Map<string, string> {
	const tokens = new Map<string, string>();
	const root = [...css.matchAll(/:root\s*\{([^}]*)\}/g)].map(([, body]) => body).join(';');
	for (const [, name, value] of root.matchAll(/(--[\w-]+):\s*([^;}]+)/g)) {
		tokens.set(name, value.replace(/^light-dark\(((?:[^(),]|\([^)]*\))+),[\s\S]*\)$/, '$1').trim());
	}
	return tokens;
}

/**
 * The site's CSS made fit for an SVG renderer: tokens replaced by their light
 * values, and media queries, keyframes and non-SVG rules dropped.
 */
export function stylesForImage(css: string): string {
	const tokens = lightTokens(css);
	const resolve = (value: string): string => value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => resolve(tokens.get(name) ?? 'initial'));
	let stripped = css;
	// Drop at-rules with nested blocks (media queries, keyframes): renderers ignore or choke on them.
	for (;;) {
		const at = stripped.search(/@(media|keyframes|supports)[^{]*\{/);
		if (at < 0) break;
		let depth = 0;
		let end = stripped.indexOf('{', at);
		for (; end < stripped.length; end += 1) {
			if (stripped[end] === '{') depth += 1;
			if (stripped[end] === '}' && --depth === 0) break;
		}
		stripped = stripped.slice(0, at) + stripped.slice(end + 1);
	}
	return (
		[...stripped.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
			.filter(([, selector]) => !selector.includes(':root') && !/::?(backdrop|focus|hover|disabled)/.test(selector))
			// Svelte scopes descendants as `.a .b:where(.svelte-x)`; SVG renderers know no :where().
			.map(([, selector, body]) => `${selector.trim().replace(/:where\((\.[\w-]+)\)/g, '$1')}{${resolve(body)}}`)
			.join('\n')
	);
}

export interface ImageText {
	title: string;
	takeaway: string;
	source: string;
	credit: string;
}

/** Wrapped to at most `max` lines; a text that needs more ends its last line with an ellipsis, never cut mid-thought unmarked. */
function linesOf(text: string, width: number, fontSize: number, max: number): string[] {
	const lines = wrapText(text, width, fontSize);
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	let last = `${kept[max - 1]}…`;
	while (estimateTextWidth(last, fontSize) > width && last.includes(' ')) last = `${last.slice(0, last.lastIndexOf(' '))}…`;
	kept[max - 1] = last;
	return kept;
}

/** Where the card's words go, and the box left for the chart between them. */
function cardLayout(text: ImageText) {
	const width = imageSize.width - margin * 2;
	const titleLines = linesOf(text.title, width, 34, 2);
	const takeawayLines = linesOf(text.takeaway, width, 20, 3);
	const sourceLines = linesOf(`${text.source} · ${text.credit}`, width, 15, 2);
	let y = margin + 34;
	const lines: string[] = [];
	for (const line of titleLines) {
		lines.push(`<text class="image-title" x="${margin}" y="${y}">${escapeText(line)}</text>`);
		y += 42;
	}
	y += 4;
	for (const line of takeawayLines) {
		lines.push(`<text class="image-takeaway" x="${margin}" y="${y}">${escapeText(line)}</text>`);
		y += 28;
	}
	const sourceTop = imageSize.height - margin - (sourceLines.length - 1) * 20;
	sourceLines.forEach((line, index) =>
		lines.push(`<text class="image-source" x="${margin}" y="${sourceTop + index * 20}">${escapeText(line)}</text>`)
	);
	return { lines, box: { x: margin, y: y + 4, width, height: sourceTop - 28 - (y + 4) } };
}

/** Room for labels a drawing lets run past its box. */
const overflow = { right: 12, bottom: 28 };

/** The size to draw a chart at for its card: the box it gets there, so it is drawn one unit to one pixel and its text keeps its size. */
export function drawingSizeFor(text: ImageText): { width: number; height: number } {
	const { box } = cardLayout(text);
	return { width: box.width - overflow.right, height: box.height - overflow.bottom };
}

/** Title, takeaway, the chart and its source on one card, sized for social sharing. */
export function composeChartImage(chart: ReturnType<typeof extractChartSvg>, css: string, text: ImageText): string {
	const { lines, box } = cardLayout(text);
	// A drawing made at drawingSizeFor fits as it is; any other is scaled down to fit.
	const scale = Math.min(1, box.width / (chart.width + chart.left + overflow.right), box.height / (chart.height + chart.top + overflow.bottom));
	const tokens = lightTokens(css);
	const ink = tokens.get('--c-ink') ?? 'black';
	const muted = tokens.get('--c-muted') ?? 'gray';
	const chartSvg = `<g transform="translate(${box.x + chart.left * scale} ${box.y + chart.top * scale}) scale(${scale})">${transformsToAttributes(chart.inner)}</g>`;

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${imageSize.width}" height="${imageSize.height}" viewBox="0 0 ${imageSize.width} ${imageSize.height}" font-family="Liberation Sans, DejaVu Sans, Noto Sans CJK TC, Helvetica, Arial, sans-serif">`,
		`<style>${stylesForImage(css)}
.image-title{font-size:34px;font-weight:700;fill:${ink}}.image-takeaway{font-size:20px;fill:${muted}}.image-source{font-size:15px;fill:${muted}}</style>`,
		`<rect width="100%" height="100%" fill="${tokens.get('--c-bg') ?? 'white'}"/>`,
		...lines,
		chartSvg,
		`</svg>`
	].join('\n');
}
