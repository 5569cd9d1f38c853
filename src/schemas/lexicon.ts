import { z } from 'zod';
import { EntityType } from './analysis';

const words = z.array(z.string().min(1));
const Names = z.record(z.string(), words);

/** One knowledge-base entity (see docs/data-formats.md). */
export const KbEntity = z.object({
  /** Stable id, unique across the knowledge base: lowercase ASCII kebab-case. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase ASCII kebab-case'),
  type: EntityType,
  /** English Wikipedia title. */
  name: z.string().min(1),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  description: z.string().default(''),
  /** Names per language (two-letter code) and `*` for every language. */
  names: Names,
  /** Former names with their period. */
  former: z.array(z.object({ name: z.string(), from: z.number().optional(), to: z.number().optional() })).optional(),
  /** ISO 3166-1 alpha-2 of the country it belongs to. */
  country: z.string().optional(),
});

/** `kb/countries.json`: supplements i18n-iso-countries, keyed by ISO alpha-2. */
export const CountrySupplement = z.record(
  z.string().regex(/^[A-Z]{2}$/),
  z.object({
    name: z.string(),
    wikidata: z.string().regex(/^Q\d+$/).optional(),
    description: z.string().optional(),
    names: Names.optional(),
    adjectives: Names.optional(),
    capital: z.string().optional(),
    former: z.array(z.object({ name: z.string(), from: z.number().optional(), to: z.number().optional() })).optional(),
  }),
);

/** `kb/bodies.json`: generic government bodies named together with a country. */
export const Body = z.object({ key: z.string(), name: z.string(), names: Names });

/** `lang/<lang>/entities.json`: cue words and inflection rules for names in one language. */
export const EntityLexicon = z.object({
  personTitles: words.default([]),
  orgHeads: words.default([]),
  orgTails: words.default([]),
  placeCues: words.default([]),
  placeHeads: words.default([]),
  eventHeads: words.default([]),
  connectors: words.default([]),
  elisions: words.default([]),
  notNames: words.default([]),
  /** Common nouns are capitalised in this language (de): a capitalised word alone says little. */
  capitalisedNouns: z.boolean().default(false),
  inflection: z
    .object({
      minStem: z.number().int().min(1).default(3),
      suffixes: words.default([]),
      alternations: z.array(z.tuple([z.string(), z.string()])).default([]),
    })
    .default({ minStem: 3, suffixes: [], alternations: [] }),
});

const Offsets = z.record(z.string(), z.number().int());

/** `lang/<lang>/dates.json`: month and weekday names, relative words and date patterns. */
export const DateLexicon = z.object({
  months: z.array(words).length(12),
  weekdays: z.array(words).length(7),
  ordinalSuffixes: words.default([]),
  relativeDays: Offsets.default({}),
  relativeWeeks: Offsets.default({}),
  relativeMonths: Offsets.default({}),
  relativeYears: Offsets.default({}),
  past: words.default([]),
  next: words.default([]),
  parts: z.record(z.string(), z.enum(['START', 'MID', 'END'])).default({}),
  numbers: z.record(z.string(), z.number()).default({}),
  units: z.record(z.string(), z.enum(['day', 'week', 'month', 'year'])).default({}),
  publishedLabels: words.default([]),
  /** Month and weekday names are always capitalised in this language (en, de): "may" is then not May. */
  capitalised: z.boolean().default(false),
  patterns: z.array(
    z.object({
      id: z.string(),
      re: z.string(),
      dir: z.union([z.literal(-1), z.literal(1)]).optional(),
      mod: z.enum(['START', 'MID', 'END', 'APPROX']).optional(),
    }),
  ),
});

export type KbEntity = z.output<typeof KbEntity>;
export type EntityLexicon = z.output<typeof EntityLexicon>;
export type DateLexicon = z.output<typeof DateLexicon>;
export type Body = z.output<typeof Body>;
