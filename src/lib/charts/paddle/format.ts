import { formatNumber } from '$lib/i18n/format';
import { intlTag, type Locale } from '$lib/i18n/locale';

/**
 * A count as a reader says it: 430,000 below a million, 1.01 or 21.85 million
 * above. Unlike formatCompact (three significant digits) it keeps a fourth, so
 * 21.85 million is not rounded to 21.9 million.
 */
export function formatFigure(locale: Locale, value: number): string {
	if (value < 1_000_000) return formatNumber(locale, value);
	return new Intl.NumberFormat(intlTag[locale], { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 4 }).format(value);
}
