/** The editor's state, and the files it opens and publishes. */
export type { ArticleMeta, EditorEvent, EditorState, Review } from './state';
export { documentOf, stateOf } from './document';
export { openFiles, type OpenedFile, type OpenedFormat, type OpenError, type OpenResult } from './open-files';
export { SHEET_COLUMNS, readTimelineJsSheet, type SheetColumn, type SheetResult } from './timelinejs-sheet';
