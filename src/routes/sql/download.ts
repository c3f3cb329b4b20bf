/** Save bytes or text parts as a file in the browser (an object URL on a temporary link). */
export function saveFile(parts: BlobPart[], fileName: string, type: string): void {
	const url = URL.createObjectURL(new Blob(parts, { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Give the browser a moment to start the download before the URL goes.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
