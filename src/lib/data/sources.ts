/**
 * Where a row comes from: paragraphs of the source article ("p7") or the URL of
 * a row in shared/reference. A cell may name several, separated by spaces.
 */
export type SourceRef = { kind: 'paragraph'; id: string } | { kind: 'reference'; url: string };

const paragraphId = /^p[1-9]\d*$/;

/** Parses a `source` cell; throws a reason an editor can act on. */
export function parseSources(cell: string, knownParagraphs: ReadonlySet<string>): SourceRef[] {
	const tokens = cell.split(/\s+/).filter(Boolean);
	if (tokens.length === 0) throw new Error('missing source: give a paragraph id such as p7 or a reference URL');
	return tokens.map((token): SourceRef => {
		if (paragraphId.test(token)) {
			if (!knownParagraphs.has(token)) throw new Error(`unknown paragraph id "${token}"`);
			return { kind: 'paragraph', id: token };
		}
		if (/^https?:\/\/\S+$/.test(token)) return { kind: 'reference', url: token };
		throw new Error(`"${token}" is neither a paragraph id (p1…) nor an http(s) URL`);
	});
}

export function paragraphIds(sources: readonly SourceRef[]): string[] {
	return sources.flatMap((source) => (source.kind === 'paragraph' ? [source.id] : []));
}
