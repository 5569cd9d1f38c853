import { join } from 'node:path';
import { z } from 'zod';
import type { AnalysisData, ArticleDocument } from '../document';
import { report } from '../document';
import { findDates, type FoundDate } from '../dates/find';
import { DATA_DIR, loadData } from '../lexicon';
import { splitLines, trimSpan, type Line } from '../text/lines';

const Boilerplate = z.object({ tailMarkers: z.array(z.string()), bylineLabels: z.array(z.string()), readingTime: z.string() });
let rules: { tail: RegExp[]; byline: RegExp; readingTime: RegExp } | undefined;
function boilerplate() {
  if (!rules) {
    const b = loadData(join(DATA_DIR, 'boilerplate.json'), Boilerplate);
    rules = {
      tail: b.tailMarkers.map((s) => new RegExp(`^(?:${s})`, 'iu')),
      byline: new RegExp(`^(?:${b.bylineLabels.join('|')})\\s*:?\\s+`, 'iu'),
      readingTime: new RegExp(b.readingTime, 'iu'),
    };
  }
  return rules;
}

/** What the clean stage finds besides the body: the header's publication date, for the dates stage. */
export interface CleanResult extends Pick<AnalysisData, 'title' | 'author' | 'body' | 'removed'> {
  /** The date read from the header or dateline, the article's stated publication date. */
  headerDate?: FoundDate & { evidence: string };
}

const SCRAPER_HEADER = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b\s*/;
const MAX_TITLE = 200;
/** A short line of 2–4 capitalised words with no digits or sentence punctuation: a person's name. */
const NAME_LINE = /^(?:\p{Lu}[\p{L}’'.-]+)(?:\s+(?:\p{Lu}[\p{L}’'.-]+|d[aeo]s?|von|van|de|di|del|della|la|le)){1,4}$/u;

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/**
 * Separates the article from what surrounds it: the scraper's ` date YYYY-MM` header, the title line,
 * byline and dateline lines at the top, a "CITY, DATE –" dateline opening the first paragraph, and
 * trailing web boilerplate (categories, tags, comment forms, photo credits). Needs the language, for
 * the month names of the dateline.
 */
export function clean(doc: ArticleDocument, lang: string): CleanResult {
  const { text } = doc;
  const { tail, byline, readingTime } = boilerplate();
  const removed: CleanResult['removed'] = [];
  let headerDate: CleanResult['headerDate'];
  let title: string | null = null;
  let author: string | null = null;
  const lines = splitLines(text);
  let i = lines.findIndex((l) => l.text.trim() !== '');
  if (i < 0) return { title, author, body: { start: 0, end: 0 }, removed };
  let bodyStart = lines[i]!.start;

  // " date 2022-07 L’invasione…": a scraper's header glued to the first line.
  const scraper = text.slice(bodyStart).match(SCRAPER_HEADER);
  if (scraper) {
    const s = trimSpan(text, bodyStart, bodyStart + scraper[0].length);
    removed.push({ kind: 'header', text: text.slice(s.start, s.end), start: s.start, end: s.end });
    const value = scraper[1]!;
    headerDate = {
      text: text.slice(s.start, s.end), start: s.start, end: s.end, value,
      precision: value.length === 7 ? 'month' : 'day', resolved: true,
      rule: 'scraper-header (stated)', evidence: `scraper header “${text.slice(s.start, s.end)}”`,
    };
    bodyStart = s.end;
  }

  const next = (from: number) => {
    let j = from + 1;
    while (j < lines.length && lines[j]!.text.trim() === '') j++;
    return j;
  };
  const isTitle = (l: Line) => {
    const t = l.text.trim();
    return t.length <= MAX_TITLE && words(t) >= 2 && !/[.:,;]$/.test(t) && next(i) < lines.length;
  };
  const first = lines[i]!;
  if (!scraper && isTitle(first)) {
    const s = trimSpan(text, first.start, first.end);
    title = text.slice(s.start, s.end);
    removed.push({ kind: 'title', text: title, start: s.start, end: s.end });
    i = next(i);
    bodyStart = lines[i]?.start ?? text.length;

    // Byline and dateline lines right under the title.
    for (let k = 0; k < 4 && i < lines.length; k++) {
      const l = lines[i]!;
      const t = l.text.trim();
      const s2 = trimSpan(text, l.start, l.end);
      const dates = t.length <= 120 ? findDates(text, lang, undefined, l.start, l.end).filter((d) => d.precision === 'day' || d.precision === 'minute') : [];
      const rest = dates.reduce((acc, d) => acc.replace(d.text, ''), t).replace(readingTime, '');
      const restLetters = rest.match(/\p{L}/gu)?.length ?? 0;
      if (dates.length && restLetters <= 40) {
        headerDate ??= { ...dates[0]!, evidence: `dateline “${t}”` };
        removed.push({ kind: 'dateline', text: text.slice(s2.start, s2.end), start: s2.start, end: s2.end });
      } else if (t.length <= 80 && (NAME_LINE.test(t.replace(byline, '')) || byline.test(t)) && !/\d/.test(t)) {
        author = t.replace(byline, '').trim();
        removed.push({ kind: 'byline', text: text.slice(s2.start, s2.end), start: s2.start, end: s2.end });
      } else break;
      i = next(i);
      bodyStart = lines[i]?.start ?? text.length;
    }
  }

  // "PARIS, 12 mars 2023 (AFP) – …" or "Berlin, 02.11.2023 – …" opening the first paragraph.
  if (!headerDate) {
    const lead = text.slice(bodyStart, Math.min(text.length, bodyStart + 160));
    const dl = lead.match(/^\s*((?:\p{Lu}[\p{L}.'’-]*)(?:[ -]\p{Lu}[\p{L}.'’-]*){0,3}),?\s+([^–—\n]{4,60}?)\s*(?:\([^)\n]{1,40}\)\s*)?[–—-]\s+/u);
    if (dl) {
      const dates = findDates(text, lang, undefined, bodyStart, bodyStart + dl[0].length).filter((d) => d.precision === 'day' || d.precision === 'minute');
      if (dates.length) {
        const s = trimSpan(text, bodyStart, bodyStart + dl[0].length);
        headerDate = { ...dates[0]!, evidence: `dateline “${text.slice(s.start, s.end)}”` };
        removed.push({ kind: 'dateline', text: text.slice(s.start, s.end), start: s.start, end: s.end });
        bodyStart = s.end;
      }
    }
  }

  // Trailing boilerplate: from the first marker line on, if everything after it is short.
  let bodyEnd = text.length;
  const firstBodyLine = lines.findIndex((l) => l.end > bodyStart);
  for (let k = Math.max(firstBodyLine + 1, 1); k < lines.length; k++) {
    const t = lines[k]!.text.trim();
    if (!tail.some((re) => re.test(t))) continue;
    if (lines.slice(k).every((l) => l.text.trim().length <= 300)) {
      const s = trimSpan(text, lines[k]!.start, text.length);
      removed.push({ kind: 'boilerplate', text: text.slice(s.start, s.end), start: s.start, end: s.end });
      bodyEnd = lines[k]!.start;
      break;
    }
  }
  const body = trimSpan(text, bodyStart, bodyEnd);
  if (body.end <= body.start) report(doc, { rule: 'clean:no-body', severity: 'error', message: 'Nothing is left of the article once its header and boilerplate are removed.', hint: 'Check that the file holds the article text.' });
  return { title, author, body, removed, headerDate };
}
