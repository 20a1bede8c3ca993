/**
 * Text measurement without a DOM, so layouts stay pure and identical on the
 * server and in the browser. CJK characters are a full em wide; Latin text
 * averages a little over half an em in the system sans-serif faces.
 */
const wide = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;

export function estimateTextWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += wide.test(char) ? 1 : char === ' ' ? 0.28 : 0.56;
	return ems * fontSize;
}

/** Breaks text into lines no wider than maxWidth, at spaces (Latin) or between characters (CJK). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
	const tokens = text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+\s*|\s+/g) ?? [];
	const lines: string[] = [];
	let line = '';
	for (const token of tokens) {
		if (line !== '' && estimateTextWidth((line + token).trimEnd(), fontSize) > maxWidth) {
			lines.push(line.trimEnd());
			line = token.trimStart();
		} else {
			line += token;
		}
	}
	if (line.trim() !== '') lines.push(line.trimEnd());
	return lines;
}

/** Joins label parts on one line: a space between Latin words, none where Chinese meets anything ("模型110萬"). */
export function joinParts(parts: readonly string[]): string {
	return parts.reduce((line, part) => {
		if (line === '') return part;
		return wide.test(line.at(-1) ?? '') || wide.test(part[0] ?? '') ? line + part : `${line} ${part}`;
	}, '');
}
