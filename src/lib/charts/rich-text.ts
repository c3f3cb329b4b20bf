/**
 * ECharts parses `{style|text}` as rich-text markup wherever a text has a `rich` style: in every
 * `renderMode: 'richText'` tooltip and in labels given `rich` styles. Text from data shown there goes
 * through `plainRichText`, which draws `{`, `}` and `|` as full-width look-alikes so data can never
 * restyle or hide a tooltip. Plain labels (no `rich`) are drawn literally and need nothing.
 */
export function plainRichText(text: string): string {
	return text.replace(/[{}|]/g, (c) => ({ '{': '｛', '}': '｝', '|': '｜' })[c] as string);
}
