import type { DateMention, Precision } from '../../schemas';
import { dateLexicon } from '../lexicon';
import {
  addDays,
  addMonths,
  fmtDay,
  fmtMonth,
  isoWeek,
  isoWeekday,
  isValidDay,
  pad,
  type RefDate,
} from './calendar';
import { compileLexicon, normWord, type CompiledLexicon, type CompiledPattern } from './compile';

type Mod = NonNullable<DateMention['mod']>;
/** A date found in text, before it is attached to a sentence. */
export type FoundDate = Omit<DateMention, 'sentence'>;

const compiled = new Map<string, CompiledLexicon | undefined>();
/** The compiled date lexicon of a language (cached), or undefined when there is none. */
export function compiledDates(lang: string): CompiledLexicon | undefined {
  if (!compiled.has(lang)) {
    const lex = dateLexicon(lang);
    compiled.set(lang, lex && compileLexicon(lang, lex));
  }
  return compiled.get(lang);
}

interface Candidate {
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
  pattern: CompiledPattern;
}

const precisionOf = (value: string): Precision => {
  const first = value.split('/')[0]!;
  if (first.includes('T')) return 'minute';
  if (first.includes('W')) return 'week';
  const parts = first.split('-').length;
  return parts === 3 ? 'day' : parts === 2 ? 'month' : 'year';
};

