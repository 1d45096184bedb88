/** Statistics for the benchmark: plain, tested, no dependencies. */

export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export interface FrameStats {
	meanFps: number;
	p95FrameMs: number;
	longestFrameMs: number;
}

/** Frame times (ms between requestAnimationFrame callbacks) summarised. */
export function frameStats(frameTimes: readonly number[]): FrameStats {
	const total = frameTimes.reduce((sum, t) => sum + t, 0);
	return {
		meanFps: frameTimes.length && total > 0 ? (1000 * frameTimes.length) / total : Number.NaN,
		p95FrameMs: percentile(frameTimes, 95),
		longestFrameMs: frameTimes.length ? Math.max(...frameTimes) : Number.NaN
	};
}

/** Chronoscope's figure over another's, as "how many times better": lower-is-better figures invert. */
export function timesBetter(ours: number, theirs: number, higherIsBetter = false): number {
	if (!Number.isFinite(ours) || !Number.isFinite(theirs) || ours <= 0 || theirs <= 0) return Number.NaN;
	return higherIsBetter ? ours / theirs : theirs / ours;
}
