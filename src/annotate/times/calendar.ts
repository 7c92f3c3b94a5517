/**
 * Calendar arithmetic on plain dates (no time zone: a news date is a calendar day), and the ISO
 * 8601 forms sitrep exports at each precision: YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD.
 */

/** A calendar day. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

function toUtc(date: CalendarDay): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

function fromUtc(date: Date): CalendarDay {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day `days` after `date` (negative for before). */
export function addDays(date: CalendarDay, days: number): CalendarDay {
  return fromUtc(new Date(toUtc(date).getTime() + days * MS_PER_DAY));
}

/** The month `months` after the month of `date`, as `{ year, month }`. */
export function addMonths(date: { readonly year: number; readonly month: number }, months: number): { year: number; month: number } {
  const index = date.year * 12 + (date.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Day of the week, 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(date: CalendarDay): number {
  return toUtc(date).getUTCDay();
}

/** The ISO 8601 week of a day: the week-numbering year and the week number. */
export function isoWeek(date: CalendarDay): { year: number; week: number } {
  const utc = toUtc(date);
  const weekday = utc.getUTCDay() === 0 ? 7 : utc.getUTCDay();
  const thursday = new Date(utc.getTime() + (4 - weekday) * MS_PER_DAY);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / MS_PER_DAY + 1) / 7);
  return { year: thursday.getUTCFullYear(), week };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** `YYYY`. */
export function formatYear(year: number): string {
  return pad(year, 4);
}

/** `YYYY-MM`. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** `YYYY-MM-DD`. */
export function formatDay(date: CalendarDay): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** `YYYY-Www` for the ISO week holding `date`. */
export function formatWeek(date: CalendarDay): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** `YYYY-MM-DDTHH:MM`. */
export function formatDateTime(date: CalendarDay, hour: number, minute: number): string {
  return `${formatDay(date)}T${pad(hour)}:${pad(minute)}`;
}

/** Whether a day exists (rejects February 30). */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return fromUtc(toUtc({ year, month, day })).day === day;
}
