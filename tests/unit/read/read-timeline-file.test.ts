/**
 * The reader `npm run validate` and the build share (readTimelineFile), on files as editors save them
 * and on a textFile that climbs out of the folder; and the build's loader on the bundled data.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTimelineFile } from '../../../src/lib/server/read-timeline-file';
import { bundledTimelineIds, InvalidTimelineError, loadBundledTimeline } from '../../../src/lib/server/bundled-timelines';
import { seedDocument, seedText } from '../helpers';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A folder data/<id>/ holding `files`, under a fresh temporary folder; the path of its timeline.json. */
function folder(files: Record<string, Uint8Array>): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'chronoscope-read-')), 'data', 'the-id');
	mkdirSync(dir, { recursive: true });
	for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
	return join(dir, 'timeline.json');
}

const FILE = 'data/the-id/timeline.json';
const seedJson = () => utf8(JSON.stringify(seedDocument(), null, '\t'));

describe('readTimelineFile', () => {
	it('reads a document and an article text saved by a Windows editor: byte-order marks and CRLF', () => {
		const path = folder({
			'timeline.json': Buffer.concat([BOM, utf8(JSON.stringify(seedDocument(), null, '\t').replace(/\n/g, '\r\n'))]),
			'article.txt': Buffer.concat([BOM, utf8(seedText().replace(/\n/g, '\r\n'))])
		});
		const { faults, timeline } = readTimelineFile(path, FILE);
		expect(faults).toEqual([]);
		expect(timeline?.articles[0]?.text).toBe(seedText());
	});

	it('names a document that is not UTF-8', () => {
		const latin1 = Buffer.from(JSON.stringify(seedDocument()).replace('Putin', 'Put\u00efn'), 'latin1');
		const path = folder({ 'timeline.json': latin1, 'article.txt': utf8(seedText()) });
		expect(readTimelineFile(path, FILE).faults).toEqual([
			{ file: FILE, path: '$', reason: expect.stringMatching(/^is not UTF-8 text: it has the byte 0xEF at offset \d+ \(line 1\)/) }
		]);
	});

	it('names an article text that is not UTF-8 at $.article.textFile, and still checks the rest', () => {
		const doc = seedDocument();
		(doc.events[0]!.date as { edtf: string }).edtf = 'not a date';
		const path = folder({ 'timeline.json': utf8(JSON.stringify(doc)), 'article.txt': Buffer.from(seedText().replace('‘', '\u0091'), 'latin1') });
		const { faults } = readTimelineFile(path, FILE);
		expect(faults[0]).toEqual({
			file: FILE,
			path: '$.article.textFile',
			reason: expect.stringMatching(/^"article.txt" is not UTF-8 text: it has the byte 0x91 at offset \d+ \(line 1\)/)
		});
		expect(faults.slice(1).map((fault) => fault.path)).toContain('$.events[0].date.edtf');
	});

	it.each(['../secret.txt', '../../secret.txt', '/etc/passwd', '..\\secret.txt'])('refuses a textFile %s that climbs out of the folder, and reads nothing there', (textFile) => {
		const doc = seedDocument();
		(doc.article as { textFile: string }).textFile = textFile;
		const path = folder({ 'timeline.json': utf8(JSON.stringify(doc)) });
		// Bytes that are not UTF-8 beside and above the folder: reading them would add a fault naming them.
		writeFileSync(join(path, '../../secret.txt'), Buffer.from([0xff]));
		writeFileSync(join(path, '../../../secret.txt'), Buffer.from([0xff]));
		expect(readTimelineFile(path, FILE).faults).toEqual([{ file: FILE, path: '$.article.textFile', reason: 'must be a .txt file name beside the document, not a path or URL' }]);
	});

	it('names a missing document and a missing text', () => {
		expect(readTimelineFile('/nonexistent/timeline.json', FILE).faults).toEqual([{ file: FILE, path: '$', reason: 'no such file' }]);
		expect(readTimelineFile(folder({ 'timeline.json': seedJson() }), FILE).faults).toEqual([
			{ file: FILE, path: '$.article.textFile', reason: '"article.txt" cannot be read beside the document: no such file' }
		]);
	});
});

describe('the build’s loader of bundled timelines', () => {
	it('loads every folder under data/', () => {
		expect(bundledTimelineIds().length).toBeGreaterThan(0);
		for (const id of bundledTimelineIds()) expect(loadBundledTimeline(id)?.events.length).toBeGreaterThan(0);
		expect(loadBundledTimeline('no-such-timeline')).toBeUndefined();
	});

	it('stops with the fault lines alone, which the build prints in place of a stack', () => {
		const error = new InvalidTimelineError(['data/x/timeline.json: at $.article.textFile: must be a .txt file name beside the document, not a path or URL']);
		expect(error.stack).toBe(
			'InvalidTimelineError: Invalid timeline data:\ndata/x/timeline.json: at $.article.textFile: must be a .txt file name beside the document, not a path or URL'
		);
	});
});
