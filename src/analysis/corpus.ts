import type { ArticleFrontmatter, DateMention, EntityType } from '../schemas';

/**
 * Corpus-level views over analysed articles: entity aggregates, co-occurrence, related coverage and the
 * merged timeline. Pure functions of the articles, shared by the site's pages and the JSON exports.
 */

export interface EntityMentionRef {
  slug: string;
  language: string;
  text: string;
  start: number;
  end: number;
  sentence?: number;
}

export interface CorpusEntity {
  id: string;
  name: string;
  type: EntityType;
  wikidata?: string;
  known: boolean;
  /** Slugs of the articles that name it. */
  articles: string[];
  mentions: EntityMentionRef[];
  /** Every written form seen, with the languages it was seen in. */
  variants: { text: string; languages: string[]; count: number }[];
  languages: string[];
}

/** Sort key of a publication date: unknown dates sort last. */
const dateKey = (a: ArticleFrontmatter) => a.published?.value ?? '';

/** Articles newest first (by publication date, then slug); undated ones last. */
export function byNewest(articles: ArticleFrontmatter[]): ArticleFrontmatter[] {
  return [...articles].sort((a, b) => dateKey(b).localeCompare(dateKey(a)) || a.slug.localeCompare(b.slug));
}

/** Every entity of the corpus, with mentions across articles; unknown names take their most frequent form. */
export function corpusEntities(articles: ArticleFrontmatter[]): Map<string, CorpusEntity> {
  const out = new Map<string, CorpusEntity>();
  const nameVotes = new Map<string, Map<string, number>>();
  for (const a of byNewest(articles)) {
    for (const e of a.entities) {
      let c = out.get(e.id);
      if (!c) out.set(e.id, (c = { id: e.id, name: e.name, type: e.type, wikidata: e.wikidata, known: e.known, articles: [], mentions: [], variants: [], languages: [] }));
      if (!c.articles.includes(a.slug)) c.articles.push(a.slug);
      if (!c.languages.includes(a.language)) c.languages.push(a.language);
      if (!e.known) {
        const votes = nameVotes.get(e.id) ?? new Map<string, number>();
        votes.set(e.name, (votes.get(e.name) ?? 0) + e.mentions.length);
        nameVotes.set(e.id, votes);
      }
      for (const m of e.mentions) {
        c.mentions.push({ slug: a.slug, language: a.language, text: m.text, start: m.start, end: m.end, sentence: m.sentence });
        const v = c.variants.find((x) => x.text === m.text);
        if (v) {
          v.count++;
          if (!v.languages.includes(a.language)) v.languages.push(a.language);
        } else c.variants.push({ text: m.text, languages: [a.language], count: 1 });
      }
    }
  }
  for (const [id, votes] of nameVotes) {
    const best = [...votes].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || x[0].localeCompare(y[0]))[0];
    if (best) out.get(id)!.name = best[0];
  }
  for (const c of out.values()) {
    c.languages.sort();
    c.variants.sort((x, y) => y.count - x.count || x.text.localeCompare(y.text));
  }
  return out;
}

/**
 * How often each pair of entities is named in the same sentence, across the corpus, in one pass:
 * `co.get(a).get(b)` counts b's mentions in the sentences that name a.
 */
export function coOccurrenceIndex(articles: ArticleFrontmatter[]): Map<string, Map<string, number>> {
  const co = new Map<string, Map<string, number>>();
  for (const a of articles) {
    const bySentence = new Map<number, Map<string, number>>();
    for (const e of a.entities)
      for (const m of e.mentions) {
        if (m.sentence === undefined) continue;
        const s = bySentence.get(m.sentence) ?? new Map<string, number>();
        s.set(e.id, (s.get(e.id) ?? 0) + 1);
        bySentence.set(m.sentence, s);
      }
    for (const ids of bySentence.values())
      for (const x of ids.keys()) {
        const row = co.get(x) ?? new Map<string, number>();
        for (const [y, n] of ids) if (y !== x) row.set(y, (row.get(y) ?? 0) + n);
        co.set(x, row);
      }
  }
  return co;
}

/** The entities named most often in the same sentences as `id`, strongest first. */
export function coOccurrences(index: Map<string, Map<string, number>>, id: string): { id: string; count: number }[] {
  return [...(index.get(id) ?? [])].map(([i, count]) => ({ id: i, count })).sort((x, y) => y.count - x.count || x.id.localeCompare(y.id));
}

export interface Related {
  slug: string;
  score: number;
  /** Entity ids both articles name, most telling first. */
  entities: string[];
  /** Figures both cite (same value and unit). */
  figures: string[];
  /** Dates of events both report. */
  events: string[];
}

/**
 * Other articles that cover the same things, across languages: shared entities weighted by how rare
 * they are in the corpus (idf), shared figures and shared event dates. Builds its inverted indexes once;
 * the returned function answers for one article by adding up postings.
 */
