import type { ArticleCard, ArticleFrontmatter, CorpusEntity, DateMention, EntityRecord } from '../schemas';

/**
 * Corpus-level views over analysed articles, built in one streaming pass by `CorpusBuilder`: the
 * entities with their counts, variants, mentions in context and co-occurrences, the merged timeline and
 * related coverage. The ingest feeds it every article newest first and writes the views beside the
 * content collections, so that the site's pages read small precomputed files instead of holding every
 * analysis in memory. Every list a page shows is bounded here, with the full count kept beside it.
 */

/** How much of each list the views keep; the full counts are kept beside them. */
export interface ViewLimits {
  /** Articles shown in context on an entity page (the newest), and mentions shown per article. */
  contextArticles: number;
  contextMentions: number;
  /** Sources of a timeline entry kept with their sentence; the rest are kept as references. */
  sources: number;
  /** Timeline entries kept on an entity's view (the latest). */
  entityTimeline: number;
  /** Co-occurring entities and related articles kept. */
  coOccurring: number;
  related: number;
  /**
   * An entity or figure named in more articles than this says little about which two are related
   * (Kazakhstan, in a corpus about Kazakhstan) and is not used to find related coverage; it still shows
   * among what two related articles share. Without it, related coverage costs the square of the corpus.
   */
  relatedMaxShared: number;
}
export const LIMITS: ViewLimits = { contextArticles: 30, contextMentions: 8, sources: 5, entityTimeline: 100, coOccurring: 10, related: 5, relatedMaxShared: 100 };
/** Characters of context on each side of a mention. */
const CONTEXT_CHARS = 70;

/** Sort key of a publication date: unknown dates sort last. */
const dateKey = (a: { published: ArticleFrontmatter['published'] }) => a.published?.value ?? '';

type Dated = { slug: string; published: ArticleFrontmatter['published'] };
/** Newest first (by publication date, then slug); undated last. */
const newestFirst = (a: Dated, b: Dated) => dateKey(b).localeCompare(dateKey(a)) || a.slug.localeCompare(b.slug);
export function byNewest<T extends Dated>(articles: T[]): T[] {
  return [...articles].sort(newestFirst);
}

/** The text of sentence `i` of an article. */
export const sentenceText = (a: Pick<ArticleFrontmatter, 'sentences' | 'text'>, i: number) => {
  const s = a.sentences[i];
  return s ? a.text.slice(s.start, s.end) : '';
};

/** Entities a card names (the most mentioned); the article's own page and JSON have them all. */
export const CARD_ENTITIES = 8;

/** What lists, feeds and related coverage show of an article (the `articles` collection entry). */
export function articleCard(a: ArticleFrontmatter): ArticleCard {
  return {
    slug: a.slug,
    file: a.file,
    language: a.language,
    displayTitle: a.displayTitle,
    titleSource: a.titleSource,
    author: a.author,
    published: a.published,
    source: a.source,
    wordCount: a.wordCount,
    readingMinutes: a.readingMinutes,
    summary: a.summary.map((i) => sentenceText(a, i)),
    entities: a.entities
      .map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.length }))
      .sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name))
      .slice(0, CARD_ENTITIES),
    contentHash: a.contentHash,
  };
}

/** One mention in its sentence's neighbourhood: `before` + `match` + `after`, cut at word boundaries. */
export interface MentionContext {
  sentence?: number;
  before: string;
  match: string;
  after: string;
}

/** One article's mentions of an entity, as an entity page shows them. */
export interface ArticleContexts {
  slug: string;
  title: string;
  language: string;
  /** All its mentions of the entity; `mentions` holds the first few in context. */
  mentionCount: number;
  mentions: MentionContext[];
}

export interface TimelineSource {
  slug: string;
  language: string;
  sentence: string;
  sentenceIndex: number;
  date: Pick<DateMention, 'text' | 'value' | 'rule'>;
}

/** One entry of the timeline: one event (possibly reported by several articles) or one article's publication. */
export interface TimelineEntry {
  id: string;
  kind: 'event' | 'report';
  /** Normalised value of the date (the first source's). */
  value: string;
  /** Sort key: the first day the value can mean. */
  sortKey: string;
  mod?: DateMention['mod'];
  /** The entities the kept sources name. */
  entities: string[];
  /** The first sources, with their sentences (at most `sources`). */
  sources: TimelineSource[];
  /** The other sources, by reference. */
  moreSources: { slug: string; sentenceIndex: number }[];
  /** Languages of every source (for a report, the article's). */
  languages: string[];
  /** For reports: the article's title. */
  title?: string;
}

