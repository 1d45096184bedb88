/**
 * Starting a worker from the site's own script, also where the page's origin is opaque (a sandboxed
 * iframe), where the browser refuses a worker from the site's URL: there the same script is started from
 * a blob of it. Every worker says { type: 'ready' } once its script runs.
 */

/** A worker once its script runs (it says so), or the error that stopped it starting. */
function started(url: string): Promise<Worker> {
	return new Promise((resolve, reject) => {
		// The built worker is one classic script (a blob of it could not import anything); in development
		// Vite serves it as a module.
		const worker = new Worker(url, { type: import.meta.env.DEV ? 'module' : 'classic' });
		worker.onmessage = (event: MessageEvent<{ type?: unknown }>) => {
			if (event.data.type === 'ready') resolve(worker);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			reject(new Error(event.message || 'the browser would not start it'));
		};
	});
}

export async function startWorker(workerUrl: string): Promise<Worker> {
	try {
		return await started(workerUrl);
	} catch {
		// A sandboxed iframe's opaque origin is not the script's: the same script, from a blob of this page's.
		const script = await fetch(workerUrl).then((response) => response.blob());
		const blobUrl = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
		return started(blobUrl).finally(() => URL.revokeObjectURL(blobUrl));
	}
}
