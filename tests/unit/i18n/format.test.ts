import { describe, expect, it } from 'vitest';
import { formatCompact, formatCount, formatNumber, formatPartialDate, formatShortDate } from '$lib/i18n/format';

const september = { iso: '2024-09', precision: 'month' } as const;
const yuangu = { iso: '2024-12-07', precision: 'day' } as const;

describe('numbers in each edition', () => {
	it('groups thousands in English and writes millions in words when compact', () => {
		expect(formatNumber('en', 430000)).toBe('430,000');
		expect(formatCount('en', 430000)).toBe('430,000');
		expect(formatCount('en', 21850000)).toBe('21.85 million');
		expect(formatCompact('en', 1010000)).toBe('1.01 million');
	});

	it('counts in 萬 in Traditional and 万 in Simplified Chinese', () => {
		expect(formatCount('zh-hant', 430000)).toBe('43萬');
		expect(formatCount('zh-hant', 1010000)).toBe('101萬');
		expect(formatCount('zh-hans', 430000)).toBe('43万');
		expect(formatCount('zh-hans', 1000000)).toBe('100万');
		expect(formatCount('zh-hant', 18080000)).toBe('1808萬');
	});
});

describe('dates in each edition, never more precise than known', () => {
	it('writes days, months and years in English', () => {
		expect(formatPartialDate('en', yuangu)).toBe('7 December 2024');
		expect(formatPartialDate('en', september)).toBe('September 2024');
		expect(formatPartialDate('en', { iso: '2020', precision: 'year' })).toBe('2020');
		expect(formatShortDate('en', september)).toBe('Sept 2024');
	});

	it('writes 2024年12月7日 and a month-only 2024年9月 in Chinese', () => {
		expect(formatPartialDate('zh-hant', yuangu)).toBe('2024年12月7日');
		expect(formatPartialDate('zh-hant', september)).toBe('2024年9月');
		expect(formatPartialDate('zh-hans', september)).toBe('2024年9月');
		expect(formatShortDate('zh-hant', yuangu)).toBe('2024年12月');
	});
});
