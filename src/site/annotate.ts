import type { ArticleFrontmatter } from '../schemas';
export { sentenceText } from '../analysis/corpus';

/** A piece of an annotated sentence: plain text, an entity mention or a date. */
export type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'entity'; text: string; id: string; name: string; type: string }
  | { kind: 'date'; text: string; value: string; rule: string; mod?: string };

export interface AnnotatedSentence {
  index: number;
  pieces: Piece[];
  inSummary: boolean;
}

/**
 * The article's body as paragraphs of sentences, each split into text, entity mentions and dates by
 * their offsets. Where a date and a mention overlap, the date wins (its span is the longer statement).
 */
export function annotate(a: ArticleFrontmatter): AnnotatedSentence[][] {
  const marks: (Piece & { start: number; end: number })[] = [];
  for (const d of a.dates) marks.push({ kind: 'date', text: d.text, value: d.value, rule: d.rule, mod: d.mod, start: d.start, end: d.end });
  for (const e of a.entities)
    for (const m of e.mentions) if (!marks.some((x) => m.start < x.end && x.start < m.end)) marks.push({ kind: 'entity', text: m.text, id: e.id, name: e.name, type: e.type, start: m.start, end: m.end });
  marks.sort((x, y) => x.start - y.start);
  const summary = new Set(a.summary);
  return a.paragraphs.map((p) =>
    a.sentences
      .map((s, index) => ({ s, index }))
      .filter(({ s }) => s.start >= p.start && s.end <= p.end)
      .map(({ s, index }) => {
        const pieces: Piece[] = [];
        let at = s.start;
        for (const m of marks) {
          if (m.start < s.start || m.end > s.end || m.start < at) continue;
          if (m.start > at) pieces.push({ kind: 'text', text: a.text.slice(at, m.start) });
          const { start: _s, end, ...piece } = m;
          pieces.push(piece);
          at = end;
        }
        if (at < s.end) pieces.push({ kind: 'text', text: a.text.slice(at, s.end) });
        return { index, pieces, inSummary: summary.has(index) };
      }),
  );
}

