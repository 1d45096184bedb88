/**
 * Rules for calendar dates, one module per construction; in this order, which breaks ties between
 * matches of the same length.
 */
import type { Rule } from '../rule';
import { DAYS_AND_MONTHS_RULES } from './days-and-months';
import { HOLIDAYS_RULES } from './holidays';
import { RELATIVE_RULES } from './relative';
import { SEASONS_AND_QUARTERS_RULES } from './seasons-and-quarters';
import { WEEKDAYS_RULES } from './weekdays';
import { YEARS_RULES } from './years';

export const DATE_RULES: Rule[] = [...DAYS_AND_MONTHS_RULES, ...YEARS_RULES, ...SEASONS_AND_QUARTERS_RULES, ...HOLIDAYS_RULES, ...RELATIVE_RULES, ...WEEKDAYS_RULES];
