import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dataDir = join(import.meta.dirname, '../../data');

/** The data files as the build reads them: every CSV and JSON in data/, by name. */
export function realDataFiles(): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dataDir)
			.filter((name) => /\.(csv|json)$/.test(name))
			.map((name) => [name, readFileSync(join(dataDir, name), 'utf8')])
	);
}

/** A broken fixture file from tests/fixtures/broken. */
export function brokenFixture(name: string): string {
	return readFileSync(join(import.meta.dirname, '../fixtures/broken', name), 'utf8');
}

/**
 * A file of the project's shared material (the source article, the reference
 * files), which sits beside the repository, not in it. Tests that need it run
 * only where it is present.
 */
export const sharedFile = (path: string) => join(import.meta.dirname, '../../../shared', path);
