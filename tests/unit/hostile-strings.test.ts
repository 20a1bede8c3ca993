import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DataTable from '$lib/charts/DataTable.svelte';
import { launches } from '$lib/charts/launches';
import { loadReferenceTables } from '$lib/data/context';
import { parseInline } from '$lib/story/inline';
import Inline from '$lib/story/Inline.svelte';
import WithI18n from './fixtures/WithI18n.svelte';
import { realDataFiles } from './real-data';

const hostile = '<img src=x onerror=alert(1)>';
const paragraphs = new Set(['p7']);

/** Renders a component the way the prerender does, inside the page's i18n context. */
function renderWithI18n(component: unknown, props: Record<string, unknown>): string {
	return render(WithI18n, { props: { component: component as never, props } }).body;
}

describe('data and story strings are never rendered as HTML', () => {
	it('story text with markup and a javascript: link stays text', () => {
		const html = renderWithI18n(Inline, { tokens: parseInline(`${hostile} [click](javascript:alert(1)) [ok](https://example.org)`, paragraphs) });
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=alert(1)>');
		expect(html).not.toMatch(/href="javascript:/);
		expect(html).toContain('href="https://example.org"');
	});

	it('a hostile cell in a data table stays text', () => {
		const html = renderWithI18n(DataTable, {
			table: { columns: [{ key: 'name', label: hostile }], rows: [{ name: `"><script>alert(1)</script>${hostile}` }] },
			caption: hostile,
			summary: hostile
		});
		expect(html).not.toContain('<img');
		expect(html).not.toContain('<script');
		expect(html).toContain('&lt;script>');
	});

	it('a hostile event name in the data reaches the chart as text', () => {
		const files = realDataFiles();
		const data = launches.load(files, loadReferenceTables(files));
		const poisoned = { ...data, events: data.events.map((event) => (event.id === 'yuangu' ? { ...event, name_en: hostile } : event)) };
		const html = render(launches.component, {
			props: {
				data: poisoned,
				stepState: launches.stateFor(poisoned, 2),
				locale: 'en',
				messages: launches.messages.en,
				size: { width: 800, height: 500 }
			}
		}).body;
		expect(html).toContain('&lt;img');
		expect(html).not.toContain('<img');
	});
});
