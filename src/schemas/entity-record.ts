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
