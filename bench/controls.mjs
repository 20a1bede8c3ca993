/**
 * Control pages, built from the story itself, that show how much of a target
 * the story's content alone uses up on this machine. Both are plain HTML with
 * no style, script or drawing:
 * - the story's words: its headings, paragraphs and list items;
 * - the story's words and its data tables, collapsed as the story has them:
 *   the least a page meeting the issue's own content can carry, since each
 *   chart must come with a data table.
 */
export function storyWordsPage(storyHtml, { withTables = false } = {}) {
	const lang = storyHtml.match(/<html lang="([^"]+)"/)?.[1] ?? 'en';
	const title = storyHtml.match(/<title>([\s\S]*?)<\/title>/)?.[1] ?? '';
	const article = storyHtml.match(/<article[\s\S]*<\/article>/)?.[0] ?? '';
	const blocks =
		article.replace(/<(svg|table|figure|style|script|noscript|template)\b[\s\S]*?<\/\1>/g, '').match(/<(h1|h2|h3|p|li)\b[^>]*>[\s\S]*?<\/\1>/g) ?? [];
	const words = blocks.map((block) => {
		const source = block.match(/^<(\w+)/)[1];
		const tag = source === 'li' ? 'p' : source;
		const text = block
			.replace(/<[^>]+>/g, '')
			.replace(/\s+/g, ' ')
			.trim();
		return text ? `<${tag}>${text}</${tag}>` : '';
	});
	const tables = withTables ? (article.match(/<table\b[\s\S]*?<\/table>/g) ?? []).map(plainTable) : [];
	return [
		'<!doctype html>',
		`<html lang="${lang}">`,
		'<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />',
		'<meta name="description" content="A control page of the benchmark, made of the story’s own content." /><link rel="icon" href="data:," />',
		`<title>${title}</title></head>`,
		`<body>${[...words, ...tables].join('\n')}</body>`,
		'</html>'
	].join('\n');
}

const tableTags = new Set(['table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td']);

/** A table's structure, header scopes and text, without other attributes or inline markup, in a closed disclosure. */
function plainTable(table) {
	const plain = table
		.replace(/<(svg|style|script)\b[\s\S]*?<\/\1>/g, '')
		.replace(/<(\/?)(\w+)\b([^>]*)>/g, (_, end, tag, attributes) =>
			tableTags.has(tag) ? `<${end}${tag}${attributes.match(/ scope="\w+"/)?.[0] ?? ''}>` : ''
		)
		.replace(/\s+/g, ' ');
	return `<details><summary>Show the data as a table</summary>${plain}</details>`;
}
