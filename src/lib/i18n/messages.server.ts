import { charts } from '$lib/charts/registry';
import type { Locale } from './locale';
import { toSimplified } from './simplify.server';
import { uiMessages, type UiMessages } from './ui';

/** Every string in a JSON-like value, converted; the shape is kept. */
function simplifyDeep<T>(value: T): T {
	if (typeof value === 'string') return toSimplified(value) as T;
	if (Array.isArray(value)) return value.map(simplifyDeep) as T;
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, simplifyDeep(inner)])) as T;
	return value;
}

export interface Messages {
	ui: UiMessages;
	/** Each chart's own words, by chart id. */
	charts: Record<string, unknown>;
}

/** A locale's messages, ready for the browser: zh-hans generated from zh-hant here, on the server. */
export function messagesFor(locale: Locale): Messages {
	const written = locale === 'zh-hans' ? 'zh-hant' : locale;
	const messages: Messages = {
		ui: uiMessages[written],
		charts: Object.fromEntries(charts.map((chart) => [chart.id, chart.messages[written]]))
	};
	return locale === 'zh-hans' ? simplifyDeep(messages) : messages;
}