/** What a match means, given its slots and the reference date: see docs/data-formats.md. */
function resolve(c: Candidate, lex: CompiledLexicon, ref: RefDate | undefined): { value: string; mod?: Mod; how: string } | null {
  const g = c.groups;
  const L = lex.lexicon;
  const word = (s: string | undefined) => (s === undefined ? undefined : normWord(s));
  const lookup = (table: Record<string, number>, s: string | undefined) => {
    const w = word(s);
    if (w === undefined) return undefined;
    for (const [k, v] of Object.entries(table)) if (normWord(k) === w) return v;
    return undefined;
  };
  const month = g.month ? lex.month.get(word(g.month)!) : undefined;
  const month2 = g.month2 ? lex.month.get(word(g.month2)!) : undefined;
  const day = g.day ? parseInt(g.day, 10) : undefined;
  const day2 = g.day2 ? parseInt(g.day2, 10) : undefined;
  const year = g.year ? +g.year : undefined;
  const year2 = g.year2 ? +g.year2 : undefined;
  const partMod = g.part ? (Object.entries(L.parts).find(([k]) => normWord(k) === word(g.part))?.[1] as Mod | undefined) : undefined;
  const mod: Mod | undefined = partMod ?? c.pattern.mod;
  const dir = g.past ? -1 : g.next ? 1 : 0;
  const relYear = lookup(L.relativeYears, g.relYear);
  const time = g.time?.replace(/[.h]/, ':');
  const withTime = (v: string) => (time ? `${v}T${time.padStart(5, '0')}` : v);
  const refText = ref ? [ref.y, ref.m && pad(ref.m), ref.d && pad(ref.d)].filter(Boolean).join('-') : '';

  // "3 days ago", "tre giorni fa"
  if (g.num && g.unit) {
    const n = /^\d+$/.test(g.num) ? +g.num : lookup(L.numbers, g.num);
    const unit = Object.entries(L.units).find(([k]) => normWord(k) === word(g.unit))?.[1];
    if (n === undefined || !unit) return null;
    const k = n * (c.pattern.dir ?? -1);
    if (!ref) return { value: unit === 'year' ? 'XXXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX', mod, how: 'offset, no reference date' };
    if (unit === 'year') return { value: String(ref.y + k), mod, how: `${k} years from ${refText}` };
    if (!ref.m) return { value: unit === 'month' ? `${ref.y}-XX` : `${ref.y}-XX-XX`, mod, how: 'offset, reference has no month' };
    if (unit === 'month') return { value: fmtMonth(...addMonths(ref.y, ref.m, k)), mod, how: `${k} months from ${refText}` };
    if (!ref.d) return { value: `${fmtMonth(ref.y, ref.m)}-XX`, mod, how: 'offset, reference has no day' };
    const [y, m, d] = addDays(ref.y, ref.m, ref.d, unit === 'week' ? 7 * k : k);
    return unit === 'week' ? { value: isoWeek(y, m, d), mod, how: `${k} weeks from ${refText}` } : { value: fmtDay(y, m, d), mod, how: `${k} days from ${refText}` };
  }
  // "hoje", "ieri", "вчера"
  if (g.relDay) {
    const k = lookup(L.relativeDays, g.relDay) ?? 0;
    if (!ref?.d || !ref.m) return { value: ref?.m ? `${fmtMonth(ref.y, ref.m)}-XX` : 'XXXX-XX-XX', mod, how: 'relative day, reference has no day' };
    return { value: withTime(fmtDay(...addDays(ref.y, ref.m, ref.d, k))), mod, how: `${k >= 0 ? '+' : ''}${k} days from ${refText}` };
  }
  if (g.relWeek) {
    const k = lookup(L.relativeWeeks, g.relWeek) ?? 0;
    if (!ref?.d || !ref.m) return { value: 'XXXX-WXX', mod, how: 'relative week, reference has no day' };
    return { value: isoWeek(...addDays(ref.y, ref.m, ref.d, 7 * k)), mod, how: `${k} weeks from ${refText}` };
  }
  if (g.relMonth) {
    const k = lookup(L.relativeMonths, g.relMonth) ?? 0;
    if (!ref?.m) return { value: 'XXXX-XX', mod, how: 'relative month, reference has no month' };
    return { value: fmtMonth(...addMonths(ref.y, ref.m, k)), mod, how: `${k} months from ${refText}` };
  }
  // A weekday names the day only when no explicit date stands beside it ("lunedì 6 ottobre").
  if (g.weekday && !(day && month)) {
    const wd = lex.weekday.get(word(g.weekday)!);
    const wd2 = g.weekday2 ? lex.weekday.get(word(g.weekday2)!) : undefined;
    if (!wd) return null;
    if (!ref?.d || !ref.m) return { value: 'XXXX-XX-XX', mod, how: 'weekday, reference has no day' };
    const refWd = isoWeekday(ref.y, ref.m, ref.d);
    const pick = (target: number) => {
      let off = target - refWd;
      if (dir < 0) off = off >= 0 ? off - 7 : off;
      else if (dir > 0) off = off <= 0 ? off + 7 : off;
      else if (off > 3) off -= 7;
      else if (off < -3) off += 7;
      return addDays(ref.y, ref.m!, ref.d!, off);
    };
    const first = pick(wd);
    const how = `${dir < 0 ? 'previous' : dir > 0 ? 'next' : 'nearest'} weekday to ${refText}`;
    if (wd2) {
      const second = addDays(...first, ((wd2 - wd + 7) % 7) || 7);
      return { value: `${fmtDay(...first)}/${fmtDay(...second)}`, mod, how };
    }
    return { value: withTime(fmtDay(...first)), mod, how };
  }
  // Which year an unyeared month or day falls in: news looks back, so the most recent one not after the
  // reference month ({past}: strictly before; {next}: strictly after).
  const yearFor = (m: number): { y?: number; how: string } => {
    if (year !== undefined) return { y: year, how: 'stated' };
    if (relYear !== undefined) return ref ? { y: ref.y + relYear, how: `${relYear} years from ${refText}` } : { how: 'relative year, no reference date' };
    if (!ref) return { how: 'no year, no reference date' };
    if (!ref.m) return { y: ref.y, how: `year of the reference ${refText}` };
    if (dir < 0) return { y: m < ref.m ? ref.y : ref.y - 1, how: `last such month before ${refText}` };
    if (dir > 0) return { y: m > ref.m ? ref.y : ref.y + 1, how: `next such month after ${refText}` };
    return { y: m <= ref.m ? ref.y : ref.y - 1, how: `most recent such month up to ${refText}` };
  };
  const yStr = (y?: number) => (y === undefined ? 'XXXX' : String(y));
  if (day !== undefined && month !== undefined) {
    // A day without a year is often announced ahead ("le 20 octobre", an election) but news mostly looks
    // back: the coming such day wins only when it is less than half as far as the last one. A word saying
    // past or next decides outright; a month alone always looks back.
    const nearest = (): { y?: number; how: string } => {
      if (year !== undefined || relYear !== undefined || dir !== 0 || !ref?.m) return yearFor(month);
      const refDay = Date.UTC(ref.y, ref.m - 1, ref.d ?? 15);
      const at = (y: number) => Date.UTC(y, month - 1, day) - refDay;
      const past = at(ref.y) <= 0 ? ref.y : ref.y - 1;
      const coming = past + 1;
      return at(coming) < -at(past) / 2 ? { y: coming, how: `coming such day, much nearer ${refText}` } : { y: past, how: `last such day up to ${refText}` };
    };
    const { y, how } = nearest();
    if (y !== undefined && !isValidDay(y, month, day)) return null;
    const v1 = `${yStr(y)}-${pad(month)}-${pad(day)}`;
    if (day2 !== undefined) {
      const m2 = month2 ?? month;
      const y2 = year2 ?? (y !== undefined && m2 < month ? y + 1 : y);
      return { value: `${v1}/${yStr(y2)}-${pad(m2)}-${pad(day2)}`, mod, how };
    }
    return { value: withTime(v1), mod, how };
  }
  if (day !== undefined && month2 !== undefined && day2 !== undefined) {
    // "du 28 février au 3 mars": the first day borrows nothing, both months given
    const { y, how } = yearFor(month2);
    return { value: `${yStr(y)}-XX-${pad(day)}/${yStr(y)}-${pad(month2)}-${pad(day2)}`, mod, how };
  }
  if (month !== undefined) {
    const { y, how } = yearFor(month);
    if (month2 !== undefined) {
      const y2 = year2 ?? (y !== undefined && month2 < month ? y + 1 : y);
      return { value: `${yStr(y)}-${pad(month)}/${yStr(y2)}-${pad(month2)}`, mod, how };
    }
    return { value: `${yStr(y)}-${pad(month)}`, mod, how };
  }
  if (year !== undefined) {
    if (year2 !== undefined) return year2 > year ? { value: `${year}/${year2}`, mod, how: 'stated' } : null;
    return { value: String(year), mod, how: 'stated' };
  }
  if (relYear !== undefined) {
    return ref ? { value: String(ref.y + relYear), mod, how: `${relYear} years from ${refText}` } : { value: 'XXXX', mod, how: 'relative year, no reference date' };
  }
  if (g.part) {
    // "na początku roku": a part of the year the article is in
    return ref ? { value: String(ref.y), mod, how: `the reference year ${ref.y}` } : { value: 'XXXX', mod, how: 'part of an unnamed year, no reference date' };
  }
  return null;
}

