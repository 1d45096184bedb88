/** Story mode on a phone: how far a step scrolls the page to show the chart above the docked card. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { storyScrollBy, type Stretch } from '../../src/lib/components/chart/story-scroll';

/** Room above a card 180 px tall, docked at the foot of a 740 px window. */
const room = { top: 0, bottom: 552 };
const moved = (stretch: Stretch, by: number): Stretch => ({ top: stretch.top - by, bottom: stretch.bottom - by });
const within = (stretch: Stretch, space: Stretch) => stretch.top >= space.top - 1e-9 && stretch.bottom <= space.bottom + 1e-9;

describe('storyScrollBy', () => {
	it('leaves a chart that is wholly in view where it is', () => {
		expect(storyScrollBy({ top: 10, bottom: 550 }, { top: 200, bottom: 228 }, room)).toBe(0);
	});

	it('brings a chart that fits into view, moving the page as little as it can', () => {
		// Below the fold (the page's header above it): scrolled down until its foot meets the card.
		expect(storyScrollBy({ top: 500, bottom: 1040 }, undefined, room)).toBe(488);
		// Scrolled past: back up until its top meets the window's.
		expect(storyScrollBy({ top: -300, bottom: 240 }, undefined, room)).toBe(-300);
	});

	it('shows a chart taller than the room from its axis to the event told, or else the event', () => {
		const chart = { top: 400, bottom: 1400 };
		// The axis and the event fit: scrolled until the event's foot meets the card, the axis still in view.
		expect(storyScrollBy(chart, { top: 600, bottom: 628 }, room)).toBe(76);
		expect(storyScrollBy({ top: -50, bottom: 950 }, { top: 100, bottom: 128 }, room)).toBe(-50);
		// Too far down the chart for both: the event alone, its foot at the card.
		expect(storyScrollBy(chart, { top: 1100, bottom: 1128 }, room)).toBe(576);
	});

	it('always ends with the event told (or the chart, where it fits) in the room above the card', () => {
		const stretch = fc.tuple(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: 1, max: 2000 })).map(([top, height]) => ({ top, bottom: top + height }));
		fc.assert(
			fc.property(stretch, fc.integer({ min: 0, max: 1999 }), fc.integer({ min: 200, max: 900 }), (chart, offset, bottom) => {
				const space = { top: 0, bottom };
				const height = chart.bottom - chart.top;
				const event = { top: chart.top + Math.min(offset, height - 1), bottom: chart.top + Math.min(offset, height - 1) + Math.min(28, height) };
				const by = storyScrollBy(chart, event, space);
				if (height <= bottom) expect(within(moved(chart, by), space)).toBe(true);
				else expect(within(moved(event, by), space)).toBe(true);
			})
		);
	});
});
