import { csvParse } from 'd3-dsv';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { charts } from '$lib/charts/registry';
import { bundleName } from '$lib/downloads/bundle';
import { dataPackageProblems, type DataPackage } from '$lib/downloads/datapackage';
import { dataFilesPublished, dataPackage, publications } from '$lib/downloads/publications.server';

const text = (path: string) => dataFilesPublished.get(path) as string;

describe('each chart’s downloads', () => {
	it('exist for every chart in the registry, in CSV, JSON and a BOM-less CSV for the data package', () => {
		for (const chart of charts) {
			for (const path of [`${chart.id}.csv`, `${chart.id}.json`, `package/${chart.id}.csv`]) {
				expect(dataFilesPublished.has(path), path).toBe(true);
			}
		}
	});

	it('carry exactly the same rows in CSV and JSON', () => {
		for (const publication of publications) {
			const csvRows = csvParse(text(`${publication.id}.csv`).replace(/^\uFEFF/, ''));
			const json = JSON.parse(text(`${publication.id}.json`));
			expect(json.rows).toHaveLength(csvRows.length);
			json.rows.forEach((row: Record<string, unknown>, index: number) => {
				for (const [key, value] of Object.entries(row)) {
					const cell = csvRows[index][key];
					expect(cell, `${publication.id} row ${index} ${key}`).toBe(value === null ? '' : String(value).replace(/^([=+@\t\r]|-(?![\d.]))/, "'$1"));
				}
			});
			expect(Object.keys(json.meta.columns)).toEqual(csvRows.columns);
		}
	});

	it('start the spreadsheet CSV with a BOM and leave it off the data-package CSV', () => {
		for (const publication of publications) {
			expect(text(`${publication.id}.csv`).startsWith('\uFEFF')).toBe(true);
			expect(text(`package/${publication.id}.csv`).startsWith('\uFEFF')).toBe(false);
			expect(text(`package/${publication.id}.csv`)).toBe(text(`${publication.id}.csv`).slice(1));
		}
	});

	it('give every row its source, and keep confidence and date precision where the chart has them', () => {
		for (const publication of publications.filter((candidate) => candidate.rows.length > 0)) {
			for (const row of publication.rows) expect(row.source, publication.id).toMatch(/^(p\d+|https?:\/\/\S+)( (p\d+|https?:\/\/\S+))*$/);
		}
		const launches = publications.find((publication) => publication.id === 'launches')!;
		const kunyuan = launches.rows.find((row) => row.id === 'kunyuan')!;
		expect([kunyuan.date, kunyuan.date_precision, kunyuan.confidence]).toEqual(['2024-09', 'month', 'likely']);
	});

	it('describe every column in the JSON meta with its label and type', () => {
		const json = JSON.parse(text('launches.json'));
		expect(json.meta.columns.in_article).toMatchObject({ label: 'In the article', type: 'boolean' });
		expect(json.meta.license.name).toBe('CC-BY-4.0');
		expect(json.meta.title.length).toBeGreaterThan(0);
	});
});

describe('the data package', () => {
	it('follows the Frictionless v2 rules and points only at files that exist', () => {
		expect(dataPackageProblems(dataPackage, (path) => dataFilesPublished.has(path))).toEqual([]);
		expect(dataPackage.resources.map((resource) => resource.name)).toEqual(charts.map((chart) => chart.id));
	});

	it('catches what a broken descriptor gets wrong', () => {
		const broken = structuredClone(dataPackage) as DataPackage;
		broken.name = 'Science Models';
		broken.resources[0].path = '../secret.csv';
		broken.resources[0].schema.fields[0].type = 'text';
		broken.resources[1].path = 'package/missing.csv';
		broken.resources[1].schema.primaryKey = ['nope'];
		const problems = dataPackageProblems(broken, (path) => dataFilesPublished.has(path)).join('\n');
		expect(problems).toMatch(/package name/);
		expect(problems).toMatch(/relative POSIX path/);
		expect(problems).toMatch(/unknown type "text"/);
		expect(problems).toMatch(/package\/missing\.csv does not exist/);
		expect(problems).toMatch(/primary key "nope"/);
	});
});

describe('the zip of everything', () => {
	it('holds every file, a README and the data package, identical to the single downloads', () => {
		const files = unzipSync(dataFilesPublished.get(bundleName) as Uint8Array);
		expect(Object.keys(files)).toContain('README.txt');
		for (const [path, content] of dataFilesPublished) {
			if (path === bundleName) continue;
			expect(files[path], path).toEqual(typeof content === 'string' ? strToU8(content) : content);
		}
	});
});
