import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { projector, unprojector } from '../../../src/lib/model/chart/projection';

describe('the projection', () => {
	it('places the domain across the width', () => {
		const x = projector([100, 300], 1000);
		expect([x(100), x(200), x(300), x(50)]).toEqual([0, 500, 1000, -250]);
	});

	it('is undone by its inverse, deep time included', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1e21, max: 1e21, noNaN: true }),
				fc.double({ min: 1, max: 1e21, noNaN: true }),
				fc.integer({ min: 1, max: 4000 }),
				fc.double({ min: -2, max: 3, noNaN: true }),
				(a, wanted, width, share) => {
					// A span the floating point can still tell from its start, as the camera's limits keep it.
					const span = Math.max(wanted, Math.abs(a) * 1e-9);
					const domain = [a, a + span] as const;
					const time = a + span * share;
					const back = unprojector(domain, width)(projector(domain, width)(time));
					expect(Math.abs(back - time)).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(a), Math.abs(time), span));
				}
			)
		);
	});
});
