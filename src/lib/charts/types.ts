/** Types shared by chart components. */

/** What a chart frame needs to offer downloads of its picture and numbers. */
export interface FrameDownloads {
	/** CSV document of the numbers behind the picture (see `toCsv`). */
	csv: () => string;
	/** The picture's own SVG markup and size, or null while it is not drawn yet. */
	svgBody: () => SvgBody | null;
}

export interface SvgBody {
	markup: string;
	width: number;
	height: number;
}
