import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[]>;
const stopCache = new Map<string, Set<string>>();
const stopwords = (lang: string) => {
  let s = stopCache.get(lang);
  if (!s) stopCache.set(lang, (s = new Set(stopwordsIso[lang] ?? [])));
  return s;
};

/** Damping factor and iterations of PageRank, as in Mihalcea & Tarau 2004 (TextRank). */
const DAMPING = 0.85;
const ITERATIONS = 40;

/** Content words of a sentence, crudely stemmed to their first 6 letters so inflections meet. */
export function contentWords(sentence: string, lang: string): Set<string> {
  const stop = stopwords(lang);
  const out = new Set<string>();
  for (const m of sentence.toLowerCase().matchAll(/\p{L}[\p{L}\p{N}]*/gu)) {
    const w = m[0];
    if (w.length < 3 || stop.has(w)) continue;
    out.add(w.slice(0, 6));
  }
  return out;
}

/**
 * Ranks sentences by centrality: TextRank over word-overlap similarity (Mihalcea & Tarau 2004,
 * normalised by log sentence lengths), with each sentence's prior weighted by the entities it names.
 * Returns scores in sentence order. Deterministic: no randomness, fixed iterations.
 * @param weights prior weight per sentence (e.g. 1 + entities named), same length as `sentences`
 */
export function textRank(sentences: string[], lang: string, weights?: number[]): number[] {
  const n = sentences.length;
  if (n === 0) return [];
  const bags = sentences.map((s) => contentWords(s, lang));
  const sim: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = bags[i]!;
      const b = bags[j]!;
      if (a.size < 2 || b.size < 2) continue;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      const v = shared / (Math.log(a.size) + Math.log(b.size));
      sim[i]![j] = v;
      sim[j]![i] = v;
    }
  }
  const prior = (weights ?? new Array<number>(n).fill(1)).map((w) => Math.max(w, 1e-6));
  const priorSum = prior.reduce((x, y) => x + y, 0);
  const p = prior.map((w) => w / priorSum);
  const out = sim.map((row) => row.reduce((x, y) => x + y, 0));
  let score = [...p];
  for (let it = 0; it < ITERATIONS; it++) {
    const next = p.map((pi) => (1 - DAMPING) * pi);
    for (let j = 0; j < n; j++) {
      if (!out[j]) {
        // a sentence sharing nothing spreads its score by the prior
        for (let i = 0; i < n; i++) next[i]! += DAMPING * score[j]! * p[i]!;
        continue;
      }
      for (let i = 0; i < n; i++) if (sim[j]![i]) next[i]! += (DAMPING * score[j]! * sim[j]![i]!) / out[j]!;
    }
    score = next;
  }
  return score;
}

/** How many sentences a summary takes: a fifth of the article, between 3 and 5 (fewer if it is shorter). */
export const summaryLength = (n: number) => Math.min(n, Math.max(3, Math.min(5, Math.round(n / 5))));

/** Indexes of the `k` best-ranked sentences, in text order; ties go to the earlier sentence. */
export function pickSummary(scores: number[], k = summaryLength(scores.length)): number[] {
  return scores
    .map((s, i) => [s, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, k)
    .map(([, i]) => i)
    .sort((a, b) => a - b);
}
