export function embedUrl(root: string, chartId: string, step: number | null): string {
	const url = new URL(`embed/${chartId}/`, root);
	if (step !== null) url.searchParams.set('step', String(step));
	return url.href;
}

const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The height an embed reserves before it reports its own: no jump for most widths. */
export const reservedHeight = 760;

/**
 * The snippet an editor pastes: an iframe that works alone at a fixed height,
 * wrapped so /embed.js can find it and keep its height in sync.
 */
export function embedSnippet({ root, chartId, step, title }: { root: string; chartId: string; step: number | null; title: string }): string {
	const stepAttribute = step === null ? '' : ` data-step="${step}"`;
	return [
		`<div data-science-models-chart="${attribute(chartId)}"${stepAttribute}>`,
		`<iframe src="${attribute(embedUrl(root, chartId, step))}" title="${attribute(title)}" loading="lazy" scrolling="no" style="width:100%;height:${reservedHeight}px;border:0;display:block"></iframe>`,
		`</div>`,
		`<script async src="${attribute(new URL('embed.js', root).href)}"></script>`
	].join('\n');
}