/** A timeline entry as an entity's page lists it: its date and first sources, and how many more there are. */
export type EntityTimelineEntry = Pick<TimelineEntry, 'id' | 'value' | 'sortKey' | 'mod' | 'sources'> & { moreSources: number };

/** Everything an entity's page shows, beyond its collection entry. */
export interface EntityView {
  id: string;
  /** The newest articles that name it, with mentions in context (at most `contextArticles`). */
  contexts: ArticleContexts[];
  /** Entities named in the same sentences, strongest first (at most `coOccurring`). */
  co: { id: string; name: string; count: number }[];
  /** The latest dated events that name it (at most `entityTimeline`), oldest first. */
  timeline: EntityTimelineEntry[];
  timelineCount: number;
}

export interface Related {
  slug: string;
  score: number;
  /** Entity ids both articles name, most telling first. */
  entities: string[];
  /** Figures both cite (same value and unit), as this article writes them. */
  figures: string[];
  /** Dates of events both report. */
  events: string[];
}

export interface CorpusViews {
  /** Every entity, by id, in first-seen order (newest article first). */
  entities: Map<string, CorpusEntity>;
  views: Map<string, EntityView>;
  timeline: TimelineEntry[];
  related: Map<string, Related[]>;
}

const firstDay = (value: string) => {
  const p = value.split('/')[0]!;
  const [y, m = '01', d = '01'] = p.split('T')[0]!.split('-');
  return `${y}-${m.replace('XX', '01')}-${d.replace('XX', '01')}`;
};

/** A mention with about CONTEXT_CHARS characters either side, cut at spaces. */
function mentionContext(text: string, m: { start: number; end: number; sentence?: number }): MentionContext {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, m.start - CONTEXT_CHARS)) + 1);
  const to = text.indexOf(' ', Math.min(text.length, m.end + CONTEXT_CHARS));
  return {
    sentence: m.sentence,
    before: (from > 0 ? '…' : '') + text.slice(from, m.start),
    match: text.slice(m.start, m.end),
    after: text.slice(m.end, to < 0 ? text.length : to) + (to > 0 ? '…' : ''),
  };
}

/** What related coverage needs of each article, kept for the whole corpus. */
interface Digest {
  ids: string[];
  figures: Map<string, string>;
  events: Set<string>;
}

/** The `k` highest-scoring keys (ties by key), without sorting them all. */
function best(score: Map<string, number>, k: number): [string, number][] {
  const top: [string, number][] = [];
  const before = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const e of score) {
    if (top.length === k && !before(e, top[k - 1]!)) continue;
    let i = top.length === k ? k - 1 : top.length;
    while (i > 0 && before(e, top[i - 1]!)) i--;
    top.splice(i, 0, e);
    if (top.length > k) top.pop();
  }
  return top;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => (map.get(key) ?? map.set(key, []).get(key)!).push(value);

/**
 * Builds the corpus views in one pass. Feed it every article with `add`, newest first (`byNewest`):
 * entity pages show the newest articles in context, and only those are kept.
 */
export class CorpusBuilder {
  private readonly entities = new Map<string, CorpusEntity>();
  private readonly nameVotes = new Map<string, Map<string, number>>();
  private readonly contexts = new Map<string, ArticleContexts[]>();
  /** `co.get(a).get(b)`: b's mentions in the sentences that name a. */
  private readonly co = new Map<string, Map<string, number>>();
  private readonly timeline: TimelineEntry[] = [];
  /** Event entries by date value and an entity of their first source (`value\u0000id`), in creation order. */
  private readonly byValueEntity = new Map<string, TimelineEntry[]>();
  private readonly seq = new Map<TimelineEntry, number>();
  /** Per timeline entry: the slugs of its sources, and `slug#sentence` of every event already placed. */
  private readonly entrySlugs = new Map<TimelineEntry, Set<string>>();
  private readonly placed = new Set<string>();
  private readonly digests = new Map<string, Digest>();
  private last: Dated | undefined;

  /**
   * @param recordOf the knowledge base's record of an entity, when it has one
   * @param limits how much of each list to keep
   */
  constructor(
    private readonly recordOf: (id: string) => EntityRecord | undefined = () => undefined,
    private readonly limits: ViewLimits = LIMITS,
  ) {}

  add(a: ArticleFrontmatter): void {
    if (this.last && newestFirst(this.last, a) >= 0) throw new Error(`CorpusBuilder: ${a.slug} came out of order or twice; add articles newest first (byNewest).`);
    this.last = { slug: a.slug, published: a.published };
    this.addEntities(a);
    this.addCoOccurrences(a);
    this.addTimeline(a);
    const figureKey = (f: ArticleFrontmatter['figures'][number]) => `${f.value}|${f.unit}`;
    this.digests.set(a.slug, {
      ids: [...new Set(a.entities.map((e) => e.id))],
      figures: new Map(a.figures.map((f) => [figureKey(f), f.text])),
      events: new Set(a.events.map((e) => a.dates[e.date]!.value)),
    });
  }

