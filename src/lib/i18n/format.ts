import { spanStart, type PartialDate } from '$lib/data/partial-date';
import { intlTag, type Locale } from './locale';

/*
 * One formatter per locale and style, made once: making an Intl formatter
 * costs far more than using one, and a chart formats hundreds of labels a drawing.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
	const known = formatters.get(key) as F | undefined;
	if (known) return known;
	const made = make();
	formatters.set(key, made);
	return made;
}

const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions = {}) =>
	formatter(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(intlTag[locale], options));

const dateFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
	formatter(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(intlTag[locale], { ...options, timeZone: 'UTC' }));

/** Every digit: 430,000 in English, 430,000 in Chinese tables too. */
export function formatNumber(locale: Locale, value: number): string {
	return numberFormat(locale).format(value);
}

/**
 * Counts as readers say them: 430,000 and 21.85 million in English; 43萬 and
 * 2185萬 (43万, 2185万) in Chinese. Four significant digits, so a published
 * 21.85 million is not rounded to 21.9.
 */
export function formatCount(locale: Locale, value: number): string {
	return locale === 'en' && Math.abs(value) < 1_000_000 ? formatNumber(locale, value) : formatCompact(locale, value, 4);
}

/** Short: 1.01 million in English; 101萬 / 101万 in Chinese. */
export function formatCompact(locale: Locale, value: number, significantDigits = 3): string {
	return numberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: significantDigits }).format(value);
}

/** A date printed no more precisely than it is known: "7 December 2024", "September 2024", "2024年9月". */
export function formatPartialDate(locale: Locale, date: PartialDate): string {
	const options: Intl.DateTimeFormatOptions =
		date.precision === 'day'
			? { day: 'numeric', month: 'long', year: 'numeric' }
			: date.precision === 'month'
				? { month: 'long', year: 'numeric' }
				: { year: 'numeric' };
	return dateFormat(locale, options).format(spanStart(date));
}

/** "Sept 2024" / "2024年9月": for labels where space is short; never more precise than the month. */
export function formatShortDate(locale: Locale, date: PartialDate): string {
	const options: Intl.DateTimeFormatOptions = date.precision === 'year' ? { year: 'numeric' } : { month: 'short', year: 'numeric' };
	return dateFormat(locale, options).format(spanStart(date));
}
