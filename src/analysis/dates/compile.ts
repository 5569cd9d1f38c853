import type { DateLexicon } from '../../schemas/lexicon';

/** A date pattern compiled from a lexicon: one regular expression with named slot groups. */
export interface CompiledPattern {
  id: string;
  re: RegExp;
  dir?: -1 | 1;
  mod?: 'START' | 'MID' | 'END' | 'APPROX';
  /** Whether the pattern's only anchor is a month name (no day, year or relative word). */
  monthOnly: boolean;
}

/** The lexicon with lookup tables for the words the slots match. */
export interface CompiledLexicon {
  lang: string;
  lexicon: DateLexicon;
  patterns: CompiledPattern[];
  month: Map<string, number>;
  weekday: Map<string, number>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words are matched case-insensitively and with either apostrophe. */
export const normWord = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
const alternation = (forms: Iterable<string>) =>
  [...new Set(forms)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((f) => escape(f).replace(/'/g, "['’]").replace(/ /g, '\\s+'))
    .join('|');

/** Month forms safe to match with no day or year beside them: no abbreviations ("mar" is also "sea"). */
const standaloneForms = (forms: string[]) => forms.filter((f, i) => i === 0 || (!f.endsWith('.') && f.length > 3));

/**
 * Rewrites a pattern source: slots become named groups, a space matches any whitespace run and `'`
 * matches `’` too (outside character classes).
 */
function expand(source: string, slots: Record<string, string>): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c === "'" ? "'’" : c;
      continue;
    }
    if (c === '[') inClass = true;
    if (c === '{') {
      const close = source.indexOf('}', i);
      const name = source.slice(i + 1, close);
      if (close > 0 && name in slots) {
        out += `(?<${name}>${slots[name]})`;
        i = close;
        continue;
      }
    }
    if (c === ' ' && source[i + 1] === '?') {
      out += '\\s*'; // "all' ?inizio": an optional space
      i++;
    } else if (c === ' ') out += '\\s+';
    else if (c === "'") out += "['’]";
    else out += c;
  }
  return out;
}

/** Compiles a language's date lexicon; a pattern that does not compile is a data bug and throws. */
export function compileLexicon(lang: string, lexicon: DateLexicon): CompiledLexicon {
  const month = new Map<string, number>();
  lexicon.months.forEach((forms, i) => forms.forEach((f) => month.set(normWord(f), i + 1)));
  const weekday = new Map<string, number>();
  lexicon.weekdays.forEach((forms, i) => forms.forEach((f) => weekday.set(normWord(f), i + 1)));
  const ordinal = lexicon.ordinalSuffixes.length ? `(?:${alternation(lexicon.ordinalSuffixes)})?` : '';
  const day = `(?:[12]\\d|3[01]|0?[1-9])${ordinal}`;
  const num = `\\d{1,3}|${alternation(Object.keys(lexicon.numbers))}`;
  const keys = (o: Record<string, unknown>) => alternation(Object.keys(o)) || '(?!)';
  const base: Record<string, string> = {
    day,
    day2: day,
    month: alternation(lexicon.months.flat()),
    month2: alternation(lexicon.months.flat()),
    year: '1\\d{3}|20\\d{2}',
    year2: '1\\d{3}|20\\d{2}',
    weekday: alternation(lexicon.weekdays.flat()),
    weekday2: alternation(lexicon.weekdays.flat()),
    time: '(?:[01]?\\d|2[0-3])[:.h][0-5]\\d',
    relDay: keys(lexicon.relativeDays),
    relWeek: keys(lexicon.relativeWeeks),
    relMonth: keys(lexicon.relativeMonths),
    relYear: keys(lexicon.relativeYears),
    part: keys(lexicon.parts),
    past: alternation(lexicon.past) || '(?!)',
    next: alternation(lexicon.next) || '(?!)',
    num,
    unit: keys(lexicon.units),
  };
  const anchors = /\{(day|year|weekday|relDay|relWeek|relMonth|relYear|num|time|part)\}/;
  const patterns = lexicon.patterns.map((p) => {
    const monthOnly = p.re.includes('{month}') && !anchors.test(p.re);
    const slots = monthOnly
      ? { ...base, month: alternation(lexicon.months.flatMap(standaloneForms)) }
      : base;
    const source = `(?<![\\p{L}\\p{N}])(?:${expand(p.re, slots)})(?![\\p{L}\\p{N}])`;
    let re: RegExp;
    try {
      re = new RegExp(source, 'giu');
    } catch (e) {
      throw new Error(`lang/${lang}/dates.json: pattern '${p.id}' does not compile: ${(e as Error).message}`);
    }
    return { id: p.id, re, dir: p.dir, mod: p.mod, monthOnly };
  });
  return { lang, lexicon, patterns, month, weekday };
}