  private addEntities(a: ArticleFrontmatter): void {
    for (const e of a.entities) {
      let c = this.entities.get(e.id);
      if (!c) {
        c = { id: e.id, name: e.name, type: e.type, known: e.known, articleCount: 0, mentionCount: 0, languages: [], variants: [] };
        if (e.wikidata) c.wikidata = e.wikidata;
        const record = e.known ? this.recordOf(e.id) : undefined;
        if (record) c.record = record;
        this.entities.set(e.id, c);
      }
      c.articleCount++;
      c.mentionCount += e.mentions.length;
      if (!c.languages.includes(a.language)) c.languages.push(a.language);
      if (!e.known) {
        const votes = this.nameVotes.get(e.id) ?? this.nameVotes.set(e.id, new Map()).get(e.id)!;
        votes.set(e.name, (votes.get(e.name) ?? 0) + e.mentions.length);
      }
      for (const m of e.mentions) {
        const v = c.variants.find((x) => x.text === m.text);
        if (!v) c.variants.push({ text: m.text, languages: [a.language], count: 1 });
        else {
          v.count++;
          if (!v.languages.includes(a.language)) v.languages.push(a.language);
        }
      }
      const shown = this.contexts.get(e.id) ?? this.contexts.set(e.id, []).get(e.id)!;
      if (shown.length < this.limits.contextArticles)
        shown.push({ slug: a.slug, title: a.displayTitle, language: a.language, mentionCount: e.mentions.length, mentions: e.mentions.slice(0, this.limits.contextMentions).map((m) => mentionContext(a.text, m)) });
    }
  }

  private addCoOccurrences(a: ArticleFrontmatter): void {
    const bySentence = new Map<number, Map<string, number>>();
    for (const e of a.entities)
      for (const m of e.mentions) {
        if (m.sentence === undefined) continue;
        const s = bySentence.get(m.sentence) ?? bySentence.set(m.sentence, new Map()).get(m.sentence)!;
        s.set(e.id, (s.get(e.id) ?? 0) + 1);
      }
    for (const ids of bySentence.values())
      for (const x of ids.keys()) {
        const row = this.co.get(x) ?? this.co.set(x, new Map()).get(x)!;
        for (const [y, n] of ids) if (y !== x) row.set(y, (row.get(y) ?? 0) + n);
      }
  }

  /**
   * Each dated sentence is an event; events from different articles with the same date value and at
   * least one shared entity are merged into one entry with every source. Each article also appears at
   * its publication date, as the report it is.
   */
  private addTimeline(a: ArticleFrontmatter): void {
    for (const ev of a.events) {
      const date = a.dates[ev.date]!;
      const here = `${a.slug}#${ev.sentenceIndex}|${date.value}`;
      if (this.placed.has(here)) continue;
      this.placed.add(here);
      const src: TimelineSource = { slug: a.slug, language: a.language, sentence: sentenceText(a, ev.sentenceIndex), sentenceIndex: ev.sentenceIndex, date: { text: date.text, value: date.value, rule: date.rule } };
      // The earliest entry of the same date whose first source names an entity this sentence names,
      // and which has no source from this article yet. Matching on the first source only (not on every
      // entity merged in so far) keeps one busy day from snowballing into a single entry.
      let same: TimelineEntry | undefined;
      for (const id of ev.entities)
        for (const e of this.byValueEntity.get(`${date.value}\u0000${id}`) ?? [])
          if (!this.entrySlugs.get(e)!.has(a.slug)) {
            if (!same || this.seq.get(e)! < this.seq.get(same)!) same = e;
            break;
          }
      if (same) {
        this.entrySlugs.get(same)!.add(a.slug);
        if (!same.languages.includes(a.language)) same.languages.push(a.language);
        if (same.sources.length < this.limits.sources) {
          same.sources.push(src);
          for (const id of ev.entities) if (!same.entities.includes(id)) same.entities.push(id);
        } else same.moreSources.push({ slug: a.slug, sentenceIndex: ev.sentenceIndex });
        continue;
      }
      const entry: TimelineEntry = { id: `${a.slug}-s${ev.sentenceIndex}-${date.start}`, kind: 'event', value: date.value, sortKey: firstDay(date.value), entities: [...new Set(ev.entities)], sources: [src], moreSources: [], languages: [a.language] };
      if (date.mod) entry.mod = date.mod;
      this.timeline.push(entry);
      this.entrySlugs.set(entry, new Set([a.slug]));
      this.seq.set(entry, this.seq.size);
      for (const id of entry.entities) push(this.byValueEntity, `${date.value}\u0000${id}`, entry);
    }
    if (a.published && a.published.source !== 'inferred')
      this.timeline.push({ id: `${a.slug}-published`, kind: 'report', value: a.published.value, sortKey: firstDay(a.published.value), entities: a.entities.slice(0, 5).map((e) => e.id), sources: [], moreSources: [], languages: [a.language], title: a.displayTitle });
  }

