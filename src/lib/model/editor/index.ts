/** The editor's state, and the files it opens and publishes. */
export type { ArticleMeta, EditorEvent, EditorState, Review } from './state';
export { documentOf, stateOf } from './document';
export { openFiles, type EditorOpenResult } from './open';
export type { OpenedFile, OpenedFormat, OpenError } from '../read/open-files';
export { SHEET_COLUMNS, readTimelineJsSheet, type SheetColumn, type SheetResult } from '../read/timelinejs-sheet';
