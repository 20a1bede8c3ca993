import { describe, expect, it } from 'vitest';
import { ampHeightMessage, datawrapperHeightMessage, pymChildId, pymHeightMessage } from '$lib/embed/messages';
import { parseEmbedParams } from '$lib/embed/params';
import { embedSnippet, embedUrl } from '$lib/embed/snippet';
import { siteRoot } from '$lib/site/origin';

describe('embed URL parameters', () => {
	const parse = (search: string) => parseEmbedParams(search, 4, 2);

	it('default to the summary step, the reader’s theme and the full frame', () => {
		expect(parse('')).toEqual({ step: 2, theme: 'auto', plain: false });
	});

	it('take a step, clamping one out of range', () => {
		expect(parse('?step=0').step).toBe(0);
		expect(parse('?step=3').step).toBe(3);
		expect(parse('?step=99').step).toBe(3);
		expect(parse('?step=-5').step).toBe(0);
	});

	it('ignore a step that is not a whole number', () => {
		for (const garbage of ['?step=abc', '?step=1.5', '?step=', '?step=1e3', '?step=%3Cscript%3E']) expect(parse(garbage).step, garbage).toBe(2);
	});

	it('take light, dark or auto, and nothing else, as the theme', () => {
		expect(parse('?theme=dark').theme).toBe('dark');
		expect(parse('?theme=light').theme).toBe('light');
		expect(parse('?theme=javascript:alert(1)').theme).toBe('auto');
	});

	it('take plain=1 for a chart without its headline', () => {
		expect(parse('?plain=1').plain).toBe(true);
		expect(parse('?plain=0').plain).toBe(false);
	});
});

describe('height messages to the host page', () => {
	it('speak pym.js', () => {
		expect(pymHeightMessage('example-1', 712)).toBe('pymxPYMxexample-1xPYMxheightxPYMx712');
	});

	it('speak AMP and Datawrapper', () => {
		expect(ampHeightMessage(712)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 712 });
		expect(datawrapperHeightMessage('launches', 712)).toEqual({ 'datawrapper-height': { launches: 712 } });
	});

	it('read only a plain pym child id from the URL', () => {
		expect(pymChildId('?initialWidth=600&childId=chart-1&parentTitle=x')).toBe('chart-1');
		expect(pymChildId('?childId=x%22%3E%3Cimg')).toBeNull();
		expect(pymChildId('')).toBeNull();
	});
});

describe('the embed snippet', () => {
	const root = siteRoot('https://graphics.example.org/', '/graphics/science-models');

	it('points at the configured origin and base path', () => {
		expect(root).toBe('https://graphics.example.org/graphics/science-models/');
		expect(embedUrl(root, 'paddle', 1)).toBe('https://graphics.example.org/graphics/science-models/embed/paddle/?step=1');
	});

	it('works as a plain iframe: titled, lazy, with a reserved height, plus the loader script', () => {
		const snippet = embedSnippet({ root, chartId: 'launches', step: null, title: 'Launches' });
		expect(snippet).toMatch(
			/<iframe src="https:\/\/graphics\.example\.org\/graphics\/science-models\/embed\/launches\/" title="Launches" loading="lazy"/
		);
		expect(snippet).toMatch(/height:\d+px/);
		expect(snippet).toMatch(/<script async src="https:\/\/graphics\.example\.org\/graphics\/science-models\/embed\.js"><\/script>/);
		expect(snippet).not.toMatch(/sveltekit-prerender/);
	});

	it('escapes a title so it stays an attribute', () => {
		const snippet = embedSnippet({ root, chartId: 'launches', step: 2, title: '"><script>alert(1)</script>' });
		expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
		expect(snippet).toContain('data-step="2"');
	});
});
