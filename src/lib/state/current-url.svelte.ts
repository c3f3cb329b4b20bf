/**
 * The address the page shows, as reactive state.
 *
 * A view change (measure, year, district, map mode, selected region, pins) is written with SvelteKit's
 * shallow routing, `pushState`: the address and the history change (Back steps through views, a copied link
 * reopens the view) but no navigation runs — no router work, no load functions — so the click's frame only
 * re-renders what changed. SvelteKit's `page.url` does not follow shallow routing, hence this module: pages
 * read their view from `currentUrl`, and the layout keeps it in step with real navigations and Back/Forward.
 * Before hydration (prerendering) there is no address: the view is the default one.
 */
import { browser } from '$app/environment';
import { pushState } from '$app/navigation';

class CurrentUrl {
	url = $state.raw<URL | null>(browser ? new URL(location.href) : null);

	/** The query string of the address (empty while prerendering). */
	get params(): URLSearchParams {
		return this.url?.searchParams ?? new URLSearchParams();
	}

	/** Take the browser's address as it is now: after a navigation and after Back/Forward. */
	sync(): void {
		if (this.url?.href !== location.href) this.url = new URL(location.href);
	}

	/** Show another view of the same page: a history entry and a new address, without a navigation. */
	show(next: URL): void {
		if (next.href === location.href) return;
		// Same page, other query string: there is no route to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		pushState(next, {});
		this.url = next;
	}
}

export const currentUrl = new CurrentUrl();
