import type { Locale } from './locale';

/**
 * A data row's text in the reader's language: `name_en` in English, `name_zh`
 * in either Chinese edition (converted to Simplified on the server for zh-hans).
 */
export function pick<K extends string>(row: Record<`${K}_en` | `${K}_zh`, string>, key: K, locale: Locale): string {
	return row[`${key}_${locale === 'en' ? 'en' : 'zh'}`];
}
