import * as OpenCC from 'opencc-js';

/**
 * The Simplified Chinese edition is generated from the Traditional one at build
 * time, so the two never drift: OpenCC's Taiwan-to-mainland conversion with
 * phrases (人工智慧 → 人工智能, 軟體 → 软件), then the desk's own overrides.
 */
const taiwanToMainland = OpenCC.Converter({ from: 'twp', to: 'cn' });

/** Where the phrase conversion picks the wrong mainland word for this story, or punctuation differs. */
export const termOverrides: readonly (readonly [string, string])[] = [
	['数据源', '资料来源'],
	// Hu Houkun keeps 崑 in his name in mainland usage too.
	['胡厚昆', '胡厚崑'],
	['「', '“'],
	['」', '”'],
	['『', '‘'],
	['』', '’']
];

export function toSimplified(traditional: string): string {
	return termOverrides.reduce((text, [from, to]) => text.replaceAll(from, to), taiwanToMainland(traditional));
}

/** Every string under a key ending in `_zh` (name_zh, quote_zh …), converted; everything else as it was. */
export function simplifyChineseFields<T>(value: T, key = ''): T {
	if (typeof value === 'string') return (key.endsWith('_zh') ? toSimplified(value) : value) as T;
	if (Array.isArray(value)) return value.map((item) => simplifyChineseFields(item, key)) as T;
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([innerKey, inner]) => [innerKey, simplifyChineseFields(inner, innerKey)])) as T;
	}
	return value;
}
