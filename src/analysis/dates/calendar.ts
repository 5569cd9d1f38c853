/** Calendar arithmetic on plain numbers (UTC, no time zones): deterministic whatever the machine's clock. */

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A reference date at the precision it is known: a publication date of `2022-07` has no day. */
export interface RefDate {
  y: number;
  m?: number;
  d?: number;
}

/** Parses `2022`, `2022-07`, `2022-07-25` or `2022-07-25T22:16` into a reference date (time ignored). */
export function parseRef(value: string | null | undefined): RefDate | undefined {
  const m = value?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return undefined;
  return { y: +m[1]!, m: m[2] ? +m[2] : undefined, d: m[3] ? +m[3] : undefined };
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** The date `days` days after y-m-d, as [y, m, d]. */
export function addDays(y: number, m: number, d: number, days: number): [number, number, number] {
  const t = utc(y, m, d);
  t.setUTCDate(t.getUTCDate() + days);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export const isoWeekday = (y: number, m: number, d: number) => ((utc(y, m, d).getUTCDay() + 6) % 7) + 1;

/** ISO 8601 week of a day, as `YYYY-Www`. */
export function isoWeek(y: number, m: number, d: number): string {
  const wd = isoWeekday(y, m, d);
  const [ty, tm, td] = addDays(y, m, d, 4 - wd); // the Thursday of this week decides the year
  const jan1 = utc(ty, 1, 1);
  const week = Math.floor((utc(ty, tm, td).getTime() - jan1.getTime()) / 86_400_000 / 7) + 1;
  return `${ty}-W${pad(week)}`;
}

/** Whether y-m-d is a real calendar day. */
export function isValidDay(y: number, m: number, d: number): boolean {
  const t = utc(y, m, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export const fmtDay = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export const fmtMonth = (y: number, m: number) => `${y}-${pad(m)}`;

/** Month arithmetic: the month `n` months after y-m, as [y, m]. */
export function addMonths(y: number, m: number, n: number): [number, number] {
  const i = y * 12 + (m - 1) + n;
  return [Math.floor(i / 12), (i % 12) + 1];
}
