import { z } from 'zod';
import { EntityType } from './analysis';

/** What the site knows about an entity beyond its mentions: the knowledge base's record. */
export const EntityRecord = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  wikidata: z.string().optional(),
  /** One line, English. */
  description: z.string(),
  /** Every name the knowledge base has for it, per language: indexed for search. */
  names: z.record(z.string(), z.array(z.string())),
  former: z.array(z.object({ name: z.string(), from: z.number().optional(), to: z.number().optional() })).optional(),
});
export type EntityRecord = z.output<typeof EntityRecord>;

/** A written form of an entity seen in the articles, with the languages it was seen in. */
export const EntityVariant = z.object({ text: z.string(), languages: z.array(z.string()), count: z.number().int().positive() });

/**
 * The `entities` content collection (`<content>/entities.json`): every entity the corpus names, with
 * counts across articles and the knowledge base's record when it has one. Written by the ingest from the
 * engine's corpus views; each entity's mentions in context, co-occurrences and timeline are in its view file.
 */
export const CorpusEntity = z.object({
  id: z.string(),
  /** Canonical English name; for a name the knowledge base lacks, its most frequent written form. */
  name: z.string(),
  type: EntityType,
  wikidata: z.string().optional(),
  known: z.boolean(),
  articleCount: z.number().int().positive(),
  mentionCount: z.number().int().positive(),
  languages: z.array(z.string()),
  /** Every written form seen, most frequent first. */
  variants: z.array(EntityVariant),
  record: EntityRecord.optional(),
});
export type CorpusEntity = z.output<typeof CorpusEntity>;
