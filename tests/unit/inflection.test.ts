import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeKeyer, linkKey } from '../../src/analysis/entities/keys';
import { entityLexicon } from '../../src/analysis/lexicon';

// Table-driven: tests/fixtures/inflection/<lang>.json lists groups of forms that must share one key.
const dir = 'tests/fixtures/inflection';
const tables = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];

describe.each(tables)('inflection: %s', (file) => {
  const lang = file.replace(/\.json$/, '');
  const key = makeKeyer(entityLexicon(lang));
  const groups = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as { forms: string[]; distinctFrom?: string[] }[];
  it.each(groups.map((g) => [g.forms.join(' / '), g] as const))('%s share one key', (_n, g) => {
    const keys = new Set(g.forms.map(key));
    expect([...keys]).toHaveLength(1);
    for (const other of g.distinctFrom ?? []) expect(key(other)).not.toBe(key(g.forms[0]!));
  });
});

describe('linking keys for names the knowledge base does not know', () => {
  it.each([
    [['Javier', 'Kolomina'], ['Javier', 'Colomina']],
    [['Islam', 'Belokiew'], ['Islam', 'Belokiev']],
    [['Tokajew'], ['Tokayev']],
  ])('%j meets %j', (a, b) => expect(linkKey(a)).toBe(linkKey(b)));
  it('keeps different names apart', () => expect(linkKey(['Umarov'])).not.toBe(linkKey(['Pashinyan'])));
});
