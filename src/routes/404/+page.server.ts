import { locales } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages.server';

export const load = () => ({ notFound: locales.map((locale) => ({ locale, ui: messagesFor(locale).ui })) });
