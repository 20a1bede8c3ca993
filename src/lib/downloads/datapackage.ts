import { publisher, type ChartPublication } from './publication';

/** Where the BOM-less CSVs sit, relative to datapackage.json. */
export const packageCsvPath = (id: string) => `package/${id}.csv`;

export interface DataPackage {
	$schema: string;
	name: string;
	title: string;
	description: string;
	created: string;
	licenses: { name: string; path: string; title: string }[];
	sources: { title: string; path?: string }[];
	resources: DataResource[];
}

export interface DataResource {
	name: string;
	path: string;
	type: 'table';
	title: string;
	description: string;
	format: 'csv';
	mediatype: 'text/csv';
	encoding: 'utf-8';
	sources: { title: string; path?: string }[];
	licenses: { name: string; path: string; title: string }[];
	schema: {
		$schema: string;
		fields: { name: string; title: string; type: string; description: string; unit?: string }[];
		primaryKey?: string[];
	};
}

/** A Frictionless Data Package (v2) describing every chart's table. */
export function dataPackageOf(publications: readonly ChartPublication[], created: string): DataPackage {
	return {
		$schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
		name: publisher.name,
		title: publisher.title,
		description: `${publisher.licenseNote} Every row names its source: a paragraph of the article (p1–p56) or the URL behind a reference row.`,
		created,
		licenses: [publisher.license],
		sources: [publisher.article],
		resources: publications.map((publication) => ({
			name: publication.id,
			path: packageCsvPath(publication.id),
			type: 'table',
			title: publication.title,
			description: publication.description,
			format: 'csv',
			mediatype: 'text/csv',
			encoding: 'utf-8',
			sources: [{ title: publication.source }],
			licenses: [publisher.license],
			schema: {
				$schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
				fields: publication.columns.map((column) => ({
					name: column.key,
					title: column.label,
					type: column.type,
					description: column.description,
					...(column.unit ? { unit: column.unit } : {})
				})),
				...(publication.columns.some((column) => column.key === 'id') ? { primaryKey: ['id'] } : {})
			}
		}))
	};
}

const tableSchemaTypes = new Set([
	'string',
	'number',
	'integer',
	'boolean',
	'object',
	'array',
	'date',
	'time',
	'datetime',
	'year',
	'yearmonth',
	'duration',
	'geopoint',
	'geojson',
	'list',
	'any'
]);

/**
 * Checks a descriptor against the Data Package v2 rules this project relies on
 * (required properties, name patterns, safe relative paths, field types,
 * primary keys) and that every resource's file exists. Returns the problems.
 */
export function dataPackageProblems(descriptor: DataPackage, fileExists: (path: string) => boolean): string[] {
	const problems: string[] = [];
	const namePattern = /^[a-z0-9._-]+$/;
	if (!namePattern.test(descriptor.name)) problems.push(`package name "${descriptor.name}" must be lower-case letters, digits, ".", "-", "_"`);
	if (!descriptor.$schema?.startsWith('https://datapackage.org/profiles/2.')) problems.push('package $schema must name the v2 profile');
	if (!Array.isArray(descriptor.resources) || descriptor.resources.length === 0) problems.push('resources must be a non-empty array');
	if (!descriptor.licenses?.every((license) => license.name || license.path)) problems.push('every licence needs a name or a path');
	const names = new Set<string>();
	for (const resource of descriptor.resources ?? []) {
		const at = `resource "${resource.name}"`;
		if (!namePattern.test(resource.name ?? '')) problems.push(`${at}: invalid name`);
		if (names.has(resource.name)) problems.push(`${at}: duplicate name`);
		names.add(resource.name);
		if (
			typeof resource.path !== 'string' ||
			resource.path.startsWith('/') ||
			resource.path.split('/').includes('..') ||
			/^[a-z]+:/i.test(resource.path)
		) {
			problems.push(`${at}: path must be a relative POSIX path inside the package`);
		} else if (!fileExists(resource.path)) {
			problems.push(`${at}: ${resource.path} does not exist`);
		}
		const fields = resource.schema?.fields ?? [];
		if (fields.length === 0) problems.push(`${at}: schema needs fields`);
		const fieldNames = new Set<string>();
		for (const field of fields) {
			if (!field.name) problems.push(`${at}: a field has no name`);
			if (fieldNames.has(field.name)) problems.push(`${at}: duplicate field "${field.name}"`);
			fieldNames.add(field.name);
			if (!tableSchemaTypes.has(field.type)) problems.push(`${at}: field "${field.name}" has unknown type "${field.type}"`);
		}
		for (const key of resource.schema?.primaryKey ?? []) {
			if (!fieldNames.has(key)) problems.push(`${at}: primary key "${key}" is not a field`);
		}
	}
	return problems;
}
