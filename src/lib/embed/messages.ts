/**
 * What an embedded chart page says to the host page about its height, in the
 * three dialects hosts already listen for, so no host needs our code.
 */

/** pym.js child → parent: `pymxPYMx<id>xPYMxheightxPYMx<px>`. */
export function pymHeightMessage(childId: string, height: number): string {
	return ['pym', childId, 'height', String(height)].join('xPYMx');
}

/** AMP's amp-iframe (and Datawrapper's own loader) resize request. */
export function ampHeightMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
	return { sentinel: 'amp', type: 'embed-size', height };
}

/** Datawrapper's responsive embed script. */
export function datawrapperHeightMessage(chartId: string, height: number): { 'datawrapper-height': Record<string, number> } {
	return { 'datawrapper-height': { [chartId]: height } };
}

/** The pym child id the parent gave in the iframe URL, if any. Only ids pym itself makes are accepted. */
export function pymChildId(search: string): string | null {
	const id = new URLSearchParams(search).get('childId');
	return id !== null && /^[\w-]{1,100}$/.test(id) ? id : null;
}
