import { z } from 'zod';
import { DateMod, Diagnostic, LanguageCode, Precision, TimexValue } from './common';

/** A span of the original file text: `text === original.slice(start, end)` (UTF-16 offsets). */
export const Span = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** The kinds of entity the engine recognises. */
export const EntityType = z.enum(['person', 'organization', 'place', 'event', 'other']);

/** One place an entity is named. */
export const Mention = Span.extend({
  /** Index of the sentence that holds the mention (see `sentences`). */
  sentence: z.number().int().nonnegative().optional(),
});

/** An entity named in one article, with every mention of it. */
export const ArticleEntity = z.object({
  /** Stable id: the knowledge-base id, or `x-<key>` for a name the knowledge base does not know. */
  id: z.string(),
  /** Canonical English name (the English Wikipedia title for known entities). */
  name: z.string(),
  type: EntityType,
  /** Wikidata id such as Q232, when known. */
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  /** Whether the entity is in the knowledge base. */
  known: z.boolean(),
  /** Why this entity was typed and linked as it was (e.g. `kb`, `title:presidente`, `given-name`). */
  evidence: z.string().optional(),
  mentions: z.array(Mention).min(1),
});

/** A date expression found in the text, normalised. */
export const DateMention = Span.extend({
  /** TIMEX3-style value; `X` where the text does not say and no reference date resolves it. */
  value: TimexValue,
  precision: Precision,
  mod: DateMod.optional(),
  /** Whether the value is fully known (no X), i.e. resolved or stated. */
  resolved: z.boolean(),
  /** The rule that produced the value, e.g. `it:month-alone→past-oriented`. */
  rule: z.string(),
  /** The reference date the value was resolved against, when one was used. */
  reference: z.string().optional(),
  sentence: z.number().int().nonnegative().optional(),
});

/** Where a publication date came from. */
export const DateSource = z.enum(['text', 'editor', 'inferred']);

/** The article's publication date and its provenance. */
export const Published = z.object({
  value: TimexValue,
  source: DateSource,
  precision: Precision,
  /** The words it was read from (for `text`), the editor's note, or how it was inferred. */
  evidence: z.string().optional(),
});

/** A sentence of the cleaned body, by its offsets in the original text. */
export const Sentence = z.object({ start: z.number().int(), end: z.number().int() });

/**
 * A dated event: a sentence that carries a resolvable date. It points at the date and the sentence by
 * index rather than copying them (at 10,000 articles the copies cost the site build gigabytes).
 */
export const ArticleEvent = z.object({
  /** Index into `dates` of the date, as normalised. */
  date: z.number().int().nonnegative(),
  /** Index into `sentences` of the sentence, in the article's language. */
  sentenceIndex: z.number().int().nonnegative(),
  /** Ids of the entities named in the sentence. */
  entities: z.array(z.string()),
});

/** A figure the article cites: an amount, a distance, a count, with its sentence. */
export const Figure = Span.extend({
  /** The number as a JavaScript number (after the article's scale words: "918 mln" → 918000000). */
  value: z.number(),
  /** What it counts, in English: dollars, kilometres, people, soldiers, percent… */
  unit: z.string(),
  kind: z.enum(['money', 'distance', 'people', 'percent', 'count', 'other']),
  sentenceIndex: z.number().int().nonnegative(),
});

/** Language as detected: BCP 47 code, ISO 639-3 code, and how sure the detector was. */
export const DetectedLanguage = z.object({
  code: LanguageCode,
  iso6393: z.string(),
  /** 0…1: franc's score of the best language, relative to the runner-up. */
  confidence: z.number().min(0).max(1),
  /** English name of the language. */
  name: z.string(),
});

/**
 * The analysis of one article as `npm run analyze` prints it (one object per file) and as the ingest
 * stores it in the article's frontmatter. Field names `file`, `language`, `title`, `published`,
 * `entities` and `dates` are a contract with the evaluation scorer.
 */
export const Analysis = z.object({
  /** The path as given. */
  file: z.string(),
  /** Two-letter BCP 47 code where one exists, else ISO 639-3, or `und`. */
  language: LanguageCode,
  languageDetail: DetectedLanguage,
  /** The article's own title line, or null when it has none. */
  title: z.string().nullable(),
  /** The credited author, from the byline. */
  author: z.string().nullable(),
  published: Published.nullable(),
  /** Offsets of the cleaned body: header lines and trailing web boilerplate are outside it. */
  body: z.object({ start: z.number().int(), end: z.number().int() }),
  /** Paragraphs and sentences of the body, as offsets into the original text. */
  paragraphs: z.array(Sentence),
  sentences: z.array(Sentence),
  /** Spans removed as header or boilerplate, with what they were. */
  removed: z.array(Span.extend({ kind: z.enum(['title', 'byline', 'dateline', 'header', 'boilerplate']) })),
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().nonnegative(),
  entities: z.array(ArticleEntity),
  dates: z.array(DateMention),
  events: z.array(ArticleEvent),
  /** Indexes into `sentences` of the summary, in text order. */
  summary: z.array(z.number().int().nonnegative()),
  figures: z.array(Figure),
  diagnostics: z.array(Diagnostic),
});

export type Span = z.output<typeof Span>;
export type EntityType = z.output<typeof EntityType>;
export type Mention = z.output<typeof Mention>;
export type ArticleEntity = z.output<typeof ArticleEntity>;
export type DateMention = z.output<typeof DateMention>;
export type Published = z.output<typeof Published>;
export type ArticleEvent = z.output<typeof ArticleEvent>;
export type Figure = z.output<typeof Figure>;
export type DetectedLanguage = z.output<typeof DetectedLanguage>;
export type Analysis = z.output<typeof Analysis>;
