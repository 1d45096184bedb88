import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { formatFault, loadTimeline } from '../../../src/lib/model/document/timeline';
import { timelineJsonSchema } from '../../../src/lib/model/document/schema';
import { syntheticDocument } from '../../../src/lib/model/document/synthetic';
import { seedDocument, seedText } from '../helpers';

const FILE = 'data/putin-taliban-allies/timeline.json';
const load = (doc: unknown, text: string | null = seedText()) => loadTimeline(doc, text === null ? { file: FILE } : { file: FILE, text });

/** The seed document with one change made by `edit`. */
function broken(edit: (doc: ReturnType<typeof seedDocument>) => void) {
	const doc = seedDocument();
	edit(doc);
	return doc;
}

const eventIndex = (id: string) => seedDocument().events.findIndex((e) => e.id === id);

describe('loadTimeline on the seed article', () => {
	const { timeline, faults } = load(seedDocument());

	it('accepts all eleven events with no fault', () => {
		expect(faults).toEqual([]);
		expect(timeline?.events).toHaveLength(11);
	});

	it('orders the events in time', () => {
		const starts = timeline!.events.map((e) => e.date.start);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		expect(timeline!.events[0]!.data.id).toBe('soviet-war-in-afghanistan');
		expect(timeline!.events.at(-1)!.data.id).toBe('russia-recognises-taliban');
		expect(timeline!.events.map((e) => e.order)).toEqual([...Array(11).keys()]);
	});

	it('anchors every excerpt', () => {
		for (const event of timeline!.events) expect(event.excerpts).toHaveLength(event.data.excerpts.length);
	});
});

describe('loadTimeline faults', () => {
	const soviet = eventIndex('soviet-war-in-afghanistan');

	it('names the file, event, JSON path and reason for a missing date', () => {
		const { faults, timeline } = load(broken((doc) => delete (doc.events[soviet] as { date?: unknown }).date));
		expect(timeline).toBeUndefined();
		expect(faults).toHaveLength(1);
		expect(formatFault(faults[0]!)).toBe(`${FILE}: event "soviet-war-in-afghanistan" at $.events[${soviet}].date: is required (object)`);
	});

	it('refuses an article address that is not http(s), which a link would run', () => {
		const { faults } = load(broken((doc) => ((doc.article as { url?: string }).url = 'javascript:alert(document.domain)')));
		expect(faults.map(formatFault)).toEqual([`${FILE}: at $.article.url: must be an http(s) URL`]);
	});

	it('reports a lane or a category declared twice under one id', () => {
		const { faults } = load(
			broken((doc) => {
				(doc.lanes as unknown[]).push({ id: 'russia', label: 'Russia again' });
				(doc.categories as unknown[]).push({ id: 'law', label: 'Law again' });
			})
		);
		expect(faults.map((f) => `${f.path}: ${f.reason}`)).toEqual([
			expect.stringMatching(/^\$\.lanes\[\d+\]\.id: repeats the id of \$\.lanes\[0\]$/),
			expect.stringMatching(/^\$\.categories\[\d+\]\.id: repeats the id of \$\.categories\[1\]$/)
		]);
	});

	it('rejects an EDTF date the parser does not accept', () => {
		const { faults } = load(broken((doc) => ((doc.events[soviet] as { date: { edtf: string } }).date.edtf = '1979-13-24')));
		expect(faults.map(formatFault)).toEqual([
			expect.stringMatching(new RegExp(`event "soviet-war-in-afghanistan" at \\$\\.events\\[${soviet}\\]\\.date\\.edtf: "1979-13-24" is not a valid EDTF date`))
		]);
	});

	it('reports an excerpt that matches nowhere, naming the excerpt', () => {
		const { faults } = load(broken((doc) => ((doc.events[soviet] as { excerpts: { exact: string }[] }).excerpts[0]!.exact = 'the Soviet Union invaded')));
		expect(faults.map(formatFault)).toEqual([
			`${FILE}: event "soviet-war-in-afghanistan" at $.events[${soviet}].excerpts[0]: excerpt "the Soviet Union invaded" matches no place in the article text`
		]);
	});

	it('reports an ambiguous excerpt with its number of matches', () => {
		const { faults } = load(broken((doc) => ((doc.events[soviet] as { excerpts: { exact: string }[] }).excerpts[0]!.exact = 'Taliban')));
		expect(faults).toHaveLength(1);
		expect(faults[0]!.reason).toMatch(/^excerpt "Taliban" matches \d+ places in the article text/);
		expect(Number(/matches (\d+)/.exec(faults[0]!.reason)![1])).toBe(seedText().split('Taliban').length - 1);
	});

	it('reports an undeclared lane, an unknown category and a dangling update', () => {
		const { faults } = load(
			broken((doc) => {
				const event = doc.events[soviet] as { lanes: string[]; category: string; updates?: string };
				event.lanes = ['ussr', 'afghanistan'];
				event.category = 'war';
				event.updates = 'no-such-event';
			})
		);
		expect(faults.map((f) => [f.path, f.reason])).toEqual([
			[`$.events[${soviet}].lanes[1]`, 'lane "afghanistan" is not declared in $.lanes'],
			[`$.events[${soviet}].category`, 'category "war" is not declared in $.categories'],
			[`$.events[${soviet}].updates`, 'names event "no-such-event", which is not in this document']
		]);
	});

	it('reports a repeated id', () => {
		const { faults } = load(broken((doc) => (doc.events[1]!.id = doc.events[0]!.id)));
		expect(faults).toEqual([{ file: FILE, eventId: doc0Id(), path: '$.events[1].id', reason: 'repeats the id of $.events[0]' }]);
	});

	it('reports unknown fields, wrong types and bad ids from the schema', () => {
		const { faults } = load(
			broken((doc) => {
				(doc.events[0] as Record<string, unknown>).colour = 'red';
				(doc.events[0] as Record<string, unknown>).title = 42;
				doc.events[2]!.id = 'Not Kebab';
			})
		);
		const lines = faults.map(formatFault);
		expect(lines).toContainEqual(expect.stringMatching(/at \$\.events\[0\]: has unknown field "colour"/));
		expect(lines).toContainEqual(expect.stringMatching(/at \$\.events\[0\]\.title: .*expected string/));
		expect(lines).toContainEqual(expect.stringMatching(/event "Not Kebab" at \$\.events\[2\]\.id: must be kebab-case/));
	});

	it('asks context events for citations and article events for excerpts', () => {
		const beslan = eventIndex('beslan-school-siege');
		const { faults } = load(
			broken((doc) => {
				(doc.events[beslan] as { date: { citations: unknown[]; method: string } }).date.citations = [];
				(doc.events[beslan] as { date: { method: string } }).date.method = 'inferred';
				(doc.events[soviet] as { excerpts: unknown[] }).excerpts = [];
			})
		);
		expect(faults.map((f) => f.reason)).toEqual(['an event from the article must have at least one excerpt', 'a context event must cite its sources']);
	});

	it('reports a missing article text file', () => {
		const { faults } = load(seedDocument(), null);
		expect(faults.map(formatFault)).toEqual([`${FILE}: at $.article.textFile: cannot read "article.txt" beside the document`]);
	});

	it('reports every fault of a document in one run', () => {
		const { faults } = load(
			broken((doc) => {
				delete (doc.events[soviet] as { date?: unknown }).date;
				(doc.events[0] as { excerpts: { exact: string }[] }).excerpts[0]!.exact = 'nowhere to be found';
				(doc.article as { asOf: { date: string } }).asOf.date = '5 July 2024';
			})
		);
		expect(faults.map((f) => f.path)).toEqual(['$.article.asOf.date', `$.events[${soviet}].date`, '$.events[0].excerpts[0]']);
	});

	it('reports an impossible as-of day', () => {
		const { faults } = load(broken((doc) => ((doc.article as { asOf: { date: string } }).asOf.date = '2024-02-31')));
		expect(faults.map((f) => f.path)).toEqual(['$.article.asOf.date']);
	});

	it('names an event that is not an object, or has an empty id, by its position (found by fuzzing)', () => {
		const { faults } = load(
			broken((doc) => {
				(doc.events as unknown[])[1] = 'an event';
				doc.events[2]!.id = '';
			})
		);
		expect(faults).toContainEqual({ file: FILE, eventId: '#1', path: '$.events[1]', reason: 'Invalid input: expected object, received string' });
		expect(faults).toContainEqual(expect.objectContaining({ eventId: '#2', path: '$.events[2].id' }));
	});

	it('rejects what is not a document at all', () => {
		expect(load(null).faults[0]!.path).toBe('$');
		expect(load([]).faults[0]!.path).toBe('$');
	});
});

