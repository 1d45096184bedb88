/**
 * A document being loaded from ?src= in the loading worker: its progress, the faults found so far and how
 * it ended, as state the page shows. Started as soon as the page's script runs (TimelineApp), not once the
 * page has hydrated, so that the worker reads the document while the page is still starting.
 */
import type { Fault } from '$lib/model/document/faults';
import type { LoadProgress } from '$lib/model/read/load-progress';
import { loadTimelineInWorker, type Loading, type LoadOutcome } from '$lib/workers/timeline-loader';

export class RemoteLoad {
	/** The src as given, shown to the reader and passed on to the view. */
	readonly src: string;
	/** The src read from the site's root. */
	readonly url: string;
	progress: LoadProgress | undefined = $state.raw();
	found: { faults: Fault[]; total: number } | undefined = $state.raw();
	outcome: LoadOutcome | undefined = $state.raw();
	#loading: Loading | undefined;

	constructor(src: string, url: string) {
		this.src = src;
		this.url = url;
		this.start();
	}

	start() {
		this.outcome = undefined;
		this.progress = undefined;
		this.found = undefined;
		const loading = (this.#loading = loadTimelineInWorker(this.url, {
			progress: (next) => (this.progress = next),
			faults: (faults, total) => (this.found = { faults, total })
		}));
		void loading.outcome.then((result) => {
			if (this.#loading === loading) this.outcome = result;
		});
	}

	cancel() {
		this.#loading?.cancel();
	}
}
