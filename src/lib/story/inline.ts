import { parseSources, type SourceRef } from '$lib/data/sources';

/** A run of story text: plain, emphasised, a link, or a citation of its source. */
export type InlineToken =
	| { kind: 'text'; text: string }
	| { kind: 'em'; text: string }
	| { kind: 'link'; text: string; href: string }
	| { kind: 'cite'; sources: SourceRef[] };

const pattern = /\[\[([^\]]+)\]\]|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)|\*([^*]+)\*/g;

/**
 * Parses the few inline marks content files may use (see src/content/README.md).
 * Everything else stays text, so nothing in a content file can become markup.
 */
export function parseInline(text: string, paragraphs: ReadonlySet<string>): InlineToken[] {
	const tokens: InlineToken[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		const [, cite, linkText, href, em] = match;
		// A citation attaches to the word before it, as a footnote mark does: no space for a line to break at.
		const before = cite === undefined ? text.slice(last, match.index) : text.slice(last, match.index).trimEnd();
		if (before !== '') tokens.push({ kind: 'text', text: before });
		if (cite !== undefined) tokens.push({ kind: 'cite', sources: parseSources(cite, paragraphs) });
		else if (href !== undefined) tokens.push({ kind: 'link', text: linkText, href });
		else tokens.push({ kind: 'em', text: em });
		last = match.index + match[0].length;
	}
	if (last < text.length) tokens.push({ kind: 'text', text: text.slice(last) });
	return tokens;
}

/** The words alone, for word counts, meta descriptions and screen-reader summaries. */
export function plainText(tokens: readonly InlineToken[]): string {
	return tokens
		.map((token) => (token.kind === 'cite' ? '' : token.text))
		.join('')
		.replace(/\s+([,.;:])/g, '$1')
		.replace(/\s{2,}/g, ' ')
		.trim();
}
