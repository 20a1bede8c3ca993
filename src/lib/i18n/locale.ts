/** The editions the story is published in. Only English ships for now. */
export const locales = ['en'] as const;
export type Locale = (typeof locales)[number];

/** BCP 47 tags used for Intl and for <html lang>. */
export const intlTag: Record<Locale, string> = { en: 'en-GB' };
