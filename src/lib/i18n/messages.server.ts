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

const converted = new Map<Locale, Messages>();

/** A locale's messages, ready for the browser: zh-hans generated from zh-hant here, on the server, once per build. */
export function messagesFor(locale: Locale): Messages {
	const cached = converted.get(locale);
	if (cached) return cached;
	const written = locale === 'zh-hans' ? 'zh-hant' : locale;
	const messages: Messages = {
		ui: uiMessages[written],
		charts: Object.fromEntries(charts.map((chart) => [chart.id, chart.messages[written]]))
	};
	const ready = locale === 'zh-hans' ? simplifyDeep(messages) : messages;
	converted.set(locale, ready);
	return ready;
}
