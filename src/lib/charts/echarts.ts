/**
 * The only place that calls `echarts.init`, `setOption` and `dispose`.
 *
 * ECharts is loaded on demand (a dynamic import), so it is never part of the JavaScript needed to paint the
 * prerendered page. Only the chart types and components in use are registered (tree-shaken `echarts/core`).
 * Charts render as SVG: crisp at any zoom, exportable as SVG, and light for a handful of charts per page.
 */
import type { EChartsCoreOption, ECharts } from 'echarts/core';
import type { SvgBody } from './types';

type EChartsModule = typeof import('echarts/core');

let loading: Promise<EChartsModule> | null = null;

/** Load ECharts and register what the app uses, once. */
export function loadECharts(): Promise<EChartsModule> {
	loading ??= (async () => {
		const [core, charts, components, features, renderers] = await Promise.all([
			import('echarts/core'),
			import('echarts/charts'),
			import('echarts/components'),
			import('echarts/features'),
			import('echarts/renderers')
		]);
		core.use([
			charts.BarChart,
			charts.ScatterChart,
			charts.LineChart,
			components.GridComponent,
			components.TooltipComponent,
			components.AriaComponent,
			components.MarkLineComponent,
			// `labelLayout: { hideOverlap }`: the funding scatter hides colliding point labels.
			features.LabelLayout,
			renderers.SVGRenderer
		]);
		return core;
	})();
	return loading;
}

export interface ChartHandle {
	update(option: EChartsCoreOption): void;
	destroy(): void;
	/** The live ECharts instance (for exports); null until loaded. */
	instance(): ECharts | null;
}

/**
 * Mount a chart in `element`: init, follow the element's size with a ResizeObserver, and dispose on destroy.
 * `onReady` is called after the first option has been drawn.
 */
export function mountChart(
	element: HTMLElement,
	option: EChartsCoreOption,
	onReady?: (chart: ECharts) => void
): ChartHandle {
	let chart: ECharts | null = null;
	let latest = option;
	let destroyed = false;
	const observer = new ResizeObserver(() => chart?.resize());

	void loadECharts().then((echarts) => {
		if (destroyed) return;
		chart = echarts.init(element, undefined, { renderer: 'svg', locale: 'EN' });
		chart.setOption(latest, { notMerge: true });
		observer.observe(element);
		onReady?.(chart);
	});

	return {
		update(next) {
			latest = next;
			chart?.setOption(next, { notMerge: true });
		},
		destroy() {
			destroyed = true;
			observer.disconnect();
			chart?.dispose();
			chart = null;
		},
		instance: () => chart
	};
}

/** A drawn chart's SVG markup and size, for a frame's SVG/PNG export; null before it is drawn. */
export function svgBodyOf(chart: ECharts | null): SvgBody | null {
	return chart ? { markup: chart.renderToSVGString(), width: chart.getWidth(), height: chart.getHeight() } : null;
}