/** Whether month and weekday words are capitalised as the language requires ("in May", not "may"). */
function capitalisationOk(c: Candidate, lex: CompiledLexicon): boolean {
  if (!lex.lexicon.capitalised) return true;
  return ['month', 'month2', 'weekday', 'weekday2'].every((k) => {
    const w = c.groups[k];
    // numeric months ("07" in 25.07.2022) have no case
    return w === undefined || !/^\p{L}/u.test(w) || /^\p{Lu}/u.test(w);
  });
}

/**
 * Finds and normalises every date expression in `text` (from `from` to `to`), resolving relative ones
 * against `ref`. Overlapping matches are settled longest-first. Offsets are into `text`.
 * @example findDates('dal 6 al 13 ottobre', 'it') // [{ value: 'XXXX-10-06/XXXX-10-13', … }]
 */
export function findDates(text: string, lang: string, ref?: RefDate, from = 0, to = text.length): FoundDate[] {
  const lex = compiledDates(lang);
  if (!lex) return [];
  const region = text.slice(from, to);
  const candidates: Candidate[] = [];
  for (const pattern of lex.patterns) {
    pattern.re.lastIndex = 0;
    for (const m of region.matchAll(pattern.re)) {
      if (!m[0].trim()) continue;
      candidates.push({ start: from + m.index, end: from + m.index + m[0].length, groups: { ...m.groups }, pattern });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: FoundDate[] = [];
  for (const c of candidates) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    if (!capitalisationOk(c, lex)) continue;
    const r = resolve(c, lex, ref);
    if (!r) continue;
    // trim surrounding spaces/punctuation the pattern may have eaten
    let { start, end } = c;
    while (start < end && /[\s,.;:]/.test(text[start]!)) start++;
    while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
    const refText = ref ? [ref.y, ref.m && pad(ref.m), ref.d && pad(ref.d)].filter(Boolean).join('-') : undefined;
    taken.push({
      text: text.slice(start, end),
      start,
      end,
      value: r.value,
      precision: precisionOf(r.value),
      ...(r.mod ? { mod: r.mod } : {}),
      resolved: !r.value.includes('X'),
      rule: `${lang}:${c.pattern.id} (${r.how})`,
      ...(refText && r.how !== 'stated' ? { reference: refText } : {}),
    });
  }
  return taken.sort((a, b) => a.start - b.start);
}
