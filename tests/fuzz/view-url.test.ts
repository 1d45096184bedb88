/**
 * The view parameters of a URL (parseViewParams): any query, with repeated, empty, huge, control-character
 * and lone-surrogate values and dates at the edges, gives a well-formed view state and a note for every
 * parameter it does not follow; none throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseViewParams, viewToParams } from '../../src/lib/model/site/view-url';
import { hostileString } from './mutate';
import { FUZZ_TIMEOUT, fuzzOptions, timed } from './properties';

const ids = new Set(['crocus-city-hall-attack', 'soviet-war-in-afghanistan']);
const VIEW_KEYS = ['from', 'to', 'event', 'lanes', 'context', 'story'] as const;
/** Read by the views themselves, not by parseViewParams, which only knows them. */
const OTHER_KEYS = ['src', 'theme', 'height', 'excerpts', 'n', 'seed'];

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
/** Dates as the URL writes them, with parts at and beyond their edges. */
const dateLike = fc.oneof(
	fc
		.tuple(fc.constantFrom('', '-'), digits(4, 20), fc.option(digits(1, 3)), fc.option(digits(1, 3)))
		.map(([sign, y, m, d]) => [sign + y, m, d].filter((part) => part !== null).join('-')),
	fc.tuple(digits(4, 6), digits(2, 2), digits(2, 2), digits(2, 2), digits(2, 2)).map(([y, m, d, hh, mm]) => `${y}-${m}-${d}T${hh}:${mm}Z`),
	fc.tuple(fc.constantFrom('Y', 'Y-'), digits(5, 400)).map(([prefix, n]) => prefix + n),
	fc.constantFrom('2024-02-29', '2023-02-29', '0000-01-01', '-271821-04-19', '275760-09-13', '275760-09-14', 'Y-13800000000', '2024-03-22T24:00Z', '1e3', ' 2024', '2024 ')
);
const value = fc.oneof(
	{ weight: 3, arbitrary: dateLike },
	{ weight: 3, arbitrary: hostileString },
	{
		weight: 2,
		arbitrary: fc.constantFrom(
			'actor',
			'category',
			'show',
			'hide',
			'1',
			'0',
			'light',
			'dark',
			'300',
			'crocus-city-hall-attack',
			'javascript:alert(1)',
			'data:text/html,<b>x</b>',
			'//example.org/a.json'
		)
	},
	{ weight: 1, arbitrary: fc.string({ unit: 'binary' }) }
);
const key = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...VIEW_KEYS) },
	{ weight: 2, arbitrary: fc.constantFrom(...OTHER_KEYS) },
	{ weight: 1, arbitrary: hostileString.filter((text) => text.length < 100) }
);

describe('parseViewParams under fuzzing', () => {
	it(
		'gives a well-formed view and a note for each parameter it does not follow',
		() => {
			fc.assert(
				fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
					const params = new URLSearchParams(pairs);
					const { view, notes } = timed(
						'view-url',
						() => params.toString().slice(0, 80),
						() => parseViewParams(params, ids)
					);
					for (const edge of ['from', 'to'] as const) if (view[edge] !== undefined) expect(Number.isFinite(view[edge]), `${edge} = ${view[edge]}`).toBe(true);
					if (view.from !== undefined && view.to !== undefined) expect(view.to).toBeGreaterThan(view.from);
					expect(['lane', 'category']).toContain(view.groupBy);
					expect(typeof view.showContext).toBe('boolean');
					if (view.event !== undefined) expect(ids.has(view.event)).toBe(true);
					// Every parameter is followed, or noted: a repeated one, a value that cannot be read, an unknown name.
					// Notes say each thing once, and quote a value by its first few dozen characters: what they can
					// tell apart is a repeated (known) parameter's value, and an unknown parameter's name.
					const first = new Set<string>();
					const expected = new Set<string>();
					for (const [name, given] of params) {
						const known = (VIEW_KEYS as readonly string[]).includes(name) || OTHER_KEYS.includes(name);
						if (!known) expected.add(`unknown ${name.slice(0, 39)}`);
						else if (first.has(name)) expected.add(`again ${name}=${given.slice(0, 39)}`);
						first.add(name);
					}
					const bound = expected.size;
					if (notes.length < bound) expect.fail(`${params.toString().slice(0, 500)} gave only the notes ${JSON.stringify(notes)}`);
					// Notes are shown as a list keyed by their text, so each is said once, in a few words.
					expect(new Set(notes).size).toBe(notes.length);
					for (const note of notes) expect(note.length, note).toBeLessThanOrEqual(160);
					// The view writes back to a URL.
					expect(() => viewToParams(view, params)).not.toThrow();
				}),
				fuzzOptions(5)
			);
		},
		FUZZ_TIMEOUT
	);
});
