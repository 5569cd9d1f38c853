import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ArticleFrontmatter } from './schemas/article';
import { EntityRecord } from './schemas/entity-record';

export const collections = {
  // One entry per ingested article: scripts/ingest.ts writes them from seeds/ (never edit by hand).
  articles: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/content/articles' }), schema: ArticleFrontmatter }),
  // Knowledge-base records of the entities the articles name, written by the ingest.
  entities: defineCollection({ loader: file('./src/content/entities.json'), schema: EntityRecord }),
};