export function relatedIndex(articles: ArticleFrontmatter[]): (slug: string, limit?: number) => Related[] {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const postings = new Map<string, string[]>();
  for (const a of articles) for (const id of new Set(a.entities.map((e) => e.id))) (postings.get(id) ?? postings.set(id, []).get(id)!).push(a.slug);
  const idf = (id: string) => Math.log((articles.length + 1) / (postings.get(id)?.length ?? 1));
  const figureKey = (f: ArticleFrontmatter['figures'][number]) => `${f.value}|${f.unit}`;
  const byFigure = new Map<string, string[]>();
  for (const a of articles) for (const k of new Set(a.figures.map(figureKey))) (byFigure.get(k) ?? byFigure.set(k, []).get(k)!).push(a.slug);
  return (slug, limit = 5) => {
    const me = bySlug.get(slug);
    if (!me) return [];
    // Scores add up straight from the postings; only the best few are then explained in detail.
    const score = new Map<string, number>();
    for (const id of new Set(me.entities.map((e) => e.id))) {
      const w = idf(id);
      if (w <= 0) continue;
      for (const s of postings.get(id) ?? []) if (s !== slug) score.set(s, (score.get(s) ?? 0) + w);
    }
    for (const k of new Set(me.figures.map(figureKey))) for (const s of byFigure.get(k) ?? []) if (s !== slug) score.set(s, (score.get(s) ?? 0) + 3);
    const top = [...score].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, limit * 4);
    const mine = new Set(me.entities.map((e) => e.id));
    const myFigures = new Map(me.figures.map((f) => [figureKey(f), f.text]));
    const myEvents = new Set(me.events.map((e) => me.dates[e.date]!.value));
    return top
      .map(([s, base]) => {
        const a = bySlug.get(s)!;
        const entities = [...new Set(a.entities.map((e) => e.id).filter((id) => mine.has(id)))].sort((x, y) => idf(y) - idf(x) || x.localeCompare(y));
        const figures = [...new Set(a.figures.map(figureKey).filter((k) => myFigures.has(k)))].map((k) => myFigures.get(k)!);
        const events = [...new Set(a.events.map((e) => a.dates[e.date]!.value).filter((v) => myEvents.has(v) && /^\d{4}-\d{2}/.test(v)))];
        return { slug: s, score: base + events.length * 2, entities, figures, events };
      })
      .sort((x, y) => y.score - x.score || x.slug.localeCompare(y.slug))
      .slice(0, limit);
  };
}

export interface TimelineSource {
  slug: string;
  language: string;
  sentence: string;
  sentenceIndex: number;
  date: DateMention;
}

/** One entry of the timeline: one event (possibly reported by several articles) or one article's publication. */
export interface TimelineEntry {
  id: string;
  kind: 'event' | 'report';
  /** Normalised value of the date (the earliest source's when sources differ in precision). */
  value: string;
  /** Sort key: the first day the value can mean. */
  sortKey: string;
  mod?: DateMention['mod'];
  entities: string[];
  sources: TimelineSource[];
  /** For reports: the article's title. */
  title?: string;
}

const firstDay = (value: string) => {
  const p = value.split('/')[0]!;
  const [y, m = '01', d = '01'] = p.split('T')[0]!.split('-');
  return `${y}-${m.replace('XX', '01')}-${d.replace('XX', '01')}`;
};

/**
 * The timeline: each dated sentence is an event; events from different articles with the same date value
 * and at least one shared entity (other than the most common ones) are merged into one entry with every
 * source. Each article also appears at its publication date, as the report it is.
 */
export function buildTimeline(articles: ArticleFrontmatter[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const byValue = new Map<string, TimelineEntry[]>();
  for (const a of articles) {
    for (const ev of a.events) {
      const date = a.dates[ev.date]!;
      const s = a.sentences[ev.sentenceIndex]!;
      const src: TimelineSource = { slug: a.slug, language: a.language, sentence: a.text.slice(s.start, s.end), sentenceIndex: ev.sentenceIndex, date };
      const sameDate = byValue.get(date.value) ?? [];
      if (sameDate.some((e) => e.sources.some((s) => s.slug === a.slug && s.sentenceIndex === ev.sentenceIndex))) continue;
      const same = sameDate.find((e) => !e.sources.some((s) => s.slug === a.slug) && e.entities.some((id) => ev.entities.includes(id)));
      if (same) {
        same.sources.push(src);
        for (const id of ev.entities) if (!same.entities.includes(id)) same.entities.push(id);
        continue;
      }
      const entry: TimelineEntry = { id: `${a.slug}-s${ev.sentenceIndex}-${date.start}`, kind: 'event', value: date.value, sortKey: firstDay(date.value), mod: date.mod, entities: [...ev.entities], sources: [src] };
      entries.push(entry);
      byValue.set(date.value, [...sameDate, entry]);
    }
    if (a.published && a.published.source !== 'inferred') {
      entries.push({ id: `${a.slug}-published`, kind: 'report', value: a.published.value, sortKey: firstDay(a.published.value), entities: a.entities.slice(0, 5).map((e) => e.id), sources: [], title: a.displayTitle });
    }
  }
  return entries.sort((x, y) => x.sortKey.localeCompare(y.sortKey) || x.value.length - y.value.length || x.id.localeCompare(y.id));
}

/** Timeline entries by the entities they name, for each entity page's own timeline. */
export function timelineByEntity(timeline: TimelineEntry[]): Map<string, TimelineEntry[]> {
  const out = new Map<string, TimelineEntry[]>();
  for (const t of timeline) if (t.kind === 'event') for (const id of t.entities) (out.get(id) ?? out.set(id, []).get(id)!).push(t);
  return out;
}
