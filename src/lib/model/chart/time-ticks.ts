/**
 * The timeline's axis: which ticks to draw for a visible time range and width, and how to label them so
 * that no two labels overlap. Calendar ticks (months, days, hours) come from d3-time; year ticks are
 * counted on the historical year line (… 2 BCE, 1 BCE, 1 CE, 2 CE …, no year zero) or, in deep time, in
 * years ago, with nice steps from d3-array. Positions are in pixels, so the views only draw.
 */
import { tickIncrement } from 'd3-array';
import { unixDay, utcDay, utcHour, utcMinute, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { lightFormat } from 'date-fns';
import { UTCDate } from '../date/utc-date';
import { formatDayAndMonth, formatMonth } from '../date/format-date';
import { projector, type Domain } from './projection';
import { MS_PER_AVERAGE_YEAR, MS_PER_DAY, astronomicalYear, formatYear, historicalYear, isDateYear, yearOf, yearStart, yearsAgoOf, yearsAgoStart, type TimeMs } from '../date/time';

export type TickLevel = 'minute' | 'hour' | 'day' | 'month' | 'year' | 'years-ago';

export interface AxisTick {
	time: TimeMs;
	x: number;
	label: string;
}

export interface AxisLayout {
	level: TickLevel;
	ticks: AxisTick[];
	/** The enclosing periods (the year when ticks are months), the first one pinned to the left edge. */
	context: AxisTick[];
}

/** Measures a label's width in pixels as drawn. */
export type MeasureText = (text: string) => number;

/** A rough measure for 12px sans-serif, for tests and for code that has no canvas to measure with. */
export const estimateTextWidth: MeasureText = (text) => text.length * 7;

/** Space kept free between two labels, in pixels. */
export const LABEL_GAP = 10;

interface CalendarStep {
	level: TickLevel;
	interval: TimeInterval;
	/** The shortest gap between two ticks of this step. */
	minGap: number;
	label: (date: Date) => string;
	context?: { interval: CountableTimeInterval; label: (date: Date) => string };
}

const clock = (date: Date) => lightFormat(new UTCDate(date), 'HH:mm');
const dayOfMonth = (date: Date) => lightFormat(new UTCDate(date), 'd');
const yearContext = { interval: utcYear, label: (date: Date) => formatYear(date.getUTCFullYear()) };
const monthContext = { interval: utcMonth, label: (date: Date) => `${formatMonth(date)} ${formatYear(date.getUTCFullYear())}` };
const dayContext = { interval: utcDay, label: (date: Date) => `${formatDayAndMonth(date)} ${formatYear(date.getUTCFullYear())}` };

function every(interval: CountableTimeInterval, step: number): TimeInterval {
	const filtered = interval.every(step);
	if (!filtered) throw new Error(`no interval every ${step}`);
	return filtered;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const CALENDAR_STEPS: CalendarStep[] = [
	...[1, 5, 15, 30].map((n) => ({ level: 'minute' as const, interval: every(utcMinute, n), minGap: n * MINUTE, label: clock, context: dayContext })),
	...[1, 3, 6, 12].map((n) => ({ level: 'hour' as const, interval: every(utcHour, n), minGap: n * HOUR, label: clock, context: dayContext })),
	// unixDay counts days from the epoch, so every second day is evenly spaced across month ends.
	{ level: 'day', interval: unixDay, minGap: MS_PER_DAY, label: dayOfMonth, context: monthContext },
	{ level: 'day', interval: every(unixDay, 2), minGap: 2 * MS_PER_DAY, label: dayOfMonth, context: monthContext },
	{ level: 'day', interval: utcMonday, minGap: 7 * MS_PER_DAY, label: dayOfMonth, context: monthContext },
	...[1, 3, 6].map((n) => ({
		level: 'month' as const,
		interval: every(utcMonth, n),
		minGap: n * 28 * MS_PER_DAY,
		label: formatMonth,
		context: yearContext
	}))
];

/** Whether every label ends, with a gap, before the next tick; measured on the actual positions. */
function fits(ticks: AxisTick[], measure: MeasureText): boolean {
	for (let i = 1; i < ticks.length; i++) {
		const previous = ticks[i - 1] as AxisTick;
		if ((ticks[i] as AxisTick).x - previous.x < measure(previous.label) + LABEL_GAP) return false;
	}
	return true;
}

/** Enclosing periods as context labels; the first is pinned at the left edge until the next pushes it out. */
function contextTicks(step: CalendarStep, domain: Domain, x: (t: TimeMs) => number, measure: MeasureText): AxisTick[] {
	if (!step.context) return [];
	const { interval, label } = step.context;
	const [a, b] = domain;
	const first = interval.floor(new Date(a));
	const boundaries = interval.range(new Date(a), new Date(b));
	const ticks = boundaries.map((date) => ({ time: date.getTime(), x: x(date.getTime()), label: label(date) }));
	const pinnedLabel = label(first);
	const next = ticks[0];
	if (!next || next.x > 0.5) {
		const room = next ? next.x - measure(pinnedLabel) - LABEL_GAP : 0;
		ticks.unshift({ time: first.getTime(), x: Math.min(0, room), label: pinnedLabel });
	}
	return ticks;
}

/** Nice steps for a number line: 1, 2, 5, 10, 20, 50 … from d3-array's tickIncrement. */
function niceSteps(span: number, width: number): number[] {
	const steps = new Set<number>();
	for (let count = Math.max(1, Math.floor(width / 24)); count >= 1; count = Math.floor(count / 1.6)) {
		const increment = tickIncrement(0, span, count);
		steps.add(increment > 0 ? increment : -1 / increment);
		if (count === 1) break;
	}
	// At the edge of floating-point precision (deep time zoomed far in) a span can round to nothing.
	return [...steps].filter((step) => Number.isFinite(step) && step > 0).sort((p, q) => p - q);
}

/** Year ticks on the historical year line: 1 BCE is followed by 1 CE. */
function historicalYearTicks(domain: Domain, width: number, measure: MeasureText): AxisTick[] | undefined {
	const x = projector(domain, width);
	const [a, b] = domain;
	const h0 = historicalYear(yearOf(a));
	const h1 = historicalYear(yearOf(b)) + 1;
	for (const step of niceSteps(h1 - h0, width)) {
		if (step < 1 || !Number.isInteger(step)) continue;
		const gap = (step * MS_PER_AVERAGE_YEAR * width) / (b - a);
		if (gap < 20) continue;
		const ticks: AxisTick[] = [];
		const first = Math.ceil(h0 / step);
		if (!Number.isSafeInteger(first)) continue;
		for (let h = first * step; h <= h1 && ticks.length <= width; h += step) {
			// There is no year zero: a tick there stands at 1 CE.
			const year = h === 0 ? 1 : astronomicalYear(h);
			const time = yearStart(year);
			if (time >= a && time <= b) ticks.push({ time, x: x(time), label: formatYear(year) });
		}
		if (fits(ticks, measure)) return ticks;
	}
	return undefined;
}

/** Deep time: ticks in years before YEARS_AGO_FROM, in billions, millions or thousands, the unit named in the context row. */
function yearsAgoTicks(domain: Domain, width: number, measure: MeasureText): AxisLayout {
	const x = projector(domain, width);
	const [a, b] = domain;
	const oldest = yearsAgoOf(a);
	const newest = yearsAgoOf(b);
	const unit = oldest >= 1e9 ? 1e9 : oldest >= 1e6 ? 1e6 : 1e3;
	const unitName = unit === 1e9 ? 'billion years ago' : unit === 1e6 ? 'million years ago' : 'thousand years ago';
	for (const step of niceSteps(oldest - newest, width)) {
		const gap = (step * MS_PER_AVERAGE_YEAR * width) / (b - a);
		if (gap < 20) continue;
		const decimals = Math.max(0, Math.ceil(-Math.log10(step / unit) - 1e-9));
		const ticks: AxisTick[] = [];
		const first = Math.ceil(newest / step);
		// Past 2^53 steps from zero, counting in steps no longer moves (deep time zoomed far in).
		if (!Number.isSafeInteger(first)) continue;
		for (let n = first; n * step <= oldest && n - first <= width; n++) {
			const ago = n * step + 0; // + 0 turns -0 into 0
			const time = yearsAgoStart(ago);
			ticks.push({ time, x: x(time), label: (ago / unit).toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) });
		}
		ticks.reverse();
		if (fits(ticks, measure)) return { level: 'years-ago', ticks, context: [{ time: a, x: 0, label: unitName }] };
	}
	return { level: 'years-ago', ticks: [], context: [{ time: a, x: 0, label: unitName }] };
}

/**
 * The axis for the visible range `domain` drawn across `width` pixels: the finest ticks whose labels all
 * fit without overlapping, with the enclosing period as context.
 */
export function layoutAxis(domain: Domain, width: number, measure: MeasureText = estimateTextWidth): AxisLayout {
	const layout = chooseTicks(domain, width, measure);
	// A label that would run off the right edge is dropped rather than cut.
	layout.ticks = layout.ticks.filter((tick) => tick.x >= 0 && tick.x + 3 + measure(tick.label) <= width);
	return layout;
}

function chooseTicks(domain: Domain, width: number, measure: MeasureText): AxisLayout {
	const [a, b] = domain;
	if (!(b > a) || !(width > 0)) return { level: 'year', ticks: [], context: [] };
	const x = projector(domain, width);
	const inCalendar = isDateYear(yearOf(a)) && isDateYear(yearOf(b));
	if (inCalendar) {
		for (const step of CALENDAR_STEPS) {
			const gap = (step.minGap * width) / (b - a);
			if (gap < 20) continue;
			if (gap > width * 2) continue; // so fine that no tick but the edges would show: keep looking for none finer
			const ticks = step.interval.range(new Date(a), new Date(b)).map((date) => ({ time: date.getTime(), x: x(date.getTime()), label: step.label(date) }));
			if (fits(ticks, measure)) return { level: step.level, ticks, context: contextTicks(step, domain, x, measure) };
		}
	}
	if (yearOf(a) > -100_000) {
		const ticks = historicalYearTicks(domain, width, measure);
		if (ticks) return { level: 'year', ticks, context: [] };
	}
	return yearsAgoTicks(domain, width, measure);
}
