import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { DateLexicon, EntityLexicon } from '../schemas/lexicon';

/** Where the engine's data lives: knowledge base and per-language lexicons. */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

/**
 * Reads and validates one data file. Broken data is broken configuration, not a content problem:
 * it throws, naming the file and the field.
 */
export function loadData<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  const raw = JSON.parse(readFileSync(path, 'utf8'));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid data file ${path}:\n${issues}`);
  }
  return parsed.data;
}

let languages: Set<string> | undefined;
/** The languages that have a lexicon folder: adding a language is adding `data/lang/<code>/`. */
export function availableLanguages(): Set<string> {
  languages ??= new Set(
    readdirSync(join(DATA_DIR, 'lang'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name),
  );
  return languages;
}

const cache = new Map<string, unknown>();
function perLanguage<S extends z.ZodType>(lang: string, file: string, schema: S): z.output<S> | undefined {
  const key = `${lang}/${file}`;
  if (!cache.has(key)) {
    const path = join(DATA_DIR, 'lang', lang, file);
    cache.set(key, existsSync(path) ? loadData(path, schema) : undefined);
  }
  return cache.get(key) as z.output<S> | undefined;
}

/** The date lexicon of a language, or undefined when we have none for it. */
export const dateLexicon = (lang: string) => perLanguage(lang, 'dates.json', DateLexicon);
/** The entity lexicon (cues, inflection) of a language, or undefined when we have none for it. */
export const entityLexicon = (lang: string) => perLanguage(lang, 'entities.json', EntityLexicon);
