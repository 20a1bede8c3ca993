import { strToU8, zipSync } from 'fflate';
import { packageCsvPath, type DataPackage } from './datapackage';
import { csvOf, jsonOf, publisher, type ChartPublication } from './publication';

export const bundleName = 'science-models-data.zip';

function readme(publications: readonly ChartPublication[], generated: string): string {
	return [
		publisher.title,
		'='.repeat(publisher.title.length),
		'',
		`Generated ${generated}.`,
		'',
		'Files',
		...publications.flatMap((publication) => [
			`- ${publication.id}.csv, ${publication.id}.json: ${publication.title} (${publication.rows.length} rows).`,
			`  ${publication.source}`
		]),
		'- datapackage.json and package/*.csv: the same tables as a Frictionless Data Package (v2), CSVs without a byte order mark.',
		'',
		'The .csv files start with a UTF-8 byte order mark so that Excel shows Chinese text correctly.',
		'Cells that a spreadsheet would run as a formula start with an apostrophe.',
		'',
		'Provenance',
		'Every row has a "source" column: paragraph ids of the source article (p1 to p56) and/or the URL',
		'behind a row of the reference files. Facts from outside the article carry a "confidence" column.',
		'Dates keep the precision of their source: see the *_precision columns.',
		'',
		`Source article: ${publisher.article.title}`,
		`  ${publisher.article.path}`,
		`Licence: ${publisher.licenseNote}`,
		`  ${publisher.license.path}`,
		''
	].join('\r\n');
}

/** Every download in one file, built from the same publications as the single files. */
export function bundleOf(publications: readonly ChartPublication[], dataPackage: DataPackage, generated: string): Uint8Array {
	const files: Record<string, Uint8Array> = {
		'README.txt': strToU8(readme(publications, generated)),
		'datapackage.json': strToU8(`${JSON.stringify(dataPackage, null, '\t')}\n`)
	};
	for (const publication of publications) {
		files[`${publication.id}.csv`] = strToU8(csvOf(publication, { bom: true }));
		files[`${publication.id}.json`] = strToU8(jsonOf(publication, generated));
		files[packageCsvPath(publication.id)] = strToU8(csvOf(publication, { bom: false }));
	}
	// A fixed timestamp keeps the zip byte-for-byte the same for the same data.
	return zipSync(files, { level: 9, mtime: new Date(`${generated}T00:00:00Z`) });
}
