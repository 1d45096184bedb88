// Type declarations for the part of the `stopword` package that Chronoscope uses (it ships none).
declare module 'stopword' {
	/** English stop words, lower case. */
	export const eng: readonly string[];
}
