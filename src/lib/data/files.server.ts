/** The editor-maintained files in data/, read at build time and never shipped to the browser as code. */
const raw = import.meta.glob('/data/*.{csv,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const dataFiles: Readonly<Record<string, string>> = Object.fromEntries(
	Object.entries(raw).map(([path, text]) => [path.slice('/data/'.length), text])
);
