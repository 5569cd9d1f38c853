import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ArticleFrontmatter } from './schemas/article';

// The ingest writes here; tests building another corpus point ATLAS_CONTENT_DIR elsewhere.
const content = process.env.ATLAS_CONTENT_DIR ?? './src/content';
import { EntityRecord } from './schemas/entity-record';

export const collections = {
  // One entry per ingested article, as JSON: scripts/ingest.ts writes them from seeds/ (never edit by hand).
  articles: defineCollection({ loader: glob({ pattern: '**/*.json', base: `${content}/articles` }), schema: ArticleFrontmatter }),
  // Knowledge-base records of the entities the articles name, written by the ingest.
  entities: defineCollection({ loader: file(`${content}/entities.json`), schema: EntityRecord }),
};
