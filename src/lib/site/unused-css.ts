import postcss from 'postcss';

/*
 * Every page inlines the site's one stylesheet, which holds the scoped rules of
 * every chart's components. A rule scoped to a component that is not on the page
 * can match nothing (no page renders markup after it loads), so an embed of one
 * chart need not download the other charts' styles.
 */

const inlineStyle = /(<style[^>]*>)([\s\S]*?)(<\/style>)/g;
const scopeClass = /svelte-[a-z0-9]+/g;

/** Removes the selectors that need a component's scope class which no element on the page carries. */
export function dropUnusedScopedCss(html: string): string {
	const present = new Set(html.replace(inlineStyle, '').match(scopeClass));
	const matchable = (selector: string) => (selector.match(scopeClass) ?? []).every((scope) => present.has(scope));

	return html.replace(inlineStyle, (_, open: string, css: string, close: string) => {
		const root = postcss.parse(css);
		root.walkRules((rule) => {
			const kept = rule.selectors.filter(matchable);
			if (kept.length === 0) rule.remove();
			else if (kept.length < rule.selectors.length) rule.selectors = kept;
		});
		root.walkAtRules((atRule) => {
			if (atRule.nodes?.length === 0) atRule.remove();
		});
		return open + root.toString() + close;
	});
}
