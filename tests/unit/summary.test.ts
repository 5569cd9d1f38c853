import { describe, expect, it } from 'vitest';
import { pickSummary, summaryLength, textRank } from '../../src/analysis/summary/textrank';

describe('summary: TextRank ranker', () => {
  const sentences = [
    'Kazakhstan increases its defence spending as relations with Russia cool.',
    'The weather in Astana was sunny.',
    'Russia and Kazakhstan share the longest border, and Kazakhstan fears Russia.',
    'Officials said defence spending in Kazakhstan will rise by 918 million dollars.',
    'A cat slept.',
  ];
  it('ranks the sentences that share the most content highest', () => {
    const scores = textRank(sentences, 'en');
    const top = pickSummary(scores, 2);
    expect(top).not.toContain(1);
    expect(top).not.toContain(4);
  });
  it('weights sentences by the entities they name', () => {
    const flat = textRank(sentences, 'en');
    const weighted = textRank(sentences, 'en', [1, 10, 1, 1, 1]);
    expect(weighted[1]!).toBeGreaterThan(flat[1]!);
  });
  it('is deterministic and returns sentences in text order', () => {
    expect(pickSummary(textRank(sentences, 'en'), 3)).toEqual(pickSummary(textRank(sentences, 'en'), 3));
    const p = pickSummary(textRank(sentences, 'en'), 3);
    expect([...p].sort((a, b) => a - b)).toEqual(p);
  });
  it.each([[2, 2], [8, 3], [20, 4], [60, 5]])('takes %i sentences down to %i', (n, k) => {
    expect(summaryLength(n)).toBe(k);
  });
});
