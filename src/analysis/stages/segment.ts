import type { AnalysisData } from '../document';
import { splitLines, trimSpan } from '../text/lines';

type Spans = AnalysisData['sentences'];

/** Average adult silent reading speed, words per minute (Brysbaert 2019, doi:10.1016/j.jml.2019.104047). */
export const WORDS_PER_MINUTE = 238;

/**
 * Paragraphs (non-empty lines) and sentences (`Intl.Segmenter`, so every language gets its own rules)
 * of the body, as offsets into the original text.
 */
export function segment(text: string, body: { start: number; end: number }, lang: string): { paragraphs: Spans; sentences: Spans } {
  const paragraphs: Spans = [];
  const sentences: Spans = [];
  const locale = lang === 'und' ? 'en' : lang;
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  for (const line of splitLines(text.slice(body.start, body.end))) {
    const p = trimSpan(text, body.start + line.start, body.start + line.end);
    if (p.end <= p.start) continue;
    paragraphs.push(p);
    for (const s of segmenter.segment(text.slice(p.start, p.end))) {
      const span = trimSpan(text, p.start + s.index, p.start + s.index + s.segment.length);
      if (span.end <= span.start) continue;
      // "2 tys. żołnierzy", "mln." or ". ." : a fragment with no letter joins the previous sentence
      const prev = sentences[sentences.length - 1];
      if (prev && prev.end >= p.start && !/\p{L}{2}/u.test(text.slice(span.start, span.end))) prev.end = span.end;
      else sentences.push(span);
    }
  }
  return { paragraphs, sentences };
}

/** Word count (`Intl.Segmenter` word-like segments) and reading time in whole minutes (at least 1). */
export function countWords(text: string, lang: string): { wordCount: number; readingMinutes: number } {
  const segmenter = new Intl.Segmenter(lang === 'und' ? 'en' : lang, { granularity: 'word' });
  let wordCount = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) wordCount++;
  return { wordCount, readingMinutes: wordCount ? Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) : 0 };
}

/** Index of the sentence that contains offset `at`, or undefined (binary search). */
export function sentenceAt(sentences: Spans, at: number): number | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return undefined;
}
