/**
 * Browser-side figure exports: an SVG document as a file, or rasterised to PNG on a canvas at 2× for print.
 * The SVG never leaves the machine: it is drawn from a `blob:` URL.
 */
import { composeFigureSvg, type FigureSvgOptions } from './figure';
import { downloadBlob } from './download';

export function downloadFigureSvg(options: FigureSvgOptions, fileName: string): void {
	const { svg } = composeFigureSvg(options);
	downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${fileName}.svg`);
}

export async function figurePngBlob(options: FigureSvgOptions, scale = 2): Promise<Blob> {
	const { svg, width, height } = composeFigureSvg(options);
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image();
		image.decoding = 'async';
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('PNG export: no 2D canvas context');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

export async function downloadFigurePng(options: FigureSvgOptions, fileName: string): Promise<void> {
	downloadBlob(await figurePngBlob(options), `${fileName}.png`);
}
