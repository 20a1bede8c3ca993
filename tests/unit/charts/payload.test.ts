import { describe, expect, it } from 'vitest';
import { jsonForScript } from '$lib/charts/payload';

describe('a chart’s data written into its page', () => {
	const hostile = { note: '</script><script>alert(1)</script><!--', line: 'a\u2028b\u2029c', 引: '「引號」' };

	it('cannot end its <script> element or open a comment, whatever the data holds', () => {
		const written = jsonForScript(hostile);
		expect(written).not.toContain('<');
		expect(written).not.toMatch(/[\u2028\u2029]/);
	});

	it('reads back exactly as it was', () => {
		expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
	});
});
