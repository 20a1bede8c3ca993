import { describe, expect, it } from 'vitest';
import { compareDates, parsePartialDate, spanContains, spanEnd, spanStart } from '$lib/data/partial-date';

describe('dates keep the precision their source gives', () => {
	it('reads a day, a month and a year', () => {
		expect(parsePartialDate('2024-12-07')).toEqual({ iso: '2024-12-07', precision: 'day' });
		expect(parsePartialDate('2024-09')).toEqual({ iso: '2024-09', precision: 'month' });
		expect(parsePartialDate('2020')).toEqual({ iso: '2020', precision: 'year' });
	});

	it('refuses other shapes and impossible dates', () => {
		for (const text of ['09/2024', '2024-9', '2024-13', '2023-02-29', '2024-12-07T00:00', ' 2024', '']) {
			expect(parsePartialDate(text), text).toBeNull();
		}
		expect(parsePartialDate('2024-02-29')).not.toBeNull();
	});

	it('gives a month-only date the whole month as its span', () => {
		const september = parsePartialDate('2024-09')!;
		expect(spanStart(september).toISOString()).toBe('2024-09-01T00:00:00.000Z');
		expect(spanEnd(september).toISOString()).toBe('2024-10-01T00:00:00.000Z');
		expect(spanEnd(parsePartialDate('2024-12')!).toISOString()).toBe('2025-01-01T00:00:00.000Z');
		expect(spanEnd(parsePartialDate('2020')!).toISOString()).toBe('2021-01-01T00:00:00.000Z');
	});

	it('knows whether one date falls within another', () => {
		const june = parsePartialDate('2024-06')!;
		expect(spanContains(june, parsePartialDate('2024-06-14')!)).toBe(true);
		expect(spanContains(june, parsePartialDate('2024-11-28')!)).toBe(false);
		expect(spanContains(parsePartialDate('2018')!, parsePartialDate('2018-11-14')!)).toBe(true);
	});

	it('orders by start, the less precise first', () => {
		const dates = ['2024-09-13', '2024-09', '2024'].map((text) => parsePartialDate(text)!);
		expect(dates.sort(compareDates).map((date) => date.iso)).toEqual(['2024', '2024-09', '2024-09-13']);
	});
});
