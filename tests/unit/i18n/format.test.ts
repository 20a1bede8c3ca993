import { describe, expect, it } from 'vitest';
import { formatCompact, formatNumber, formatPartialDate, formatShortDate } from '$lib/i18n/format';

describe('English number and date formats', () => {
	it('groups thousands and writes millions in words when compact', () => {
		expect(formatNumber('en', 430000)).toBe('430,000');
		expect(formatCompact('en', 1010000)).toBe('1.01 million');
	});

	it('prints a date no more precisely than it is known', () => {
		expect(formatPartialDate('en', { iso: '2024-12-07', precision: 'day' })).toBe('7 December 2024');
		expect(formatPartialDate('en', { iso: '2024-09', precision: 'month' })).toBe('September 2024');
		expect(formatPartialDate('en', { iso: '2020', precision: 'year' })).toBe('2020');
		expect(formatShortDate('en', { iso: '2024-09', precision: 'month' })).toBe('Sept 2024');
	});
});
