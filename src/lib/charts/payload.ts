import type { Locale } from '$lib/i18n/locale';
import type { UiMessages } from '$lib/i18n/ui';
import type { ChartPayload } from './live/mount';

/**
 * What the browser needs, besides the chart's code, to draw it live: its data
 * and words in one edition, and the story's path, for links to a step.
 */
export function chartPayload(data: unknown, messages: unknown, locale: Locale, ui: UiMessages, storyPath: string): ChartPayload {
	return {
		data,
		messages,
		locale,
		storyPath,
		labels: {
			source: ui.detailsSource,
			confidence: ui.detailsConfidence,
			paragraph: ui.citeParagraph,
			close: ui.closeDetails,
			stepLink: ui.linkToStep
		}
	};
}

/** A data block with the chart's words and data, for the browser: a <script> it never runs. */
export function payloadScript(payload: ChartPayload): string {
	return `<script type="application/json" data-chart-payload>${jsonForScript(payload)}</script>`;
}

/**
 * JSON safe to write inside a <script> element: no "<" can close the element
 * or open a comment, and the two line separators JavaScript once refused are
 * escaped too. JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
