import { z } from 'zod';
import { EntityType } from './analysis';

const why = z.string().optional();
/** Analyst corrections (`src/analysis/data/corrections.json`), applied on every build. */
export const Corrections = z.object({
  /** Every mention of `from` becomes a mention of `into`. */
  merge: z.array(z.object({ from: z.string(), into: z.string(), why })).default([]),
  /** Mentions of `entity` written `text` become a new entity. */
  split: z.array(z.object({ entity: z.string(), text: z.string(), into: z.object({ id: z.string(), name: z.string(), type: EntityType }), why })).default([]),
  /** Every whole-word occurrence of `text` is a mention of `entity`. */
  alias: z.array(z.object({ text: z.string().min(2), entity: z.string(), why })).default([]),
  /** A false positive: drop the entity, or only its mentions written `text`. */
  ignore: z.array(z.object({ entity: z.string(), text: z.string().optional(), why })).default([]),
  /** Another canonical name or type for an entity. */
  rename: z.array(z.object({ entity: z.string(), name: z.string().optional(), type: EntityType.optional(), why })).default([]),
});
export type Corrections = z.output<typeof Corrections>;
