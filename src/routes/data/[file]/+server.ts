// Each shipped dataset as a static CSV file (`/data/regions.csv`), written at build time from `data/`.
import { error } from '@sveltejs/kit';
import { datasets } from '$lib/data/schemas';
import { servedFileName } from '$lib/data/load-datasets';
import { readValidatedDataset } from '$lib/server/dataset-files';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => datasets.map((spec) => ({ file: servedFileName(spec) }));

export const GET: RequestHandler = async ({ params }) => {
	const spec = datasets.find((d) => servedFileName(d) === params.file);
	if (!spec) error(404, `No dataset ${params.file}`);
	return new Response(await readValidatedDataset(spec), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
