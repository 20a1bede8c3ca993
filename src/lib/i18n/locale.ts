/** The editions: English at /, Traditional Chinese at /zh-hant/, Simplified Chinese at /zh-hans/. */
export const locales = ['en', 'zh-hant', 'zh-hans'] as const;
export type Locale = (typeof locales)[number];

/** The editions that live under a path segment of their own name. */
export const editionLocales = ['zh-hant', 'zh-hans'] as const satisfies readonly Locale[];

/** Locales whose words are written by hand; zh-hans is generated from zh-hant. */
export type WrittenLocale = Exclude<Locale, 'zh-hans'>;

/** BCP 47 tags for Intl formatting. */
export const intlTag: Record<Locale, string> = { en: 'en-GB', 'zh-hant': 'zh-TW', 'zh-hans': 'zh-CN' };

/** The value of <html lang> and hreflang. */
export const htmlLang: Record<Locale, string> = { en: 'en', 'zh-hant': 'zh-Hant', 'zh-hans': 'zh-Hans' };

/** An edition's own name, as its readers write it. */
export const editionName: Record<Locale, string> = { en: 'English', 'zh-hant': '繁體中文', 'zh-hans': '简体中文' };

export function localeOf(edition: string | undefined): Locale {
	return (locales as readonly string[]).includes(edition ?? '') ? (edition as Locale) : 'en';
}

/** The edition's path under the site root: '' for English, 'zh-hant/' for Traditional Chinese. */
export function editionPath(locale: Locale): string {
	return locale === 'en' ? '' : `${locale}/`;
}
