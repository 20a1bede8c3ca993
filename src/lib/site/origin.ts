/** Where the site lives on the web: its configured origin plus the base path. */
export function siteRoot(origin: string, base: string): string {
	return `${origin.replace(/\/+$/, '')}${base}/`;
}
