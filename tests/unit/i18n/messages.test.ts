import { describe, expect, it } from 'vitest';
import { charts } from '$lib/charts/registry';
import { messagesFor } from '$lib/i18n/messages.server';
import { uiMessages } from '$lib/i18n/ui';

/** Every leaf of a messages object, as [path, value]. */
function leaves(value: unknown, path = ''): [string, unknown][] {
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
	return [[path, value]];
}

/** Strings that read the same in every language. */
const universal = /^(CSV|JSON|\{kb\} KB|[\s{}\w]*\{\w+\}[\s{}\w]*)$/;

const sources = [{ name: 'site', messages: uiMessages }, ...charts.map((chart) => ({ name: chart.id, messages: chart.messages }))];

describe('messages in every edition', () => {
	for (const { name, messages } of sources) {
		it(`${name}: Traditional Chinese has exactly the English keys`, () => {
			expect(
				leaves(messages['zh-hant'])
					.map(([path]) => path)
					.sort()
			).toEqual(
				leaves(messages.en)
					.map(([path]) => path)
					.sort()
			);
		});

		it(`${name}: nothing is left untranslated`, () => {
			const english = new Map(leaves(messages.en));
			for (const [path, value] of leaves(messages['zh-hant'])) {
				if (typeof value === 'number') continue;
				expect(typeof value, path).toBe('string');
				// Placeholders in punctuation alone ('「{text}」') read the same in any language.
				if (universal.test(String(value)) || !/[\p{L}]/u.test(String(value).replace(/\{\w+\}/g, ''))) continue;
				expect(value, `${name}.${path}`).not.toBe(english.get(path));
				const words = String(value).replace(/\{\w+\}/g, '');
				if (!/[\u3400-\u9fff]/.test(words)) expect(words, `${name}.${path}`).not.toMatch(/[A-Za-z]{2}/);
			}
		});
	}

	it('makes the Simplified edition from the Traditional one on the server', () => {
		const simplified = messagesFor('zh-hans');
		expect(simplified.ui.getData).toBe('下载数据');
		expect(leaves(simplified).map(([path]) => path)).toEqual(leaves(messagesFor('zh-hant')).map(([path]) => path));
	});
});
