// Type declarations for the parts of the `edtf` package that Chronoscope uses.
declare module 'edtf' {
	interface Bitmask {
		value: number;
	}
	interface EdtfValue {
		/** First and last millisecond covered (inclusive); NaN beyond JavaScript's Date range. */
		readonly min: number;
		readonly max: number;
		readonly values: unknown[];
		/** 0 for date-times, 1 year, 2 month, 3 day. */
		readonly precision?: number;
		readonly approximate?: Bitmask | boolean;
		readonly uncertain?: Bitmask | boolean;
		readonly unspecified?: Bitmask | boolean;
		readonly lower?: EdtfValue | number;
		readonly upper?: EdtfValue | number;
		toEDTF(): string;
	}
	interface ParseResult {
		type: string;
		level: number;
		values: unknown[];
		offset?: number;
		timeZone?: string;
	}
	export function parse(input: string, options?: { level?: number; types?: string[] }): ParseResult;
	/** Builds a value from EDTF text or from a parse result (whose `type` survives minification). */
	export default function edtf(input: string | ParseResult): EdtfValue;
}
