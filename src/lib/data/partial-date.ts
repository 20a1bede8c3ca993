/** A date only as precise as its source: "2024", "2024-09" or "2024-12-07". */
export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
	iso: string;
	precision: DatePrecision;
}

const shape = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Returns null for anything that is not a real calendar date in one of the three shapes. */
export function parsePartialDate(text: string): PartialDate | null {
	const match = shape.exec(text);
	if (!match) return null;
	const [, year, month, day] = match;
	if (month !== undefined && (+month < 1 || +month > 12)) return null;
	if (day !== undefined) {
		const date = new Date(Date.UTC(+year, +month - 1, +day));
		if (date.getUTCMonth() !== +month - 1) return null;
		return { iso: text, precision: 'day' };
	}
	return { iso: text, precision: month === undefined ? 'year' : 'month' };
}

/** First instant of the span the date covers (UTC). */
export function spanStart({ iso }: PartialDate): Date {
	const [year, month = 1, day = 1] = iso.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, day));
}

/** First instant after the span: a month-only date covers its whole month. */
export function spanEnd(date: PartialDate): Date {
	const start = spanStart(date);
	const [year, month, day] = [start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()];
	if (date.precision === 'year') return new Date(Date.UTC(year + 1, 0, 1));
	if (date.precision === 'month') return new Date(Date.UTC(year, month + 1, 1));
	return new Date(Date.UTC(year, month, day + 1));
}

export function compareDates(a: PartialDate, b: PartialDate): number {
	return spanStart(a).getTime() - spanStart(b).getTime() || a.iso.length - b.iso.length;
}

/** Whether `inner` falls inside the span of `outer` ("2024-06" contains "2024-06-14" but not "2024-11-28"). */
export function spanContains(outer: PartialDate, inner: PartialDate): boolean {
	return spanStart(inner) >= spanStart(outer) && spanEnd(inner) <= spanEnd(outer);
}
