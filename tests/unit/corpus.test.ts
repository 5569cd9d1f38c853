import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byNewest, CorpusBuilder, corpusViews, LIMITS } from '../../src/analysis/corpus';
import { entityRecord } from '../../src/analysis/entities/kb';
import { analyzeText } from '../../src/analysis/pipeline';
import { readSidecar } from '../../src/analysis/sidecar';
import type { ArticleFrontmatter } from '../../src/schemas';
import { syntheticCorpus } from '../../scripts/lib/synthetic';

/** An article as the ingest writes it, from the real pipeline. */
const article = (file: string, text: string, sidecar?: Parameters<typeof analyzeText>[2]): ArticleFrontmatter => {
  const a = analyzeText(file, text, sidecar);
  const slug = file.replace(/\.txt$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { ...a, slug, text, titleSource: a.title ? 'text' : 'lead', displayTitle: a.title ?? slug, source: {}, contentHash: slug };
};

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => article(f, readFileSync(`seeds/${f}`, 'utf8'), readSidecar(`seeds/${f}`).sidecar));
// A corpus dense enough to hit every bound (smaller bounds than the site's): 120 synthetic articles.
const synthetic = syntheticCorpus(120).map(([f, t]) => article(f, t));

describe('corpus views of the seeds', () => {
  const { entities, views, related } = corpusViews(seeds, entityRecord);
  it('links Tokayev across four articles and three spellings', () => {
    const t = entities.get('kassym-jomart-tokayev')!;
    expect(t).toMatchObject({ articleCount: 4, known: true });
    expect(t.variants.map((v) => v.text)).toEqual(expect.arrayContaining(['Tokayev', 'Kasyma-Żomarta Tokajewa']));
    expect(t.record?.name).toBe('Kassym-Jomart Tokayev');
  });
  it('shows each mention in its context, cut from the article text', () => {
    for (const v of views.values())
      for (const c of v.contexts) {
        const a = seeds.find((s) => s.slug === c.slug)!;
        for (const m of c.mentions) expect(a.text).toContain(m.before.replace(/^…/, '') + m.match + m.after.replace(/…$/, ''));
      }
  });
  it('finds the two July 2022 articles related through the 918 million dollars they both cite', () => {
    const pl = related.get('002-1960be493da01210')!.find((r) => r.slug === '004-949a5f54501a7c62');
    expect(pl?.figures.join(' ')).toMatch(/918/);
  });
});

describe('corpus views of a dense corpus', () => {
  const limits = { ...LIMITS, contextArticles: 8, contextMentions: 2, sources: 2, entityTimeline: 10 };
  const { entities, views, timeline } = corpusViews(synthetic, undefined, limits);
  const newest = byNewest(synthetic);

  it('counts every article and mention, and keeps the newest articles in context', () => {
    for (const [id, e] of entities) {
      const naming = newest.filter((a) => a.entities.some((x) => x.id === id));
      expect(e.articleCount).toBe(naming.length);
      expect(e.mentionCount).toBe(naming.reduce((n, a) => n + a.entities.find((x) => x.id === id)!.mentions.length, 0));
      const v = views.get(id)!;
      expect(v.contexts.map((c) => c.slug)).toEqual(naming.slice(0, limits.contextArticles).map((a) => a.slug));
      for (const c of v.contexts) expect(c.mentions.length).toBe(Math.min(c.mentionCount, limits.contextMentions));
    }
    expect(Math.max(...[...entities.values()].map((e) => e.articleCount))).toBeGreaterThan(limits.contextArticles);
  });

  it('places every dated sentence on the timeline exactly once, merging only across articles that share an entity', () => {
    const placed = timeline.flatMap((t) => [...t.sources, ...t.moreSources].map((s) => `${s.slug}#${s.sentenceIndex}|${t.value}`));
    expect(new Set(placed).size).toBe(placed.length);
    const expected = new Set(synthetic.flatMap((a) => a.events.map((e) => `${a.slug}#${e.sentenceIndex}|${a.dates[e.date]!.value}`)));
    expect(new Set(placed)).toEqual(expected);
    for (const t of timeline.filter((x) => x.kind === 'event')) {
      const slugs = [...t.sources, ...t.moreSources].map((s) => s.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect(t.sources.length).toBeLessThanOrEqual(limits.sources);
      expect(t.languages).toEqual(expect.arrayContaining([...new Set([...t.sources].map((s) => s.language))]));
    }
    expect(timeline.some((t) => t.moreSources.length > 0)).toBe(true);
    expect(timeline.map((t) => t.sortKey)).toEqual(timeline.map((t) => t.sortKey).sort());
  });

  it("keeps each entity's latest timeline entries and counts all of them", () => {
    for (const [id, v] of views) {
      const all = timeline.filter((t) => t.kind === 'event' && t.entities.includes(id));
      expect(v.timelineCount).toBe(all.length);
      expect(v.timeline.map((t) => t.id)).toEqual(all.slice(-limits.entityTimeline).map((t) => t.id));
    }
  });

  it('names co-occurring entities by their canonical name, strongest first', () => {
    for (const v of views.values()) {
      expect(v.co.map((c) => c.count)).toEqual([...v.co.map((c) => c.count)].sort((a, b) => b - a));
      for (const c of v.co) expect(c.name).toBe(entities.get(c.id)!.name);
    }
  });

  it('refuses articles out of order, which would show the wrong ones in context', () => {
    const b = new CorpusBuilder();
    b.add(newest[1]!);
    expect(() => b.add(newest[0]!)).toThrow(/out of order/);
    expect(() => b.add(newest[1]!)).toThrow(/out of order or twice/);
  });
});
