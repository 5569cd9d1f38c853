import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { byNewest, type EntityView, type Related, type TimelineEntry } from '../analysis/corpus';
import type { ArticleCard, ArticleFrontmatter, CorpusEntity } from '../schemas';

/** Up to this many entries the timeline is one page; past it, /timeline/ is an index of month pages. */
export const TIMELINE_ONE_PAGE = 600;

/** Articles listed on the home page; /archive/ pages list them all, ARCHIVE_PAGE to a page. */
export const HOME_ARTICLES = 30;
export const ARCHIVE_PAGE = 100;

/** The generated content the ingest wrote (src/content.config.ts reads the same variable). */
const content = () => resolve(process.env.ATLAS_CONTENT_DIR ?? 'src/content');

function readJson<T>(path: string, what: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new Error(`The site could not read ${what} (${path}): ${(e as Error).message}. Run \`npm run build\`, which ingests before it renders.`);
  }
}

/**
 * The corpus as list pages see it, read once per build: the two content collections (lean article cards
 * and entity entries) and the ingest's precomputed timeline and related coverage. An article's whole
 * analysis and an entity's page data are read by their own page (`readArticle`, `readEntityView`).
 */
export interface Corpus {
  /** Newest first. */
  articles: ArticleCard[];
  bySlug: Map<string, ArticleCard>;
  entities: Map<string, CorpusEntity>;
  timeline: TimelineEntry[];
  /** Related coverage of one article. */
  related: (slug: string) => Related[];
}

let corpus: Promise<Corpus> | undefined;
export function loadCorpus(): Promise<Corpus> {
  corpus ??= (async () => {
    const articles = byNewest((await getCollection('articles')).map((e) => e.data));
    const related = readJson<Record<string, Related[]>>(join(content(), 'views', 'related.json'), 'related coverage');
    return {
      articles,
      bySlug: new Map(articles.map((a) => [a.slug, a])),
      entities: new Map((await getCollection('entities')).map((e) => [e.data.id, e.data])),
      timeline: readJson<TimelineEntry[]>(join(content(), 'views', 'timeline.json'), 'the timeline'),
      related: (slug) => related[slug] ?? [],
    };
  })();
  return corpus;
}

/** One article's whole analysis and text, as the ingest validated and wrote it. */
export const readArticle = (slug: string) => readJson<ArticleFrontmatter>(join(content(), 'analyses', `${slug}.json`), `the analysis of ${slug}`);

/** What one entity's page shows beyond its collection entry: mentions in context, co-occurrence, timeline. */
export const readEntityView = (id: string) => readJson<EntityView>(join(content(), 'views', 'entities', `${id}.json`), `the view of entity ${id}`);
