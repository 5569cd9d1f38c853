import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'zod';
import type { ArticleEntity, EntityType } from '../../schemas';
import type { EntityLexicon } from '../../schemas/lexicon';
import { dateLexicon, DATA_DIR, entityLexicon, loadData } from '../lexicon';
import { fold, linkKey, lower, makeKeyer } from './keys';
import { romanize } from './romanize';
import { knowledgeBase, slugify, type KnownBody, type KnownEntity } from './kb';

const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[]>;

/** A word of the text. */
interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  key: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** All capitals, at least two letters: an acronym. */
  upper: boolean;
  /** First word of its sentence (or of the title). */
  sentStart: boolean;
  /** Index of the region (title, body sentence) it belongs to. */
  region: number;
  /** Position in the token list. */
  idx: number;
}

/** One way to write a name, as keys: a knowledge-base entity or a government body. */
interface NameEntry {
  keys: string[];
  /** Which words are capitalised in the stored form: "El País" needs "País", not "país". */
  caps: boolean[];
  target: { kind: 'entity'; entity: KnownEntity } | { kind: 'body'; body: KnownBody };
}

interface LangIndex {
  lex: EntityLexicon;
  key: (w: string) => string;
  names: Map<string, NameEntry[]>;
  stop: Set<string>;
  notNames: Set<string>;
  titles: string[][];
  /** Keys of the last words of person titles: most words are not, and need no further look. */
  titleEnds: Set<string>;
  orgHeads: Set<string>;
  orgTails: Set<string>;
  eventHeads: Set<string>;
  placeHeads: Set<string>;
  placeCues: string[][];
  connectors: Set<string>;
  calendarWords: Set<string>;
  adjectives: Map<string, string>;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const EMPTY_LEX: EntityLexicon = { personTitles: [], orgHeads: [], orgTails: [], placeCues: [], placeHeads: [], eventHeads: [], connectors: [], elisions: [], notNames: [], capitalisedNouns: false, inflection: { minStem: 3, suffixes: [], alternations: [] } };
const isUpper = (w: string) => w.length >= 2 && /^\p{Lu}+$/u.test(w);

let givenNames: Set<string> | undefined;
/** Given names (folded), to recognise people the knowledge base does not know. */
function given(): Set<string> {
  const path = join(DATA_DIR, 'names', 'given-names.json');
  givenNames ??= new Set(existsSync(path) ? loadData(path, z.object({ names: z.array(z.string()) })).names.map(fold) : []);
  return givenNames;
}

const indexes = new Map<string, LangIndex>();
/** Every name in the knowledge base, keyed by the inflection rules of one article language. */
function langIndex(lang: string): LangIndex {
  const cached = indexes.get(lang);
  if (cached) return cached;
  const lex = entityLexicon(lang) ?? EMPTY_LEX;
  const key = makeKeyer(lex);
  const kb = knowledgeBase();
  const names = new Map<string, NameEntry[]>();
  const add = (form: string, target: NameEntry['target'], own: boolean) => {
    const words = form.match(TOKEN);
    if (!words) return;
    const acronym = words.length === 1 && isUpper(form.replace(/[^\p{L}]/gu, '')) && /^\p{Lu}[\p{Lu}.]*$/u.test(form);
    // Another language's spelling only when it is distinctive: short words collide across languages.
    if (!own && !acronym && form.length < 4) return;
    const keys = acronym ? [`=${words.join('').toUpperCase()}`] : words.map(key);
    const list = names.get(keys[0]!) ?? [];
    const caps = words.map((w) => /^\p{Lu}/u.test(w));
    if (!list.some((e) => e.target === target && e.keys.join(' ') === keys.join(' '))) list.push({ keys, caps, target });
    names.set(keys[0]!, list);
  };
  for (const entity of kb.entities) {
    const target = { kind: 'entity', entity } as const;
    // Another language's single-word forms stay out ("Frieden" is Luc Frieden in French, peace in German):
    // every language lists its own; multi-word names and acronyms cross over.
    for (const [l, forms] of Object.entries(entity.names))
      for (const f of forms) if (l === lang || l === '*' || /[\s-]/.test(f.trim()) || /^\p{Lu}[\p{Lu}.]+$/u.test(f)) add(f, target, l === lang || l === '*');
    for (const f of entity.former ?? []) add(f.name, target, true);
  }
  for (const body of kb.bodies) {
    const target = { kind: 'body', body } as const;
    for (const [l, forms] of Object.entries(body.names)) if (l === lang || l === 'en') for (const f of forms) add(f, target, true);
  }
  for (const list of names.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const words = (xs: string[]) => xs.map((x) => (x.match(TOKEN) ?? []).map(lower));
  const dl = dateLexicon(lang);
  const index: LangIndex = {
    lex,
    key,
    names,
    stop: new Set((stopwordsIso[lang] ?? []).map(lower)),
    notNames: new Set(lex.notNames.map(lower)),
    titles: words(lex.personTitles),
    titleEnds: new Set(words(lex.personTitles).map((t) => key(t.at(-1)!))),
    orgHeads: new Set(lex.orgHeads.map(key)),
    orgTails: new Set(lex.orgTails.map(lower)),
    eventHeads: new Set(lex.eventHeads.map(key)),
    placeHeads: new Set(lex.placeHeads.map(key)),
    placeCues: words(lex.placeCues),
    // Elisions ("all'", "nell'") are not connectors: "Tokayev all'Onu" is two names, not one.
    connectors: new Set(lex.connectors.map((c) => lower(c).replace(/'$/, ''))),
    calendarWords: new Set(dl ? [...dl.months.flat(), ...dl.weekdays.flat()].map(lower) : []),
    adjectives: kb.adjectives.get(lang) ?? new Map(),
  };
  indexes.set(lang, index);
  return index;
}

/** A recognised span, before mentions are grouped into entities. */
interface Hit {
  start: number;
  end: number;
  /** Candidate knowledge-base entities (more than one when the name is ambiguous). */
  known?: KnownEntity[];
  /** A name the knowledge base does not know. */
  unknown?: { id: string; name: string; type: EntityType; evidence: string; words: string[] };
  evidence: string;
}

/** Text between two tokens that may sit inside one name: spaces, a hyphen, an apostrophe, a dot in "U.S.". */
const joins = (text: string, a: Token, b: Token) => a.region === b.region && /^(?:[ \u00a0]|-|['’]|\.(?= ?\p{Lu}))?[ \u00a0-]?$/u.test(text.slice(a.end, b.start));

export interface Region {
  start: number;
  end: number;
}

/**
 * Finds the people, organisations, places and events named in `regions` of `text` (the title, the body's
 * sentences) and links each mention to one entity: a knowledge-base entity where a name matches, by
 * inflection key, any of its names; otherwise a name discovered from capitalisation and cue words, typed
 * by its context and given an id from its transliteration-folded key.
 */
export function recognizeEntities(text: string, lang: string, regions: Region[], extraPeople: Region[] = []): ArticleEntity[] {
  const ix = langIndex(lang);
  const tokens: Token[] = [];
  regions.forEach((r, region) => {
    let first = true;
    for (const m of text.slice(r.start, r.end).matchAll(TOKEN)) {
      const w = m[0];
      tokens.push({ start: r.start + m.index, end: r.start + m.index + w.length, text: w, lower: lower(w), key: ix.key(w), cap: /^\p{Lu}/u.test(w), upper: isUpper(w), sentStart: first, region, idx: tokens.length });
      first = false;
    }
  });
  const covered = new Uint8Array(tokens.length);
  const hits: Hit[] = [];

  // 1. Knowledge-base names, longest first at each word.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap) continue;
    const lists = [ix.names.get(t.key), t.upper || (t.text.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(t.text)) ? ix.names.get(`=${t.text.toUpperCase()}`) : undefined];
    let best: NameEntry[] = [];
    let bestLen = 0;
    for (const list of lists) {
      for (const e of list ?? []) {
        const n = e.keys.length;
        if (n < bestLen) break;
        if (e.keys[0]!.startsWith('=') && !(t.upper || t.text.length >= 4)) continue;
        let ok = i + n <= tokens.length;
        for (let k = 1; ok && k < n; k++) ok = tokens[i + k]!.key === e.keys[k] && (!e.caps[k] || tokens[i + k]!.cap) && joins(text, tokens[i + k - 1]!, tokens[i + k]!);
        if (!ok) continue;
        if (n > bestLen) {
          best = [];
          bestLen = n;
        }
        best.push(e);
      }
    }
    if (!bestLen) continue;
    // "Kairat Umarov" is not Doku Umarov: a surname the knowledge base knows, after a given name it does
    // not have with it, is someone else's.
    const prev = tokens[i - 1];
    if (bestLen === 1 && prev && prev.cap && !covered[i - 1] && joins(text, prev, t) && given().has(fold(prev.text)) && best.every((e) => e.target.kind === 'entity' && e.target.entity.type === 'person')) continue;
    // "Kim Dae-jung" is not Kim Jong Un: a one-word person name followed by a capitalised word that
    // starts no known name is the start of someone else's name.
    const after = tokens[i + 1];
    if (bestLen === 1 && after && after.cap && !after.upper && joins(text, t, after) && !ix.names.has(after.key) && best.every((e) => e.target.kind === 'entity' && e.target.entity.type === 'person')) continue;
    // A single common word at a sentence start ("Come", "Usa" in Portuguese) is not a name.
    if (bestLen === 1 && t.sentStart && !t.upper && (ix.stop.has(t.lower) || ix.notNames.has(t.lower))) continue;
    let end = i + bestLen - 1;
    const entities = best.filter((e) => e.target.kind === 'entity').map((e) => (e.target as { entity: KnownEntity }).entity);
    const body = best.find((e) => e.target.kind === 'body')?.target as { body: KnownBody } | undefined;
    if (body && !entities.length) {
      // "Ministero della Difesa del Kazakistan", "Ministerio de Defensa kazajo", "Russian Foreign Ministry"
      let j = end + 1;
      while (j < tokens.length && ix.connectors.has(tokens[j]!.lower) && tokens[j]!.region === t.region) j++;
      let country: string | undefined;
      const after = tokens[j];
      if (after && after.region === t.region && j - end <= 3) {
        if (ix.adjectives.has(after.lower) && j === end + 1) {
          country = ix.adjectives.get(after.lower);
          end = j;
        } else if (after.cap) {
          const c = (ix.names.get(after.key) ?? []).find((e) => e.target.kind === 'entity' && e.keys.length === 1 && e.target.entity.iso2);
          if (c && c.target.kind === 'entity') {
            country = c.target.entity.id;
            end = j;
          }
        }
      }
      const before = tokens[i - 1];
      if (!country && before && before.region === t.region && ix.adjectives.has(before.lower)) {
        country = ix.adjectives.get(before.lower);
        i--;
      }
      if (!country) continue;
      const c = knowledgeBase().byId.get(country)!;
      const name = `${body.body.name} of ${c.name}`;
      hits.push({ start: tokens[i]!.start, end: tokens[end]!.end, unknown: { id: `${slugify(body.body.key)}-${c.id}`, name, type: 'organization', evidence: `body:${body.body.key}+${c.id}`, words: [] }, evidence: 'body' });
    } else if (entities.length) {
      // "Washington Institute for Near East Policy", "Carnegie Russia Eurasia Center": a place followed by an
      // organisation's word is the start of a longer name the knowledge base does not have.
      const next = tokens[end + 1];
      if (entities.every((e) => e.type === 'place') && next && next.cap && joins(text, tokens[end]!, next) && (ix.orgHeads.has(next.key) || ix.orgTails.has(next.lower))) continue;
      hits.push({ start: t.start, end: tokens[end]!.end, known: entities, evidence: 'kb' });
    } else continue;
    for (let k = i; k <= end; k++) covered[k] = 1;
    i = end;
  }

  // A country's own body named generically ("Supreme Court", "Democratic Party") belongs to that country
  // only when the article names the country; otherwise the link would be a guess.
  // Only names built from generic head words ("Court", "Party", "Ministry") are in doubt; "Kremlin" is not,
  // and a country named inside the match ("Сенат Казахстана") counts as named.
  const countries = new Set(hits.flatMap((h) => (h.known ?? []).map((e) => e.iso2 ?? (e.type === 'place' ? e.country : undefined)).filter(Boolean)));
  const countryWords = (h: Hit) =>
    tokens.filter((t) => t.start >= h.start && t.end <= h.end).flatMap((t) => (ix.names.get(t.key) ?? []).map((e) => (e.target.kind === 'entity' ? e.target.entity.iso2 : undefined)).filter(Boolean));
  const generic = (h: Hit) => tokens.some((t) => t.start >= h.start && t.end <= h.end && (ix.orgHeads.has(t.key) || ix.orgTails.has(t.lower)));
  for (let h = hits.length - 1; h >= 0; h--) {
    const known = hits[h]!.known;
    if (!known || !generic(hits[h]!)) continue;
    const inside = new Set(countryWords(hits[h]!));
    const kept = known.filter((e) => e.type !== 'organization' || !e.country || countries.has(e.country) || inside.has(e.country));
    if (kept.length) hits[h]!.known = kept;
    else hits.splice(h, 1);
  }

  // 2. Names the knowledge base does not know: capitalised runs, joined by connectors.
  const lowercaseSeen = new Set(tokens.filter((t) => !t.cap).map((t) => t.lower));
  const capMidSentence = new Map<string, number>();
  for (const t of tokens) if (t.cap && !t.sentStart) capMidSentence.set(t.lower, (capMidSentence.get(t.lower) ?? 0) + 1);
  const excluded = (t: Token) =>
    !t.cap || covered[t.idx] === 1 || /^\p{N}/u.test(t.text) || ix.stop.has(t.lower) || ix.notNames.has(t.lower) || ix.calendarWords.has(t.lower);
  const isTitleAt = (i: number): number => {
    // length of a person title ending at token i (lowercased compare), 0 if none
    if (i < 0 || !ix.titleEnds.has(ix.key(tokens[i]!.text))) return 0;
    if (i + 1 < tokens.length && tokens[i + 1]!.region !== tokens[i]!.region) return 0; // a title ends its own sentence
    for (const title of ix.titles) {
      const n = title.length;
      if (i - n + 1 < 0) continue;
      let ok = true;
      for (let k = 0; ok && k < n; k++) ok = tokens[i - n + 1 + k]!.lower === title[k] || ix.key(tokens[i - n + 1 + k]!.text) === ix.key(title[k]!);
      if (ok) return n;
    }
    return 0;
  };
  const cueBefore = (i: number, cues: string[][]) =>
    cues.some((c) => c.length <= i && c.every((w, k) => tokens[i - c.length + k]!.lower === w && tokens[i - c.length + k]!.region === tokens[i]!.region));
  const discovered: { from: number; to: number; type?: EntityType; evidence: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || !t.cap || /^\p{N}/u.test(t.text)) continue;
    // a person title written with a capital ("Presidente", "Szejk") opens the name after it
    let j = i;
    while (j < tokens.length - 1 && j - i < 6) {
      const n = tokens[j + 1]!;
      if (covered[j + 1] || !joins(text, tokens[j]!, n) && !(ix.connectors.has(n.lower) && n.region === t.region)) break;
      if (n.cap && !/^\p{N}/u.test(n.text)) {
        j++;
        continue;
      }
      // connector: only when a capitalised word follows it
      const after = tokens[j + 2];
      if (ix.connectors.has(n.lower) && after && after.cap && !covered[j + 2] && after.region === t.region && !excluded(after)) {
        j += 2;
        continue;
      }
      break;
    }
    let from = i;
    let to = j;
    let titled = isTitleAt(from - 1) > 0;
    let titleWord = titled ? tokens[from - 1]!.lower : '';
    // strip leading excluded words and capitalised titles
    while (from <= to && (excluded(tokens[from]!) || (tokens[from]!.sentStart && lowercaseSeen.has(tokens[from]!.lower)) || isTitleAt(from) === 1)) {
      if (isTitleAt(from) === 1) {
        titled = true;
        titleWord = tokens[from]!.lower;
      }
      from++;
    }
    while (to >= from && (excluded(tokens[to]!) || ix.connectors.has(tokens[to]!.lower))) to--;
    // "Verteidigungsminister Laurynas Kasčiūnas", "MON Mariusz Błaszczak": a role or an acronym before a
    // given name is not part of the person's name.
    const g = tokens.slice(from + 1, to).findIndex((x) => given().has(fold(x.text)) && !given().has(fold(tokens[from]!.text)) && text[x.start - 1] !== '-');
    if (g >= 0 && to - (from + 1 + g) >= 1) {
      titled = titled || !tokens[from]!.upper;
      titleWord ||= tokens[from]!.lower;
      from = from + 1 + g;
    }
    // "South Korean President", "Foreign Minister": a run ending in a title is a role, not a name.
    if (to >= from && isTitleAt(to) > 0 && to + 1 < tokens.length && !(tokens[to + 1]!.cap && joins(text, tokens[to]!, tokens[to + 1]!))) {
      i = j;
      continue;
    }
    i = j;
    if (to < from) continue;
    const first = tokens[from]!;
    const n = to - from + 1;
    if (n === 1 && first.sentStart && !titled && !given().has(fold(first.text)) && (capMidSentence.get(first.lower) ?? 0) === 0) continue;
    let type: EntityType | undefined;
    let evidence = '';
    if (first.upper && n === 1) continue; // unknown acronyms: too often codes and weapon systems
    const words = tokens.slice(from, to + 1);
    const headWord = (set: Set<string>) => n >= 2 && set.has(first.key);
    // A head word alone ("Parlement", "Cour", "Brigade") is a common noun written with a capital, not a name.
    if (n === 1 && (ix.orgHeads.has(first.key) || ix.orgTails.has(first.lower) || ix.placeHeads.has(first.key) || ix.eventHeads.has(first.key))) continue;
    // An organisation's word outranks a title before it: "rzecznik Batalionu …" is the battalion's spokesman.
    const orgWord = words.find((x) => ix.orgHeads.has(x.key) || ix.orgTails.has(x.lower));
    if (n >= 2 && orgWord) [type, evidence] = ['organization', `org-word:${orgWord.text}`];
    else if (titled) [type, evidence] = ['person', `title:${titleWord}`];
    else if (headWord(ix.eventHeads)) [type, evidence] = ['event', `event-word:${first.text}`];
    else if (headWord(ix.placeHeads) || cueBefore(from, ix.placeCues)) [type, evidence] = ['place', 'place-cue'];
    else if (n >= 2 && given().has(fold(first.text))) [type, evidence] = ['person', `given-name:${first.text}`];
    else if (n >= 2 && n <= 3 && !ix.lex.capitalisedNouns && !first.sentStart && !(from > 0 && tokens[from - 1]!.region === first.region && ix.stop.has(tokens[from - 1]!.lower)) && words.every((x) => x.cap && !ix.stop.has(x.lower)))
      // Two or three capitalised words mid-sentence, not after an article or preposition: most often a person.
      [type, evidence] = ['person', 'name-shape'];
    discovered.push({ from, to, type, evidence });
  }

  // Byline authors are people.
  for (const r of extraPeople) {
    const words = text.slice(r.start, r.end).match(TOKEN) ?? [];
    if (words.length) hits.push({ start: r.start, end: r.end, unknown: { id: '', name: text.slice(r.start, r.end), type: 'person', evidence: 'byline', words }, evidence: 'byline' });
  }
  // 3. Link discovered names within the article: a surname alone joins the full name.
  const people = new Map<string, { id: string; name: string }>();
  const typedMulti = discovered.filter((d) => d.type && d.to > d.from);
  for (const h of hits) if (h.unknown?.type === 'person' && h.unknown.words.length > 1) people.set(linkKey([h.unknown.words.at(-1)!]), { id: `x-${slugify(linkKey(h.unknown.words))}`, name: h.unknown.name });
  for (const d of typedMulti) {
    if (d.type !== 'person') continue;
    const words = tokens.slice(d.from, d.to + 1).map((t) => t.text);
    people.set(linkKey([words.at(-1)!]), { id: `x-${slugify(linkKey(words.map(romanize)))}`, name: romanize(text.slice(tokens[d.from]!.start, tokens[d.to]!.end)) });
  }
  // A surname alone goes to the person the article names in full, before the knowledge base's namesake.
  for (const h of hits) {
    if (!h.known?.every((e) => e.type === 'person') || /\s/.test(text.slice(h.start, h.end))) continue;
    const person = people.get(linkKey([text.slice(h.start, h.end)]));
    if (person) {
      h.unknown = { id: person.id, name: person.name, type: 'person', evidence: 'surname', words: [text.slice(h.start, h.end)] };
      delete h.known;
      h.evidence = 'surname';
    }
  }
  const knownSurnames = new Map<string, KnownEntity>();
  for (const h of hits) for (const e of h.known ?? []) if (e.type === 'person') knownSurnames.set(linkKey([text.slice(h.start, h.end).split(/\s+/).at(-1)!]), e);
  for (const d of discovered) {
    const words = tokens.slice(d.from, d.to + 1).map((t) => t.text);
    const start = tokens[d.from]!.start;
    const end = tokens[d.to]!.end;
    const surface = text.slice(start, end);
    if (d.from === d.to) {
      const k = linkKey(words);
      const person = people.get(k);
      if (person) {
        hits.push({ start, end, unknown: { id: person.id, name: person.name, type: 'person', evidence: 'surname', words }, evidence: 'surname' });
        continue;
      }
      const known = knownSurnames.get(k);
      if (known) {
        hits.push({ start, end, known: [known], evidence: 'surname' });
        continue;
      }
      if (!d.type) continue; // a lone capitalised word with no cue says too little
    }
    if (!d.type) continue;
    hits.push({ start, end, unknown: { id: `x-${slugify(linkKey(words.map(romanize)))}`, name: romanize(surface), type: d.type, evidence: d.evidence, words }, evidence: d.evidence });
  }
  return groupHits(text, hits);
}

/** Groups hits into entities; an ambiguous name goes to the candidate the article names most. */
function groupHits(text: string, hits: Hit[]): ArticleEntity[] {
  const votes = new Map<string, number>();
  for (const h of hits) if (h.known?.length === 1) votes.set(h.known[0]!.id, (votes.get(h.known[0]!.id) ?? 0) + 1);
  const out = new Map<string, ArticleEntity>();
  const seen = new Set<string>();
  for (const h of hits.sort((a, b) => a.start - b.start)) {
    const span = `${h.start}:${h.end}`;
    if (seen.has(span)) continue;
    seen.add(span);
    const mention = { text: text.slice(h.start, h.end), start: h.start, end: h.end };
    let entity: Omit<ArticleEntity, 'mentions'>;
    if (h.known) {
      const e = [...h.known].sort((a, b) => (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0))[0]!;
      entity = { id: e.id, name: e.name, type: e.type, ...(e.wikidata ? { wikidata: e.wikidata } : {}), known: true, evidence: h.evidence };
    } else {
      const u = h.unknown!;
      const id = u.id || `x-${slugify(linkKey(u.words))}`;
      entity = { id, name: u.name, type: u.type, known: false, evidence: u.evidence };
    }
    const existing = out.get(entity.id);
    if (existing) existing.mentions.push(mention);
    else out.set(entity.id, { ...entity, mentions: [mention] });
  }
  return [...out.values()];
}
