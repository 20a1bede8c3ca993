import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from '$lib/downloads/csv';

describe('the CSV writer', () => {
	it('starts with a BOM when asked, so Excel shows Chinese correctly', () => {
		expect(toCsv(['a'], [{ a: '飛槳' }], { bom: true })).toBe('\uFEFFa\r\n飛槳\r\n');
		expect(toCsv(['a'], [{ a: '飛槳' }], { bom: false })).toBe('a\r\n飛槳\r\n');
	});

	it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
		const csv = toCsv(['name', 'note'], [{ name: 'Nature 596:583, online', note: 'said "first"\nthen more' }], { bom: false });
		expect(csv).toBe('name,note\r\n"Nature 596:583, online","said ""first""\nthen more"\r\n');
		expect(csvParse(csv)[0]).toEqual({ name: 'Nature 596:583, online', note: 'said "first"\nthen more' });
	});

	it('writes numbers and booleans as they are, and null as an empty cell', () => {
		expect(toCsv(['n', 'b', 'x'], [{ n: -1.5, b: true, x: null }], { bom: false })).toBe('n,b,x\r\n-1.5,true,\r\n');
	});

	it('neutralises cells a spreadsheet would run as formulas', () => {
		for (const hostile of ['=HYPERLINK("http://x","y")', '+1+1', '-cmd|calc', '@SUM(A1)', '\tTAB', '\rCR']) {
			expect(neutraliseFormula(hostile), JSON.stringify(hostile)).toBe(`'${hostile}`);
		}
		for (const harmless of ['-1.5', '-.5', '430,000', 'p7 https://example.org', '2024-09', '']) {
			expect(neutraliseFormula(harmless)).toBe(harmless);
		}
	});

	it('keeps a hostile row inert and intact after a round trip', () => {
		const row = { id: 'x', name: '=cmd|\' /C calc\'!A0', note: '<img src=x onerror=alert(1)>, "quoted"\r\nline' };
		const parsed = csvParse(toCsv(Object.keys(row), [row], { bom: true }).slice(1))[0];
		expect(parsed.name).toBe(`'${row.name}`);
		expect(parsed.note).toBe(row.note);
	});
});
