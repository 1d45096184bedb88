/** What the fuzz tests ask of the editor's opener's answer (see open-files.test.ts). */
import Papa from 'papaparse';
import { expect } from 'vitest';
import { openFiles, type EditorOpenResult as OpenResult } from '../../src/lib/model/editor/open';
import type { OpenedFile } from '../../src/lib/model/read/open-files';

/** A file's text, its bytes read as UTF-8 where it was given as bytes (a byte-order mark dropped either way). */
export function textIn(file: OpenedFile): string {
	const text = 'text' in file ? file.text : new TextDecoder().decode(file.bytes);
	return text.replace(/^\uFEFF/, '');
}
import { expectNoPollution, expectWellFormedFaults, mentions, timed } from './properties';

/** The rows of a sheet that hold a slide: not blank, and not the title (Type "title"). */
function slideRows(csv: string): number {
	const rows = Papa.parse<string[]>(csv, { header: false, delimitersToGuess: [',', ';', '\t'] }).data;
	const type = (rows[0] ?? []).findIndex((cell) => cell.trim().toLowerCase() === 'type');
	return rows.slice(1).filter((row) => row.some((cell) => cell.trim() !== '') && (type === -1 || (row[type] ?? '').trim().toLowerCase() !== 'title')).length;
}

/** How many events the files hold, as the format reads them, or undefined when that cannot be told. */
function eventsIn(files: readonly OpenedFile[], format: string): number | undefined {
	const main = files.find((file) => file.name.toLowerCase().endsWith(format === 'csv' ? '.csv' : '.json')) ?? files[0];
	if (!main) return undefined;
	const text = textIn(main);
	if (format === 'csv') return slideRows(text);
	const json = JSON.parse(text) as { events: unknown[]; eras?: unknown[] };
	return json.events.length + (format === 'timelinejs' ? (json.eras?.length ?? 0) : 0);
}

export function check(target: string, files: OpenedFile[]): OpenResult {
	const result = timed(
		target,
		() => files.map((file) => `${file.name}: ${textIn(file).length} chars`).join(', '),
		() => openFiles(files)
	);
	expectNoPollution();
	expect(openFiles(files)).toEqual(result);
	const input = files.map((file) => [file.name, textIn(file), file.type ?? '']);
	if (result.kind === 'error') {
		expect(result.message.trim()).not.toBe('');
		if (files.length > 0)
			expect(
				files.some((file) => result.message.includes(file.name)),
				result.message
			).toBe(true);
		for (const word of ['undefined', '[object Object]']) if (!mentions(input, word)) expect(result.message).not.toContain(word);
	} else if (result.kind === 'article') {
		// The article is the file's text as it is (a byte-order mark aside, its line endings LF), under its name.
		expect(files).toHaveLength(1);
		expect(result.text).toBe(textIn(files[0] as OpenedFile).replace(/\r\n?/g, '\n'));
	} else {
		const main = files.find((file) => result.faults.every((fault) => fault.file === file.name)) as OpenedFile;
		expect(main, 'the faults name the opened file').toBeDefined();
		expectWellFormedFaults(result.faults, main.name, input);
		expect(result.state.events.length, 'no event is dropped').toBe(eventsIn([main], result.format));
	}
	return result;
}
