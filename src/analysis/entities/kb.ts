import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'zod';
import type { EntityRecord } from '../../schemas/entity-record';
import { Body, CountrySupplement, KbEntity } from '../../schemas/lexicon';
import { availableLanguages, DATA_DIR, loadData } from '../lexicon';

/** A knowledge-base entity as the matcher uses it. */
export interface KnownEntity {
  id: string;
  type: KbEntity['type'];
  name: string;
  wikidata?: string;
  description: string;
  /** Names per language (`*` = every language). */
  names: Record<string, string[]>;
  former?: KbEntity['former'];
  /** ISO alpha-2 code when the entity is a country. */
  iso2?: string;
  country?: string;
}

/** A government body named together with a country ("Ministero della Difesa del Kazakistan"). */
export interface KnownBody {
  key: string;
  name: string;
  names: Record<string, string[]>;
}

export interface KnowledgeBase {
  entities: KnownEntity[];
  byId: Map<string, KnownEntity>;
  bodies: KnownBody[];
  /** Country adjectives per language, lowercase → country entity id ("kazako" → kazakhstan). */
  adjectives: Map<string, Map<string, string>>;
}

/** ASCII kebab-case id from an English name. */
export const slugify = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const require = createRequire(import.meta.url);
type Countries = {
  registerLocale(l: unknown): void;
  getNames(lang: string, o?: { select: 'all' }): Record<string, string[]>;
  getName(code: string, lang: string): string | undefined;
};

/** Countries from i18n-iso-countries, in every language we have a lexicon for, plus our supplement. */
function countries(): { entities: KnownEntity[]; adjectives: KnowledgeBase['adjectives'] } {
  const lib = require('i18n-iso-countries') as Countries;
  const langs = [...availableLanguages()].filter((l) => existsSync(require.resolve('i18n-iso-countries').replace(/index\.js$/, `langs/${l}.json`)));
  for (const l of new Set(['en', ...langs])) lib.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
  const suppPath = join(DATA_DIR, 'kb', 'countries.json');
  const supp = existsSync(suppPath) ? loadData(suppPath, CountrySupplement) : {};
  const adjectives: KnowledgeBase['adjectives'] = new Map();
  const entities = Object.keys(lib.getNames('en')).map((iso2) => {
    const s = supp[iso2];
    const name = s?.name ?? lib.getName(iso2, 'en') ?? iso2;
    const names: Record<string, string[]> = {};
    for (const l of new Set(['en', ...langs])) {
      // "Korea, Republic of" is a catalogue form, not how anyone writes it
      names[l] = [...(lib.getNames(l, { select: 'all' })[iso2] ?? []).filter((n) => !n.includes(',') && !n.includes('(')), ...(s?.names?.[l] ?? [])];
    }
    for (const [l, extra] of Object.entries(s?.names ?? {})) names[l] ??= extra;
    names.en = [name, ...(names.en ?? [])];
    const id = slugify(name);
    for (const [l, adjs] of Object.entries(s?.adjectives ?? {})) {
      const m = adjectives.get(l) ?? new Map<string, string>();
      for (const a of adjs) m.set(a.toLowerCase(), id);
      adjectives.set(l, m);
    }
    return {
      id,
      type: 'place' as const,
      name,
      wikidata: s?.wikidata,
      description: s?.description ?? 'Country',
      names,
      former: s?.former,
      iso2,
    };
  });
  return { entities, adjectives };
}

let kb: KnowledgeBase | undefined;
/**
 * The knowledge base: countries (i18n-iso-countries + `kb/countries.json`) and every other
 * `kb/*.json` file, validated on load. Duplicate ids are a data bug and throw.
 */
export function knowledgeBase(): KnowledgeBase {
  if (kb) return kb;
  const { entities, adjectives } = countries();
  const dir = join(DATA_DIR, 'kb');
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.json') || f === 'countries.json' || f === 'bodies.json') continue;
    entities.push(...loadData(join(dir, f), z.array(KbEntity)));
  }
  const byId = new Map<string, KnownEntity>();
  for (const e of entities) {
    if (byId.has(e.id)) throw new Error(`Knowledge base: duplicate id '${e.id}' (${e.name})`);
    byId.set(e.id, e);
  }
  const bodiesPath = join(dir, 'bodies.json');
  const bodies = existsSync(bodiesPath) ? loadData(bodiesPath, z.array(Body)) : [];
  kb = { entities, byId, bodies, adjectives };
  return kb;
}

/** The knowledge base's record of an entity, as the site shows it (undefined for an unknown id). */
export function entityRecord(id: string): EntityRecord | undefined {
  const k = knowledgeBase().byId.get(id);
  return k && { id, name: k.name, type: k.type, ...(k.wikidata ? { wikidata: k.wikidata } : {}), description: k.description, names: k.names, ...(k.former ? { former: k.former } : {}) };
}
