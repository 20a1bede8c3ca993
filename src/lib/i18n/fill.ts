/** Fills a message template: fill('Step {n} of {total}', { n: 2, total: 4 }) → 'Step 2 of 4'. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
