import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ArticleCard } from './schemas/article';
import { CorpusEntity } from './schemas/entity-record';

// The ingest writes here (never edit by hand); tests building another corpus point ATLAS_CONTENT_DIR elsewhere.
const content = process.env.ATLAS_CONTENT_DIR ?? './src/content';

export const collections = {
  // One lean card per ingested article: what lists, feeds and related coverage show. The whole analysis
  // is in <content>/analyses/, read by the article's page only (scripts/ingest.ts says why).
  articles: defineCollection({ loader: glob({ pattern: '*.json', base: `${content}/articles` }), schema: ArticleCard }),
  // Every entity the corpus names, with counts and the knowledge base's record.
  entities: defineCollection({ loader: file(`${content}/entities.json`), schema: CorpusEntity }),
};
