/** Display helpers for the site: dates at their precision, languages by name. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MOD: Record<string, string> = { START: 'early', MID: 'mid', END: 'late', APPROX: 'about' };

function point(v: string): { text: string; y?: string; m?: number; d?: number } {
  const [datePart, time] = v.split('T');
  const week = datePart!.match(/^(\d{4}|XXXX)-W(\d{2}|XX)$/);
  if (week) return { text: `week ${week[2]} of ${week[1] === 'XXXX' ? 'an unknown year' : week[1]}` };
  const [y, m, d] = datePart!.split('-');
  const year = y === 'XXXX' ? undefined : y;
  const month = m && m !== 'XX' ? +m : undefined;
  const day = d && d !== 'XX' ? +d : undefined;
  const parts = [day, month ? MONTHS[month - 1] : m ? 'an unknown month' : undefined, year ?? (m ? '(year unknown)' : 'unknown year')].filter((x) => x !== undefined);
  return { text: parts.join(' ') + (time ? `, ${time}` : ''), y: year, m: month, d: day };
}

/**
 * A TIMEX value as a reader says it, at its precision: "25 July 2022", "October 2023",
 * "6–13 October 2023", "late January 2023", "October (year unknown)".
 */
export function formatDate(value: string, mod?: string): string {
  const [a, b] = value.split('/');
  let text: string;
  if (b) {
    const p = point(a!);
    const q = point(b);
    text = p.y === q.y && p.m === q.m && p.d && q.d && p.m ? `${p.d}–${q.text}` : `${p.text} – ${q.text}`;
  } else text = point(a!).text;
  return mod && MOD[mod] ? `${MOD[mod]} ${text}` : text;
}

/** Where a publication date came from, in words. */
export const provenance: Record<string, string> = { text: 'stated in the text', editor: 'supplied by an editor', inferred: 'inferred' };

const names = new Intl.DisplayNames(['en'], { type: 'language' });
/** English name of a language code ("pl" → "Polish"). */
export function languageName(code: string): string {
  if (code === 'und') return 'Undetermined';
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Plural-aware count ("1 article", "3 articles"). */
export const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A URL path under the site's base. */
export const url = (path: string) => `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
