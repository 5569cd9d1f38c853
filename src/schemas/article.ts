import { z } from 'zod';
import { Analysis, EntityType, Published } from './analysis';
import { LanguageCode } from './common';

/**
 * The whole of one ingested article: the analysis plus what the site needs to show it. Written by the
 * ingest to `<content>/analyses/<slug>.json` (validated before writing), read by the article's page and
 * published as `/api/articles/<slug>.json`. It is not a content-collection entry: Astro keeps every
 * entry of a collection in memory and in its bundle, which at 10,000 articles cost gigabytes.
 */
export const ArticleFrontmatter = Analysis.extend({
  /** URL slug, unique in the corpus. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The original text (offsets in the analysis point into it). */
  text: z.string(),
  /** Whether the title is the article's own or built from its lead. */
  titleSource: z.enum(['text', 'lead']),
  /** The title shown: the article's own, or one built from its lead. */
  displayTitle: z.string(),
  /** Source link and outlet, from the sidecar. */
  source: z.object({ url: z.string().optional(), outlet: z.string().optional() }),
  /** sha256 of the input bytes, used to skip unchanged articles on rebuild. */
  contentHash: z.string(),
});
export type ArticleFrontmatter = z.output<typeof ArticleFrontmatter>;

/**
 * The `articles` content collection (`<content>/articles/<slug>.json`): what lists, feeds and related
 * coverage show of an article, derived from its analysis by the engine (`articleCard`).
 */
export const ArticleCard = z.object({
  slug: ArticleFrontmatter.shape.slug,
  file: z.string(),
  language: LanguageCode,
  displayTitle: z.string(),
  titleSource: z.enum(['text', 'lead']),
  author: z.string().nullable(),
  published: Published.nullable(),
  source: ArticleFrontmatter.shape.source,
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().nonnegative(),
  /** The summary's sentences, in the article's language. */
  summary: z.array(z.string()),
  /** Its most mentioned entities (CARD_ENTITIES of them), most mentioned first. */
  entities: z.array(z.object({ id: z.string(), name: z.string(), type: EntityType, mentions: z.number().int().positive() })),
  contentHash: z.string(),
});
export type ArticleCard = z.output<typeof ArticleCard>;
