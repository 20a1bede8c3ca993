/**
 * Text measurement without a DOM, so layouts stay pure and identical on the
 * server and in the browser. CJK characters are a full em wide; Latin text
 * averages a little over half an em in the system sans-serif faces, and
 * digits, all of one width, a little more.
 */
const wideRange = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF';
const wide = new RegExp(`[${wideRange}]`);
/** A short term in Chinese quotes or brackets ("「上線」"), kept whole as a reader says it. */
const shortQuoted = '「[^「」\\s]{1,4}」|『[^『』\\s]{1,4}』|（[^（）\\s]{1,4}）';
/** A short quoted term, a wide character alone, a Latin word with the spaces after it, or a run of spaces. */
const piece = new RegExp(`${shortQuoted}|[${wideRange}]|[^\\s${wideRange}]+\\s*|\\s+`, 'g');
const digit = /\d/;
/** A word joiner: no width, and no line break on either side of it. */
const glue = '\u2060';

export function estimateTextWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += char === glue ? 0 : wide.test(char) ? 1 : char === ' ' ? 0.28 : digit.test(char) ? 0.6 : 0.56;
	return ems * fontSize;
}

/** The text with each of `terms` (a person's name: 許錦波) glued so that no line breaks inside it. */
export function keepWhole(text: string, terms: readonly string[]): string {
	return terms.reduce((glued, term) => ([...term].length > 1 ? glued.replaceAll(term, [...term].join(glue)) : glued), text);
}

/** The width of a block of lines: its widest line's. */
export function widestLine(lines: readonly string[], fontSize: number): number {
	return Math.max(0, ...lines.map((line) => estimateTextWidth(line, fontSize)));
}

/** Punctuation that never starts a line, and brackets that never end one. */
const closing = /^[，。、；：！？）」』》〉】,.;:!?)]/;
const opening = /[（「『《〈【(]$/;
const ideograph = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/**
 * Whether a line may break between two pieces of text: at a space, or between
 * Chinese characters, but never before closing punctuation, after an opening
 * bracket, inside a short quoted term, or between a number and the Chinese
 * unit beside it ("2024年"), nor inside a term kept whole (keepWhole).
 */
function breakable(before: string, after: string): boolean {
	if (before.endsWith(glue) || after.startsWith(glue)) return false;
	if (/\s$/.test(before)) return true;
	if (closing.test(after) || opening.test(before)) return false;
	const last = before.at(-1) ?? '';
	const first = after[0] ?? '';
	if ((digit.test(last) && ideograph.test(first)) || (ideograph.test(last) && digit.test(first))) return false;
	return wide.test(last) || wide.test(first);
}

/** Text cut where a line may break: Latin words (with their spaces) and Chinese characters, glued where they may not. */
function breakUnits(text: string): string[] {
	const units: string[] = [];
	for (const [next] of text.matchAll(piece)) {
		const previous = units.at(-1);
		if (previous !== undefined && !breakable(previous, next)) units[units.length - 1] = previous + next;
		else units.push(next);
	}
	return units;
}

/**
 * Breaks text into lines no wider than maxWidth (a unit wider than that gets a
 * line of its own). A Chinese line is never left with a single character: the
 * line before gives it one more.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
	const lines: string[][] = [];
	let line: string[] = [];
	for (const unit of breakUnits(text)) {
		if (line.length > 0 && estimateTextWidth((line.join('') + unit).trimEnd(), fontSize) > maxWidth) {
			lines.push(line);
			line = [unit.trimStart()];
		} else {
			line.push(unit);
		}
	}
	if (line.join('').trim() !== '') lines.push(line);
	const last = lines.at(-1);
	const previous = lines.at(-2);
	if (last && previous && previous.length > 1 && [...last.join('')].length === 1 && wide.test(last[0])) last.unshift(previous.pop()!);
	return lines.map((units) => units.join('').trim());
}

/** Joins label parts on one line: a space between Latin words, none where Chinese meets anything ("模型110萬"). */
export function joinParts(parts: readonly string[]): string {
	return parts.reduce((line, part) => {
		if (line === '') return part;
		return wide.test(line.at(-1) ?? '') || wide.test(part[0] ?? '') ? line + part : `${line} ${part}`;
	}, '');
}
