/**
 * Lab (benchmark only): papaparse in a module worker of our own (papaparse's `worker: true` loses its
 * config in a Vite production build). Parses a File in chunks and counts records and fields: parse only,
 * no table is built, so this is a lower bound on any papaparse-based import.
 */
import Papa from 'papaparse';

export interface PapaRequest {
	file: File;
	delimiter: string;
	encoding: string;
	chunkSize: number;
}

export interface PapaReply {
	ok: boolean;
	records: number;
	fields: number;
	ms: number;
	error?: string;
}

self.onmessage = (event: MessageEvent<PapaRequest>) => {
	const { file, delimiter, encoding, chunkSize } = event.data;
	const t0 = performance.now();
	let records = 0;
	let fields = 0;
	Papa.parse<string[]>(file, {
		delimiter,
		encoding,
		chunkSize,
		skipEmptyLines: true,
		chunk: (results) => {
			records += results.data.length;
			for (const row of results.data) fields += row.length;
		},
		complete: () => {
			const reply: PapaReply = { ok: true, records, fields, ms: performance.now() - t0 };
			self.postMessage(reply);
		},
		error: (error) => {
			const reply: PapaReply = { ok: false, records, fields, ms: performance.now() - t0, error: String(error) };
			self.postMessage(reply);
		}
	});
};
