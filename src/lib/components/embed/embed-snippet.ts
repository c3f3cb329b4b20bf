/**
 * The iframe snippet journalists paste into an article: built as a string (never inserted into our own
 * page as HTML; it is shown in a read-only textarea). Attribute values are escaped, so a title with
 * quotes or angle brackets cannot break out of its attribute in the publisher's page.
 */

/** Views that have a chromeless `/embed/<view>` page. */
export const EMBED_VIEWS = ['access-map', 'usage-chart', 'funding-scatter'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

/** Suggested iframe height in px per view (the figure with title, source and link fits without scrolling). */
export const EMBED_HEIGHTS: Record<EmbedView, number> = {
	'access-map': 720,
	'usage-chart': 560,
	'funding-scatter': 780
};

/** Is `value` one of the embeddable views? */
export function isEmbedView(value: string): value is EmbedView {
	return (EMBED_VIEWS as readonly string[]).includes(value);
}

/**
 * The embed page's address for a full page's current URL: same origin and query string (the view state),
 * path `/embed/<view>` under the app's `base`.
 * @example embedUrl({ pageUrl: new URL('https://atlas.example/funding?year=2020'), base: '', view: 'funding-scatter' })
 * // → 'https://atlas.example/embed/funding-scatter?year=2020'
 */
export function embedUrl(options: { pageUrl: URL; base: string; view: EmbedView }): string {
	const url = new URL(`${options.base}/embed/${options.view}`, options.pageUrl.origin);
	url.search = options.pageUrl.search;
	return url.toString();
}

/** Escape text for a double-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
	return value
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/**
 * The `<iframe>` element as text.
 * @example iframeSnippet({ src: 'https://a.example/embed/usage-chart', title: 'Пользователи «ЭМК»', height: 520 })
 * // → '<iframe src="https://a.example/embed/usage-chart" title="Пользователи «ЭМК»" width="100%" height="520" …></iframe>'
 */
export function iframeSnippet(options: { src: string; title: string; height: number }): string {
	const height = Math.max(100, Math.round(options.height));
	return (
		`<iframe src="${escapeAttribute(options.src)}" title="${escapeAttribute(options.title)}" ` +
		`width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`
	);
}
