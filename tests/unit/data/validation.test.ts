import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/dataset';
import { DataError } from '$lib/data/errors';
import { brokenFixture, realDataFiles } from '../real-data';

/** Builds the dataset with one data file swapped for a broken fixture and returns the error it stops on. */
function errorFor(file: string, fixture: string): DataError {
	try {
		loadDataset({ ...realDataFiles(), [file]: brokenFixture(fixture) });
	} catch (error) {
		if (error instanceof DataError) return error;
		throw error;
	}
	throw new Error(`${fixture} was accepted`);
}

describe('the data files in data/', () => {
	it('all pass validation', () => {
		expect(() => loadDataset(realDataFiles())).not.toThrow();
	});
});

describe('a bad row stops the build and names file, row, column and reason', () => {
	it('rejects an unknown field id', () => {
		const error = errorFor('launches.csv', 'launches-unknown-field.csv');
		expect([error.file, error.row, error.column]).toEqual(['launches.csv', 3, 'field']);
		expect(error.reason).toMatch(/unknown field id "geograpy"/);
	});

	it('rejects a duplicate id, pointing at the repeat and the first use', () => {
		const error = errorFor('launches.csv', 'launches-duplicate-id.csv');
		expect([error.file, error.row, error.column]).toEqual(['launches.csv', 3, 'id']);
		expect(error.reason).toMatch(/duplicate id "yuangu" \(first used in row 2\)/);
	});

	it('rejects a date that is not ISO 8601', () => {
		const error = errorFor('launches.csv', 'launches-date-not-iso.csv');
		expect([error.row, error.column]).toEqual([3, 'date']);
		expect(error.reason).toMatch(/not ISO 8601/);
	});

	it('rejects a date that does not exist', () => {
		const error = errorFor('launches.csv', 'launches-impossible-date.csv');
		expect([error.row, error.column]).toEqual([3, 'date']);
	});

	it('rejects a row without a source', () => {
		const error = errorFor('launches.csv', 'launches-missing-source.csv');
		expect([error.row, error.column]).toEqual([3, 'source']);
		expect(error.reason).toMatch(/missing source/);
	});

	it('rejects a paragraph id the article does not have', () => {
		const error = errorFor('launches.csv', 'launches-unknown-paragraph.csv');
		expect([error.row, error.column]).toEqual([3, 'source']);
		expect(error.reason).toMatch(/unknown paragraph id "p70"/);
	});

	it('rejects a missing column, naming it', () => {
		const error = errorFor('launches.csv', 'launches-missing-column.csv');
		expect([error.row, error.column]).toEqual([1, 'article_date']);
	});

	it('rejects an article date on an event the article does not mention', () => {
		const error = errorFor('launches.csv', 'launches-article-date-outside-article.csv');
		expect([error.row, error.column]).toEqual([3, 'article_date']);
	});

	it('says where the problem is in one line an editor can act on', () => {
		const error = errorFor('launches.csv', 'launches-unknown-field.csv');
		expect(error.message).toBe('launches.csv, row 3, column "field": unknown field id "geograpy"');
	});
});