describe('loadTimeline progress', () => {
	const progressOf = (input: unknown) => {
		const calls: [number, number][] = [];
		const result = loadTimeline(input, { file: FILE, onProgress: (checked, total) => calls.push([checked, total]) });
		return { calls, result };
	};

	it('tells how many events are checked, every thousand and once at the end', () => {
		const { calls, result } = progressOf(JSON.parse(JSON.stringify(syntheticDocument(2500))));
		expect(result.timeline?.events).toHaveLength(2500);
		expect(calls).toEqual([
			[1000, 2500],
			[2000, 2500],
			[2500, 2500]
		]);
		expect(progressOf(JSON.parse(JSON.stringify(syntheticDocument(2000)))).calls).toEqual([
			[1000, 2000],
			[2000, 2000]
		]);
	});

	it('ends once when the document has faults, or no events', () => {
		const { calls, result } = progressOf(broken((doc) => delete (doc.events[0] as { date?: unknown }).date));
		expect(result.faults).toHaveLength(2); // the schema's, and the missing article text's
		expect(calls).toEqual([[11, 11]]);
		expect(progressOf(null).calls).toEqual([[0, 0]]);
	});
});

function doc0Id(): string {
	return seedDocument().events[0]!.id as string;
}

describe('the published JSON Schema', () => {
	const ajv = new Ajv2020({ strict: false });
	const validate = ajv.compile(timelineJsonSchema());

	it('accepts the seed document', () => {
		expect(validate(seedDocument()), JSON.stringify(validate.errors)).toBe(true);
	});

	it('rejects what the validator rejects for its shape', () => {
		expect(validate(broken((doc) => delete (doc.events[0] as { date?: unknown }).date))).toBe(false);
		expect(validate(broken((doc) => ((doc.events[0] as Record<string, unknown>).colour = 'red')))).toBe(false);
		expect(validate(broken((doc) => (doc.events[0]!.id = 'Not Kebab')))).toBe(false);
	});
});
