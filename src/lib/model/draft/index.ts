/** Drafting a timeline document from an article and the dates found in it. */
export { draftTimeline, UNNAMED_LANE, type Draft, type DraftedEvent, type DraftInput, type SkippedExpression } from './draft';
export { CATEGORY_RULES, OTHER_CATEGORY, categorise } from './categories';
export { eventId, kebab, uniqueId } from './ids';
