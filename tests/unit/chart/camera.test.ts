import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { day } from '../helpers';
import {
	cameraLimits,
	centre,
	clamp,
	fit,
	isEverythingShown,
	storyView,
	maxZoom,
	openCluster,
	pan,
	reveal,
	showRange,
	zoomAbout,
	zoomBy,
	type CameraLimits
} from '../../../src/lib/model/chart/camera';
import type { Domain } from '../../../src/lib/model/chart/projection';
import { MS_PER_DAY, yearStart } from '../../../src/lib/model/date/time';

// A 100-day extent, in days from 0, so that every expectation reads as days.
const D = MS_PER_DAY;
const limits: CameraLimits = cameraLimits([0, 100 * D]);
const days = (domain: Domain) => domain.map((time) => Math.round((time / D) * 1000) / 1000);

describe('cameraLimits', () => {
	it.each([
		['a 100-day extent zooms to one day', [0, 100 * D], D],
		['an extent under a day shows itself', [0, D / 2], D / 2],
		['deep time stops at a trillionth of the extent', [yearStart(-13_800_000_000), yearStart(2100)], (yearStart(2100) - yearStart(-13_800_000_000)) / 1e12]
	] as const)('%s', (_, extent, minSpan) => {
		expect(cameraLimits(extent).minSpan).toBeCloseTo(minSpan, 0);
	});

	it('gives d3-zoom the deepest zoom as a factor of the extent', () => {
		expect(maxZoom(limits)).toBe(100);
	});
});

describe('clamp', () => {
	it.each([
		['inside: unchanged', [10, 20], [10, 20]],
		['past the start: shifted in', [-5, 5], [0, 10]],
		['past the end: shifted in', [95, 105], [90, 100]],
		['wider than the extent: the extent', [-50, 150], [0, 100]],
		['narrower than a day: a day about its middle', [50, 50.2], [49.6, 50.6]],
		['reversed or empty: the narrowest view about its middle', [30, 30], [29.5, 30.5]]
	] as const)('%s', (_, domain, expected) => {
		expect(days(clamp([domain[0] * D, domain[1] * D], limits))).toEqual(expected);
	});

	it('keeps any domain within the extent and the zoom limits', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: -1e3, max: 1e3, noNaN: true }), (p, q) => {
				const [a, b] = clamp([p * D, q * D], limits);
				expect(a).toBeGreaterThanOrEqual(0);
				expect(b).toBeLessThanOrEqual(100 * D + 1e-3);
				expect(b - a).toBeGreaterThanOrEqual(D - 1e-3);
			})
		);
	});
});

describe('camera moves', () => {
	it.each<[string, () => Domain, readonly number[]]>([
		['fit shows the extent', () => fit(limits), [0, 100]],
		['showRange shows what it can', () => showRange(20 * D, 30 * D, limits), [20, 30]],
		['zoomBy 2 halves the span about the middle', () => zoomBy([20 * D, 40 * D], 2, limits), [25, 35]],
		['zoomBy 0.5 doubles it', () => zoomBy([20 * D, 40 * D], 0.5, limits), [10, 50]],
		['zoomAbout keeps the anchor where it is on screen', () => zoomAbout([20 * D, 40 * D], 2, 24 * D, limits), [22, 32]],
		['zoomAbout at the extent shifts back in', () => zoomAbout([80 * D, 100 * D], 0.25, 100 * D, limits), [20, 100]],
		['zoomAbout stops at the narrowest view', () => zoomAbout([20 * D, 22 * D], 100, 21 * D, limits), [20.5, 21.5]],
		['pan moves by a share of the span', () => pan([20 * D, 40 * D], 0.2, limits), [24, 44]],
		['pan stops at the extent', () => pan([80 * D, 100 * D], 0.5, limits), [80, 100]],
		['centre keeps the zoom', () => centre([20 * D, 40 * D], 60 * D, 61 * D, limits), [50.5, 70.5]],
		['centre widens for a long range', () => centre([20 * D, 30 * D], 40 * D, 60 * D, limits), [37.5, 62.5]],
		['reveal leaves a range well inside alone', () => reveal([20 * D, 40 * D], 25 * D, 26 * D, limits), [20, 40]],
		['reveal centres a range near the edge', () => reveal([20 * D, 40 * D], 39 * D, 40 * D, limits), [29.5, 49.5]],
		['reveal centres a range out of view', () => reveal([20 * D, 40 * D], 2 * D, 3 * D, limits), [0, 20]],
		['openCluster pads the members by 15% and a day', () => openCluster({ start: 40 * D, end: 50 * D }, limits), [37.5, 52.5]]
	])('%s', (_, move, expected) => {
		expect(days(move())).toEqual(expected);
	});
});

describe('isEverythingShown', () => {
	it.each([
		['the extent', [0, 100], 1000, true],
		['within a pixel of it', [0.05, 99.95], 1000, true],
		['two pixels in', [0.2, 100], 1000, false],
		['a zoomed view', [10, 20], 1000, false]
	] as const)('%s at %i px: %s', (_, domain, width, expected) => {
		expect(isEverythingShown([domain[0] * D, domain[1] * D], limits.extent, width)).toBe(expected);
	});
});

describe('storyView', () => {
	const events = [day(2020, 1, 1), day(2021, 6, 1), day(2024, 3, 22)].map((start) => ({ date: { start, end: start + 86_400_000 } }));
	const limits = cameraLimits([day(2019), day(2026)]);

	it('shows a step with its neighbours either side in sight', () => {
		const [a, b] = storyView(events, 1, limits);
		expect(a).toBeLessThanOrEqual(events[0]!.date.start);
		expect(b).toBeGreaterThanOrEqual(events[2]!.date.start);
	});

	it('shows the first and last steps with their one neighbour, and fits everything for a step that is not there', () => {
		const [a, b] = storyView(events, 2, limits);
		expect(a).toBeLessThanOrEqual(events[1]!.date.start);
		expect(b).toBeGreaterThanOrEqual(events[2]!.date.end);
		expect(b - a).toBeLessThan(day(2026) - day(2019));
		expect(storyView(events, 5, limits)).toEqual(limits.extent);
	});
});
