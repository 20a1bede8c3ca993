import * as OpenCC from 'opencc-js';

/**
 * The Simplified Chinese edition is generated from the Traditional one at build
 * time, so the two never drift: OpenCC's Taiwan-to-mainland conversion with
 * phrases (人工智慧 → 人工智能, 軟體 → 软件), then the desk's own corrections.
 *
 * Every phrase-level change this makes to the story and the chart text is listed
 * in conversions.zh-hans.tsv, which tests/unit/i18n/conversions.test.ts checks
 * against the build; see src/content/README.md for how to accept a change.
 */
export const taiwanToMainland = OpenCC.Converter({ from: 'twp', to: 'cn' });

/**
 * Passages written separately for the Simplified edition, where converting the
 * Traditional words would say something false. [Traditional as written in the
 * zh-hant source, Simplified as printed], used verbatim.
 */
export const handWritten: readonly (readonly [string, string])[] = [
	// The methods note shows the source text's conversion errors: converted, 鬍厚崑 would become 胡厚崑 and the sentence would correct a name into itself.
	[
		'我們取得的版本是由簡體機器轉換成繁體。引文保留原文字句，只改正轉換造成的錯字，例如把「爲」改為「為」。轉換也把胡厚崑印成「鬍厚崑」，把記者徐慶群印成「徐慶羣」，本文已改正。',
		'原文以简体发表，我们取得的却是机器转换成繁体的版本。本版引文转回简体，字句不改。繁体转换把胡厚崑印成“鬍厚崑”，把记者徐庆群印成“徐慶羣”，本文已改正。'
	]
];

/**
 * Words OpenCC's phrase tables turn into a different mainland word that is wrong
 * here; they are converted character by character instead.
 */
export const characterOnly: readonly string[] = [
	// 序列 (sequence, series) is not the computing term 串行: 氨基酸序列, 时间序列.
	'序列',
	// 核心研發團隊 is a core team, not an operating-system kernel (内核).
	'核心',
	// 存檔 (archived) is not 存盘 (saved to disk).
	'存檔',
	// 技術路線上的啟示 would become 技术路在线的启示; 线上 is mainland usage for "online" too.
	'線上',
	// 指標 (a metric, the table's column) is not 指针 (a pointer).
	'指標',
	// 复制 is the mainland word on a copy button; 拷贝 reads as jargon.
	'複製',
	// The people who use a model, not a product's 用户.
	'使用者'
];

/** Mainland usage and punctuation the conversion does not give. Applied to the converted text, in order. */
export const termOverrides: readonly (readonly [string, string])[] = [
	['数据源', '资料来源'],
	// 資料包 is a data package (数据包), not a network datagram (数据报).
	['数据报', '数据包'],
	// Hu Houkun keeps 崑 in his name in mainland usage too.
	['胡厚昆', '胡厚崑'],
	// Mainland words for the Taiwan words of our own prose that OpenCC leaves as they are.
	['报导', '报道'],
	['电脑视觉', '计算机视觉'],
	['图像辨识', '图像识别'],
	['语音辨识', '语音识别'],
	['AI代理', '智能体'],
	['职涯', '职业'],
	['纪录', '记录'],
	['参考档', '参考文件'],
	['倚赖', '依赖'],
	['建构', '构建'],
	['「', '“'],
	['」', '”'],
	['『', '‘'],
	['』', '’'],
	// Article titles take 《》 in mainland usage, as publications do.
	['〈', '《'],
	['〉', '》']
];

/** A run of the Traditional text and how it is made Simplified; `source` is what was written, `text` what goes in. */
export type Piece = { source: string; text: string; as: 'convert' | 'characters' | 'verbatim' };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text cut into runs to convert, words to convert character by character, and hand-written passages. */
export function pieces(traditional: string): Piece[] {
	const written = new Map(handWritten);
	const special = new RegExp([...written.keys(), ...characterOnly].map(escape).join('|'), 'g');
	const result: Piece[] = [];
	let last = 0;
	for (const match of traditional.matchAll(special)) {
		if (match.index > last) result.push({ source: traditional.slice(last, match.index), text: traditional.slice(last, match.index), as: 'convert' });
		const replacement = written.get(match[0]);
		result.push(
			replacement === undefined ? { source: match[0], text: match[0], as: 'characters' } : { source: match[0], text: replacement, as: 'verbatim' }
		);
		last = match.index + match[0].length;
	}
	if (last < traditional.length) result.push({ source: traditional.slice(last), text: traditional.slice(last), as: 'convert' });
	return result;
}

const overridden = (text: string) => termOverrides.reduce((result, [from, to]) => result.replaceAll(from, to), text);

export function toSimplified(traditional: string): string {
	return pieces(traditional)
		.map((piece) =>
			piece.as === 'verbatim'
				? piece.text
				: overridden(piece.as === 'convert' ? taiwanToMainland(piece.text) : [...piece.text].map((character) => taiwanToMainland(character)).join(''))
		)
		.join('');
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
