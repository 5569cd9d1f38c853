import { join } from 'node:path';
import type { Analysis, ArticleEntity } from '../schemas';
import { Corrections } from '../schemas/corrections';
import { knowledgeBase } from './entities/kb';
import { entitiesIn } from './stages/events';
import { DATA_DIR, loadData } from './lexicon';

/** Loads the analysts' corrections file (validated). */
export const loadCorrections = (path = join(DATA_DIR, 'corrections.json')) => loadData(path, Corrections);

/** An entity record for an id: from the knowledge base, or one already in the article. */
function entityFor(id: string, existing: ArticleEntity[]): Omit<ArticleEntity, 'mentions'> | undefined {
  const here = existing.find((e) => e.id === id);
  if (here) return { ...here };
  const k = knowledgeBase().byId.get(id);
  return k && { id: k.id, name: k.name, type: k.type, ...(k.wikidata ? { wikidata: k.wikidata } : {}), known: true, evidence: 'correction' };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Applies analyst corrections to one article's analysis: merges, splits, aliases, ignores and renames.
 * Pure: returns a new analysis; events keep pointing at the corrected ids.
 */
export function applyCorrections(a: Analysis, text: string, c: Corrections): Analysis {
  let entities = a.entities.map((e) => ({ ...e, mentions: [...e.mentions] }));
  const move = (mentions: ArticleEntity['mentions'], into: Omit<ArticleEntity, 'mentions'>) => {
    const target = entities.find((e) => e.id === into.id);
    if (target) target.mentions.push(...mentions);
    else entities.push({ ...into, mentions });
  };
  for (const m of c.merge) {
    const from = entities.find((e) => e.id === m.from);
    const into = entityFor(m.into, entities);
    if (!from || !into) continue;
    entities = entities.filter((e) => e !== from);
    move(from.mentions, into);
  }
  for (const s of c.split) {
    const e = entities.find((x) => x.id === s.entity);
    if (!e) continue;
    const taken = e.mentions.filter((m) => m.text === s.text);
    e.mentions = e.mentions.filter((m) => m.text !== s.text);
    if (taken.length) move(taken, { ...s.into, known: false, evidence: 'correction:split' });
  }
  for (const al of c.alias) {
    const into = entityFor(al.entity, entities);
    if (!into) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(al.text)}(?![\\p{L}\\p{N}])`, 'gu');
    const found = [...text.slice(a.body.start, a.body.end).matchAll(re)].map((m) => ({ text: m[0], start: a.body.start + m.index, end: a.body.start + m.index + m[0].length }));
    if (!found.length) continue;
    for (const e of entities) e.mentions = e.mentions.filter((m) => !found.some((f) => m.start < f.end && f.start < m.end));
    move(found, into);
  }
  for (const ig of c.ignore) {
    for (const e of entities) if (e.id === ig.entity) e.mentions = ig.text ? e.mentions.filter((m) => m.text !== ig.text) : [];
  }
  for (const r of c.rename) {
    for (const e of entities) if (e.id === r.entity) Object.assign(e, r.name ? { name: r.name } : {}, r.type ? { type: r.type } : {});
  }
  entities = entities.filter((e) => e.mentions.length).map((e) => ({ ...e, mentions: e.mentions.sort((x, y) => x.start - y.start) }));
  const events = a.events.map((ev) => ({ ...ev, entities: entitiesIn(a.sentences[ev.sentenceIndex]!, entities) }));
  return { ...a, entities, events };
}
