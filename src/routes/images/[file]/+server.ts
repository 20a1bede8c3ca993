import { error } from '@sveltejs/kit';
import { chartIds } from '$lib/charts/registry';
import { chartImage } from '$lib/downloads/chart-images.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => chartIds.flatMap((id) => [{ file: `${id}.svg` }, { file: `${id}.png` }]);

/** Each chart in its summary state, as SVG and PNG: the social cards and the image downloads. */
export const GET: RequestHandler = ({ params }) => {
	const [id, format] = params.file.split('.');
	const image = chartImage(id);
	if (!image || (format !== 'svg' && format !== 'png')) error(404, 'No such image');
	if (format === 'svg') return new Response(image.svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
	return new Response(new Blob([image.png as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': 'image/png' } });
};
