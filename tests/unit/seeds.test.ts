import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analysis/pipeline';

// The seed articles through the whole pipeline, without sidecars (as `npm run analyze` sees a bare file).
const seed = (name: string) => {
  const path = `seeds/${name}.txt`;
  const text = readFileSync(path, 'utf8');
  return { text, a: analyzeText(path, text) };
};
const body = (s: ReturnType<typeof seed>) => s.text.slice(s.a.body.start, s.a.body.end);

describe('pipeline on the seed articles', () => {
  it.each([
    ['000_c1dd8798737efb9d', 'pt'],
    ['001_ef37a1a118df8b80', 'it'],
    ['002_1960be493da01210', 'pl'],
    ['003_12d957c1323f9d0e', 'es'],
    ['004_949a5f54501a7c62', 'it'],
  ])('%s is detected as %s', (name, lang) => {
    const { a } = seed(name);
    expect(a.language).toBe(lang);
    expect(a.languageDetail.iso6393).toHaveLength(3);
  });

  it('keeps the comment form and tags out of the body of 001', () => {
    const s = seed('001_ef37a1a118df8b80');
    expect(body(s)).not.toMatch(/Categories:|Tags:|Lascia un commento|No responses yet/);
    expect(body(s)).toMatch(/Decine di persone furono uccise da entrambe le parti durante il conflitto\.$/);
    expect(s.a.removed.map((r) => r.kind)).toContain('boilerplate');
  });

  it('keeps the photo credit out of the body of 003 and reads its title', () => {
    const s = seed('003_12d957c1323f9d0e');
    expect(body(s)).not.toMatch(/Fotos utilizadas/);
    expect(s.a.title).toBe('¿De qué lado está Kazajstán en la lucha de Occidente contra Rusia?');
    expect(s.a.published).toBeNull();
  });

  it("recognises the Polish article's title, byline and dateline", () => {
    const s = seed('002_1960be493da01210');
    expect(s.a.title).toBe('Rosja traci ważnego sojusznika? Kluczowe państwo Azji chce być bliżej NATO');
    expect(s.a.author).toBe('Alicja Skiba');
    expect(s.a.published).toMatchObject({ value: '2022-07-25T22:16', source: 'text' });
    expect(body(s)).toMatch(/^Kazachstan jest sojusznikiem Rosji od dekad\./);
  });

  it("reads the scraper's date header of 004 as its publication date", () => {
    const s = seed('004_949a5f54501a7c62');
    expect(s.a.published).toMatchObject({ value: '2022-07', source: 'text', precision: 'month' });
    expect(body(s)).toMatch(/^L’invasione dell’Ucraina/);
    expect(s.a.dates[0]).toMatchObject({ text: 'date 2022-07', value: '2022-07' });
  });

  it('gives every mention and date offsets into the original text', () => {
    for (const name of ['000_c1dd8798737efb9d', '002_1960be493da01210', '004_949a5f54501a7c62']) {
      const { text, a } = seed(name);
      for (const e of a.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const d of a.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
    }
  });

  it('counts words and reading time', () => {
    const { a } = seed('002_1960be493da01210');
    expect(a.wordCount).toBeGreaterThan(400);
    expect(a.readingMinutes).toBeGreaterThanOrEqual(2);
  });

  it('marks a three-word text und, with a diagnostic', () => {
    const a = analyzeText('short.txt', 'Tokayev visited Moscow.');
    expect(a.language).toBe('und');
    expect(a.diagnostics.map((d) => d.rule)).toContain('language:too-short');
  });
});

describe('publication date provenance', () => {
  it('infers only a lower bound, labelled inferred, when neither the text nor an editor dates the article', () => {
    const text = readFileSync('seeds/000_c1dd8798737efb9d.txt', 'utf8');
    const a = analyzeText('seeds/000.txt', text);
    expect(a.published).toMatchObject({ value: '2022', source: 'inferred', precision: 'year' });
    expect(a.published!.evidence).toMatch(/not before 2022/);
    // nothing was resolved against it: "hoje" stays unknown
    expect(a.dates.find((d) => d.text === 'hoje')?.value).toBe('XXXX-XX-XX');
  });
  it("uses the editor's date from a sidecar, and resolves relative dates against it", () => {
    const text = readFileSync('seeds/000_c1dd8798737efb9d.txt', 'utf8');
    const a = analyzeText('seeds/000.txt', text, { published: '2024-11-25' });
    expect(a.published).toMatchObject({ value: '2024-11-25', source: 'editor' });
    expect(a.dates.find((d) => d.text === 'hoje')?.value).toBe('2024-11-25');
    expect(a.dates.find((d) => d.text.includes('quinta-feira'))?.value).toBe('2024-11-27/2024-11-28');
  });
});
