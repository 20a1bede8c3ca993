import type { SourceRef } from '$lib/data/sources';

/** "¶7; https://…": a source cell as a reader sees it in a table. */
export function describeSources(sources: readonly SourceRef[]): string {
	return sources.map((source) => (source.kind === 'paragraph' ? `¶${source.id.slice(1)}` : source.url)).join('; ');
}
