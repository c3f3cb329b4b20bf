import { describe, expect, it } from 'vitest';
import { EMBED_VIEWS, embedUrl, escapeAttribute, iframeSnippet, isEmbedView } from '../../../src/lib/components/embed/embed-snippet';
import { loadEmbedData } from '../../../src/routes/embed/[view]/embed-data';
import { shippedDb } from '../../util/shipped-db';

describe('embed snippet', () => {
	it('points at /embed/<view> on the same origin with the same view state', () => {
		const pageUrl = new URL('https://atlas.example/funding?year=2020&x=subsidy_per_resident&region=RU-SA');
		expect(embedUrl({ pageUrl, base: '', view: 'funding-scatter' })).toBe(
			'https://atlas.example/embed/funding-scatter?year=2020&x=subsidy_per_resident&region=RU-SA'
		);
		expect(embedUrl({ pageUrl: new URL('https://host.example/atlas/'), base: '/atlas', view: 'access-map' })).toBe(
			'https://host.example/atlas/embed/access-map'
		);
	});

	it('escapes attribute values so a title cannot break out of its attribute', () => {
		expect(escapeAttribute('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
		const snippet = iframeSnippet({ src: 'https://a.example/embed/usage-chart?x=1&y=2', title: '"><script>alert(1)</script>', height: 520 });
		expect(snippet).toBe(
			'<iframe src="https://a.example/embed/usage-chart?x=1&amp;y=2" title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" width="100%" height="520" style="border:0;max-width:100%" loading="lazy"></iframe>'
		);
		expect(snippet).not.toContain('<script');
	});

	it('knows its views', () => {
		expect(EMBED_VIEWS).toEqual(['access-map', 'usage-chart', 'funding-scatter']);
		expect(isEmbedView('usage-chart')).toBe(true);
		expect(isEmbedView('ranking')).toBe(false);
	});
});

describe('embed data on the shipped data', () => {
	it('loads each view’s rows from the same queries as its full page', async () => {
		const db = await shippedDb();
		const map = await loadEmbedData(db, 'access-map');
		expect(map.view === 'access-map' && map.home.access).toHaveLength(89);
		const usage = await loadEmbedData(db, 'usage-chart');
		expect(usage.view === 'usage-chart' && usage.usage.map((u) => u.key)).toEqual(['RU-MOW', 'RU-SPE', 'RU-TUL']);
		const funding = await loadEmbedData(db, 'funding-scatter');
		expect(funding.view === 'funding-scatter' && funding.funding.id).toBe('2021:health_per_resident');
	});
});
