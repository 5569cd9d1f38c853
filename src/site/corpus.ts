import { getCollection } from 'astro:content';
import { buildTimeline, byNewest, coOccurrenceIndex, corpusEntities, relatedIndex, timelineByEntity, type Related, type TimelineEntry } from '../analysis/corpus';
import type { ArticleFrontmatter } from '../schemas';
import type { EntityRecord } from '../schemas/entity-record';

/** Sources shown under one timeline entry; the rest are counted (an event can have hundreds). */
export const SHOWN_SOURCES = 5;

/** Up to this many entries the timeline is one page; past it, /timeline/ is an index of month pages. */
export const TIMELINE_ONE_PAGE = 600;

/** The corpus as the pages see it, computed once per build. */
export interface Corpus {
  articles: ArticleFrontmatter[];
  bySlug: Map<string, ArticleFrontmatter>;
  entities: ReturnType<typeof corpusEntities>;
  records: Map<string, EntityRecord>;
  timeline: TimelineEntry[];
  /** Each entity's own timeline entries. */
  entityTimeline: Map<string, TimelineEntry[]>;
  /** Co-occurrence counts, `co.get(a).get(b)`. */
  co: Map<string, Map<string, number>>;
  /** Related coverage of one article. */
  related: (slug: string, limit?: number) => Related[];
}

let corpus: Promise<Corpus> | undefined;
export function loadCorpus(): Promise<Corpus> {
  corpus ??= (async () => {
    const articles = byNewest((await getCollection('articles')).map((e) => e.data));
    const records = new Map((await getCollection('entities')).map((e) => [e.data.id, e.data]));
    const timeline = buildTimeline(articles);
    return {
      articles,
      bySlug: new Map(articles.map((a) => [a.slug, a])),
      entities: corpusEntities(articles),
      records,
      timeline,
      entityTimeline: timelineByEntity(timeline),
      co: coOccurrenceIndex(articles),
      related: relatedIndex(articles),
    };
  })();
  return corpus;
}
