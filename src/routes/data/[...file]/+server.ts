import { error } from '@sveltejs/kit';
import { dataFilesPublished } from '$lib/downloads/publications.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [...dataFilesPublished.keys()].map((file) => ({ file }));

const mediaTypes: Record<string, string> = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8',
	zip: 'application/zip'
};

export const GET: RequestHandler = ({ params }) => {
	const content = dataFilesPublished.get(params.file);
	if (content === undefined) error(404, 'No such file');
	const extension = params.file.split('.').pop() ?? '';
	const body = typeof content === 'string' ? content : new Blob([content as Uint8Array<ArrayBuffer>]);
	return new Response(body, { headers: { 'content-type': mediaTypes[extension] ?? 'application/octet-stream' } });
};