  /**
   * Other articles that cover the same things, across languages: shared entities weighted by how rare
   * they are in the corpus (idf), shared figures and shared event dates, from inverted indexes.
   */
  private related(): Map<string, Related[]> {
    const n = this.digests.size;
    const postings = new Map<string, string[]>();
    const byFigure = new Map<string, string[]>();
    for (const [slug, d] of this.digests) {
      for (const id of d.ids) push(postings, id, slug);
      for (const k of d.figures.keys()) push(byFigure, k, slug);
    }
    const idf = (id: string) => Math.log((n + 1) / (postings.get(id)?.length ?? 1));
    const max = this.limits.relatedMaxShared;
    const out = new Map<string, Related[]>();
    for (const [slug, me] of this.digests) {
      const score = new Map<string, number>();
      for (const id of me.ids) {
        const w = idf(id);
        const list = postings.get(id)!;
        if (w <= 0 || list.length > max) continue;
        for (const s of list) if (s !== slug) score.set(s, (score.get(s) ?? 0) + w);
      }
      for (const k of me.figures.keys()) {
        const list = byFigure.get(k)!;
        if (list.length <= max) for (const s of list) if (s !== slug) score.set(s, (score.get(s) ?? 0) + 3);
      }
      // Scores add up straight from the postings; only the best few are then explained in detail.
      const top = best(score, this.limits.related * 4);
      const mine = new Set(me.ids);
      out.set(
        slug,
        top
          .map(([s, base]) => {
            const o = this.digests.get(s)!;
            const entities = o.ids.filter((id) => mine.has(id)).sort((x, y) => idf(y) - idf(x) || x.localeCompare(y));
            const figures = [...o.figures.keys()].filter((k) => me.figures.has(k)).map((k) => me.figures.get(k)!);
            const events = [...o.events].filter((v) => me.events.has(v) && /^\d{4}-\d{2}/.test(v));
            return { slug: s, score: base + events.length * 2, entities, figures, events };
          })
          .sort((x, y) => y.score - x.score || x.slug.localeCompare(y.slug))
          .slice(0, this.limits.related),
      );
    }
    return out;
  }

  finish(): CorpusViews {
    // A name the knowledge base lacks takes its most frequent written form.
    for (const [id, votes] of this.nameVotes) {
      const best = [...votes].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || x[0].localeCompare(y[0]))[0];
      if (best) this.entities.get(id)!.name = best[0];
    }
    for (const c of this.entities.values()) {
      c.languages.sort();
      c.variants.sort((x, y) => y.count - x.count || x.text.localeCompare(y.text));
    }
    const timeline = this.timeline.sort((x, y) => x.sortKey.localeCompare(y.sortKey) || x.value.length - y.value.length || x.id.localeCompare(y.id));
    const byEntity = new Map<string, TimelineEntry[]>();
    for (const t of timeline) if (t.kind === 'event') for (const id of t.entities) push(byEntity, id, t);
    const views = new Map<string, EntityView>();
    for (const id of this.entities.keys()) {
      const co = [...(this.co.get(id) ?? [])]
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .slice(0, this.limits.coOccurring)
        .map(([other, count]) => ({ id: other, name: this.entities.get(other)?.name ?? other, count }));
      const events = byEntity.get(id) ?? [];
      const timeline = events.slice(-this.limits.entityTimeline).map(({ id, value, sortKey, mod, sources, moreSources }) => ({ id, value, sortKey, ...(mod ? { mod } : {}), sources, moreSources: moreSources.length }));
      views.set(id, { id, contexts: this.contexts.get(id) ?? [], co, timeline, timelineCount: events.length });
    }
    return { entities: this.entities, views, timeline, related: this.related() };
  }
}

/** The views of a corpus held in memory (tests, small corpora): sorts, then builds. */
export function corpusViews(articles: ArticleFrontmatter[], recordOf?: (id: string) => EntityRecord | undefined, limits?: ViewLimits): CorpusViews {
  const b = new CorpusBuilder(recordOf, limits);
  for (const a of byNewest(articles)) b.add(a);
  return b.finish();
}
