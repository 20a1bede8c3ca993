import { localeOf } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages.server';

export const load = ({ params }: { params: Partial<Record<string, string>> }) => {
	const locale = localeOf(params.edition);
	return { locale, messages: messagesFor(locale) };
};
