import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRef } from '../../src/analysis/dates/calendar';
import { findDates } from '../../src/analysis/dates/find';

// Table-driven: every tests/fixtures/dates/<lang>.json is a list of cases with a pinned reference date.
interface Case {
  sentence: string;
  ref: string | null;
  expect: { text: string; value: string; mod?: string }[];
}
const dir = 'tests/fixtures/dates';
const tables = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];

describe.each(tables)('dates: %s', (file) => {
  const lang = file.replace(/\.json$/, '');
  const cases = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Case[];
  it.each(cases.map((c) => [c.sentence, c.ref ?? 'no reference', c] as const))('%s (%s)', (_s, _r, c) => {
    const found = findDates(c.sentence, lang, parseRef(c.ref));
    expect(found.map((d) => ({ text: d.text, value: d.value, ...(c.expect.some((e) => e.mod) && d.mod ? { mod: d.mod } : {}) }))).toEqual(c.expect.map((e) => ({ text: e.text, value: e.value, ...(e.mod ? { mod: e.mod } : {}) })));
  });
});

describe('dates: resolution rules', () => {
  it('resolves a month without a year backwards: news looks back', () => {
    expect(findDates('A finales de enero se reunieron.', 'es', parseRef('2022-11-02'))[0]?.value).toBe('2022-01');
  });
  it('never guesses a year without a reference date', () => {
    expect(findDates('dal 6 al 13 ottobre si terrà', 'it')[0]?.value).toBe('XXXX-10-06/XXXX-10-13');
  });
});

describe('dates: days without a year', () => {
  it.each([
    ['Les élections auront lieu le 20 octobre.', 'fr', '2024-06-26', '2024-10-20'],
    ['Am 2. Januar demonstrierten Tausende.', 'de', '2022-07-25', '2022-01-02'],
    ['Wybory odbędą się 15 października.', 'pl', '2023-08-03', '2023-10-15'],
  ])('%s (%s, reference %s) → %s: the coming day only when much nearer than the last', (s, lang, ref, value) => {
    expect(findDates(s, lang, parseRef(ref))[0]?.value).toBe(value);
  });
  it('a word saying past decides: "le 14 décembre dernier"', () => {
    expect(findDates('Le traité signé le 14 décembre dernier.', 'fr', parseRef('2024-06-26'))[0]).toMatchObject({ text: 'le 14 décembre dernier', value: '2023-12-14' });
  });
});
