import { spanStart, type PartialDate } from '$lib/data/partial-date';
import { intlTag, type Locale } from './locale';

/** 430,000 in English; 43萬 in Chinese when compact. */
export function formatNumber(locale: Locale, value: number): string {
	return new Intl.NumberFormat(intlTag[locale]).format(value);
}

/** 1.01 million, 430 thousand: for short labels. */
export function formatCompact(locale: Locale, value: number): string {
	return new Intl.NumberFormat(intlTag[locale], { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }).format(value);
}

/** A date printed no more precisely than it is known: "7 December 2024", "September 2024", "2020". */
export function formatPartialDate(locale: Locale, date: PartialDate): string {
	const options: Intl.DateTimeFormatOptions =
		date.precision === 'day'
			? { day: 'numeric', month: 'long', year: 'numeric' }
			: date.precision === 'month'
				? { month: 'long', year: 'numeric' }
				: { year: 'numeric' };
	return new Intl.DateTimeFormat(intlTag[locale], { ...options, timeZone: 'UTC' }).format(spanStart(date));
}

/** "Dec 2024", "Sep 2024": for axis-side labels where space is short. */
export function formatShortDate(locale: Locale, date: PartialDate): string {
	const options: Intl.DateTimeFormatOptions =
		date.precision === 'year' ? { year: 'numeric' } : { month: 'short', year: 'numeric' };
	return new Intl.DateTimeFormat(intlTag[locale], { ...options, timeZone: 'UTC' }).format(spanStart(date));
}
