/**
 * A control page for the LCP target: the built story's headings, paragraphs
 * and list items as plain HTML, with no style, script, drawing or table. It is
 * the least a page carrying the story's own words can weigh, so its LCP ÷
 * baseline shows how much of the story's ratio is the text alone.
 */
export function textOnlyPage(storyHtml) {
	const lang = storyHtml.match(/<html lang="([^"]+)"/)?.[1] ?? 'en';
	const title = storyHtml.match(/<title>([\s\S]*?)<\/title>/)?.[1] ?? '';
	const article = storyHtml.match(/<article[\s\S]*<\/article>/)?.[0] ?? '';
	const blocks = article
		.replace(/<(svg|table|figure|style|script|noscript|template)\b[\s\S]*?<\/\1>/g, '')
		.match(/<(h1|h2|h3|p|li)\b[^>]*>[\s\S]*?<\/\1>/g) ?? [];
	const body = blocks.map((block) => {
		const source = block.match(/^<(\w+)/)[1];
		const tag = source === 'li' ? 'p' : source;
		const text = block.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
		return text ? `<${tag}>${text}</${tag}>` : '';
	});
	return [
		'<!doctype html>',
		`<html lang="${lang}">`,
		'<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />',
		'<meta name="description" content="The benchmark’s control: the story’s words alone." /><link rel="icon" href="data:," />',
		`<title>${title}</title></head>`,
		`<body>${body.join('\n')}</body>`,
		'</html>'
	].join('\n');
}
