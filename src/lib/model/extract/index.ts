/** Temporal-expression extraction: find every date, time, duration and set in a text and resolve it. */
export { extractTemporalExpressions, ExtractionError, RULES } from './extract';
export type { ExtractionResult, Signal, TemporalExpression, TimexMod, TimexType } from './types';
