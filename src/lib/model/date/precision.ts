/** How finely a date is known, from coarsest to finest. Apart from fuzzy-date.ts, which loads the EDTF parser. */
export const PRECISIONS = ['millennium', 'century', 'decade', 'year', 'month', 'day', 'minute'] as const;
export type Precision = (typeof PRECISIONS)[number];
