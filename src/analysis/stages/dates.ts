import type { DateMention, Published } from '../../schemas';
import type { ArticleDocument } from '../document';
import { parseRef } from '../dates/calendar';
import { findDates, type FoundDate } from '../dates/find';
import { sentenceAt } from './segment';
import type { CleanResult } from './clean';

/**
 * The publication date and its provenance: stated in the text (header, dateline), else supplied by the
 * editor's sidecar, else unknown. Nothing is guessed: a date inferred from world knowledge is not ours to make.
 */
export function publicationDate(doc: ArticleDocument, clean: CleanResult): Published | null {
  const h = clean.headerDate;
  if (h && h.resolved) {
    const value = h.value.split('/')[0]!;
    return { value, source: 'text', precision: h.precision, evidence: h.evidence };
  }
  const editor = doc.sidecar?.published;
  if (editor) {
    const precision = editor.length === 4 ? 'year' : editor.length === 7 ? 'month' : 'day';
    return { value: editor, source: 'editor', precision, evidence: doc.sidecar?.note ?? 'supplied by an editor in the sidecar' };
  }
  return null;
}

/**
 * When neither the text nor an editor dates the article: the latest year it states is a lower bound,
 * reported as inferred ("not before 2022"), never used to resolve other dates.
 */
export function inferPublication(dates: DateMention[]): Published | null {
  const years = dates.filter((d) => !d.reference && /^\d{4}/.test(d.value)).map((d) => d.value.split('/').at(-1)!.slice(0, 4));
  if (!years.length) return null;
  const latest = years.sort().at(-1)!;
  return { value: latest, source: 'inferred', precision: 'year', evidence: `not before ${latest}: the latest year the text states` };
}

/**
 * Every date expression in the title and body, resolved against the publication date; the header's
 * publication date is reported once, where it was read.
 */
export function datesStage(doc: ArticleDocument, lang: string, clean: CleanResult, published: Published | null, sentences: { start: number; end: number }[]): DateMention[] {
  const ref = parseRef(published?.value);
  const found: FoundDate[] = [];
  if (clean.headerDate) {
    const { evidence: _evidence, ...header } = clean.headerDate;
    found.push(header);
  }
  const title = clean.removed.find((r) => r.kind === 'title');
  if (title) found.push(...findDates(doc.text, lang, ref, title.start, title.end));
  found.push(...findDates(doc.text, lang, ref, clean.body.start, clean.body.end));
  return found.map((d) => {
    const sentence = sentenceAt(sentences, d.start);
    return sentence === undefined ? d : { ...d, sentence };
  });
}
