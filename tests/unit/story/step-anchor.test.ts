import { describe, expect, it } from 'vitest';
import { stepAnchor, stepFromHash } from '$lib/story/step-anchor';

describe('a step’s address', () => {
	it('counts steps from 1, as readers do, and reads back the same step', () => {
		expect(stepAnchor('launches', 2)).toBe('launches-3');
		for (const step of [0, 1, 3]) expect(stepFromHash(`#${stepAnchor('paddle', step)}`, 'paddle', 4)).toBe(step);
	});

	it('ignores another chart’s step, a step the chart lacks, and anything else', () => {
		for (const hash of ['#maturity-2', '#launches-0', '#launches-5', '#launches-', '#launches', '', '#intro', '#launches-2x']) {
			expect(stepFromHash(hash, 'launches', 4), hash).toBeNull();
		}
	});
});
