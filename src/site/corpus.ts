import { getCollection } from 'astro:content';
import { buildTimeline, byNewest, corpusEntities } from '../analysis/corpus';
import type { ArticleFrontmatter } from '../schemas';
import type { EntityRecord } from '../schemas/entity-record';

/** The corpus as the pages see it, computed once per build. */
export interface Corpus {
  articles: ArticleFrontmatter[];
  bySlug: Map<string, ArticleFrontmatter>;
  entities: ReturnType<typeof corpusEntities>;
  records: Map<string, EntityRecord>;
  timeline: ReturnType<typeof buildTimeline>;
}

let corpus: Promise<Corpus> | undefined;
export function loadCorpus(): Promise<Corpus> {
  corpus ??= (async () => {
    const articles = byNewest((await getCollection('articles')).map((e) => e.data));
    const records = new Map((await getCollection('entities')).map((e) => [e.data.id, e.data]));
    return { articles, bySlug: new Map(articles.map((a) => [a.slug, a])), entities: corpusEntities(articles), records, timeline: buildTimeline(articles) };
  })();
  return corpus;
}
