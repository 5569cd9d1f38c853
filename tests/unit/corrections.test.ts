import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../src/analysis/corrections';
import { analyzeText } from '../../src/analysis/pipeline';
import { Corrections } from '../../src/schemas/corrections';

const text = 'Il presidente Kassym-Jomart Tokayev ha incontrato Javier Kolomina ad Astana. Kolomina ha parlato con il Servizio Stampa della NATO.';
const base = analyzeText('x.txt', text);
const fix = (c: object) => applyCorrections(base, text, Corrections.parse(c));
const ids = (a: typeof base) => a.entities.map((e) => e.id).sort();

describe('analyst corrections', () => {
  it('merges an unknown name into a known entity', () => {
    const from = base.entities.find((e) => e.name.includes('Kolomina'))!.id;
    const a = fix({ merge: [{ from, into: 'nato', why: 'test' }] });
    expect(ids(a)).not.toContain(from);
    expect(a.entities.find((e) => e.id === 'nato')!.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Javier Kolomina', 'NATO']));
  });
  it('adds an alias: every occurrence becomes a mention of the entity, offsets exact', () => {
    const a = fix({ alias: [{ text: 'Servizio Stampa', entity: 'nato' }] });
    const m = a.entities.find((e) => e.id === 'nato')!.mentions.find((x) => x.text === 'Servizio Stampa')!;
    expect(text.slice(m.start, m.end)).toBe('Servizio Stampa');
  });
  it('ignores a false positive, wholly or by its written form', () => {
    expect(ids(fix({ ignore: [{ entity: 'astana' }] }))).not.toContain('astana');
    const partial = fix({ ignore: [{ entity: 'kassym-jomart-tokayev', text: 'Kassym-Jomart Tokayev' }] });
    expect(ids(partial)).not.toContain('kassym-jomart-tokayev');
  });
  it('splits mentions written one way into a new entity', () => {
    const id = base.entities.find((e) => e.name.includes('Kolomina'))!.id;
    const a = fix({ split: [{ entity: id, text: 'Kolomina', into: { id: 'x-kolomina-other', name: 'Another Kolomina', type: 'person' } }] });
    expect(a.entities.find((e) => e.id === 'x-kolomina-other')!.mentions).toHaveLength(1);
  });
  it('renames an entity and keeps events pointing at the corrected ids', () => {
    const a = fix({ rename: [{ entity: 'astana', name: 'Astana (capital)', type: 'place' }] });
    expect(a.entities.find((e) => e.id === 'astana')!.name).toBe('Astana (capital)');
  });
  it('rejects a corrections file with a wrong shape, naming the field', () => {
    const r = Corrections.safeParse({ merge: [{ from: 'a' }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['merge', 0, 'into']);
  });
});
