/**
 * The count bubbles of a lane's clusters: where each is drawn and which one a pointer is on. The drawing
 * and the hit test both place bubbles here, so a click lands on the bubble the reader sees.
 */
import type { Cluster } from './lane-layout';

export function clusterLabel(count: number): string {
	return count >= 10_000 ? `+${Math.round(count / 1000)}k` : count >= 1000 ? `+${(count / 1000).toFixed(1)}k` : `+${count}`;
}

/** A number as a count bubble shows it, without the "+": 7, 1.2k, 12k. */
const short = (count: number) => clusterLabel(count).slice(1);

/** While searching: how many of a cluster's events match, of how many ("3/240"). */
export function matchesLabel(matches: number, count: number): string {
	return `${short(matches)}/${short(count)}`;
}

/** Room either side of a bubble's count. */
export const BUBBLE_PADDING = 4;
/** A count bubble's width for its label: 7 px a character and the padding either side. */
const bubbleWidthOf = (label: string) => label.length * 7 + 2 * BUBBLE_PADDING;
export const bubbleWidth = (count: number) => bubbleWidthOf(clusterLabel(count));

/** Room kept between a bubble and the chart's edge, or the next bubble. */
const BUBBLE_MARGIN = 2;
/** What a bubble at the left edge shows when its count has no room there. */
const MORE = '…';

export interface Bubble {
	x: number;
	label: string;
	width: number;
}

/**
 * Each cluster's count bubble: at the cluster's start, moved inside the view where an edge would cut it
 * (a cell that starts left of the view, a cluster at the right edge) unless that would put it over its
 * neighbour's. At the left edge, a count with no room becomes "…" rather than showing cut digits ("9" of
 * "+239"); the drawing keeps the count for export and tests, and a click on the row still opens the cluster.
 */
export function placeBubbles(clusters: readonly Cluster[], width: number): Bubble[] {
	const bubbles: Bubble[] = [];
	let previousEnd = -Infinity;
	clusters.forEach((cluster, i) => {
		let label = cluster.matches === undefined ? clusterLabel(cluster.count) : matchesLabel(cluster.matches, cluster.count);
		let w = bubbleWidthOf(label);
		let x = cluster.x0;
		// In from the left edge if it stays clear of the next cluster's start (the next bubble moves left
		// of its start only at the right edge, and then never over this one).
		const room = (clusters[i + 1]?.x0 ?? Infinity) - 2 * BUBBLE_MARGIN;
		if (x < BUBBLE_MARGIN && room >= w) x = BUBBLE_MARGIN;
		else if (x < 0) {
			// Cut by the edge: "…", brought in if even that has room, else left to the edge.
			[label, w] = [MORE, bubbleWidthOf(MORE)];
			if (room >= w) x = BUBBLE_MARGIN;
		}
		// In from the right edge, as far as the previous bubble allows; never further right.
		if (x + w > width - BUBBLE_MARGIN) x = Math.min(x, Math.max(width - BUBBLE_MARGIN - w, previousEnd + BUBBLE_MARGIN));
		bubbles.push({ x, label, width: w });
		previousEnd = x + w;
	});
	return bubbles;
}

/** The cluster of a lane's row under a pointer at `px`, if any: on its extent or its bubble. */
export function clusterAt(clusters: readonly Cluster[], bubbles: readonly Bubble[], px: number): Cluster | undefined {
	return clusters.find((cluster, i) => px >= Math.min(cluster.x0, bubbles[i]!.x) - 2 && px <= Math.max(cluster.x1, bubbles[i]!.x + bubbles[i]!.width) + 2);
}
