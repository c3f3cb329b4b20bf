/** Save a Blob as a file in the browser (no server involved: the bytes never leave the machine). */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke on the next task: revoking synchronously can cancel the download in some browsers.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
