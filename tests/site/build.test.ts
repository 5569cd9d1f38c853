import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

// Checks the site that `npm run build` produced (CI builds before testing).
const dist = 'dist';
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
const slug = (f: string) => f.replace(/\.txt$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
const html = (p: string) => readFileSync(`${dist}/${p}`, 'utf8');

beforeAll(() => {
  if (!existsSync(`${dist}/index.html`)) throw new Error('No built site in dist/: run `npm run build` before `npm test`.');
});

describe('the built site', () => {
  it('has one page per seed article, in an element with the article language', () => {
    for (const f of seeds) {
      const page = html(`articles/${slug(f)}/index.html`);
      expect(page).toMatch(/<html lang="en"/);
      expect(page).toMatch(/class="prose-article" lang="(pt|it|pl|es)"/);
    }
  });
  it('lists every article on the home page and in the archive', () => {
    for (const page of ['index.html', 'archive/index.html']) for (const f of seeds) expect(html(page)).toContain(`/articles/${slug(f)}/`);
  });
  it('has the entity index, entity pages, timeline, search and 404 pages', () => {
    for (const p of ['entities/index.html', 'timeline/index.html', 'search/index.html', '404.html']) expect(existsSync(`${dist}/${p}`)).toBe(true);
    expect(readdirSync(`${dist}/entities`).filter((d) => d !== 'index.html').length).toBeGreaterThan(10);
  });
  it("has Pagefind's index and UI, in one cross-language index", () => {
    expect(existsSync(`${dist}/pagefind/pagefind.js`)).toBe(true);
    const entry = JSON.parse(html('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages.en!.page_count).toBeGreaterThanOrEqual(seeds.length);
  });
  it('writes a build report that accounts for every file in seeds/', () => {
    const report = JSON.parse(html('ingest-report.json')) as { files: { file: string; status: string }[] };
    expect(report.files.map((f) => f.file).sort()).toEqual(readdirSync('seeds').sort());
  });
  it('exports the analysis as JSON and RSS: an index of articles and entities, and one file per article and entity', () => {
    const articles = JSON.parse(html('api/articles.json')) as { slug: string; analysis: string }[];
    expect(articles).toHaveLength(seeds.length);
    for (const a of articles) {
      const whole = JSON.parse(html(a.analysis.slice(1))) as { slug: string; text: string; entities: unknown[] };
      expect(whole.slug).toBe(a.slug);
      expect(whole.text.length).toBeGreaterThan(100);
    }
    const entities = JSON.parse(html('api/entities.json')) as { id: string; view: string }[];
    const tokayev = entities.find((e) => e.id === 'kassym-jomart-tokayev')!;
    expect(JSON.parse(html(tokayev.view.slice(1))).contexts).toHaveLength(4);
    expect(Array.isArray(JSON.parse(html('api/timeline.json')))).toBe(true);
    expect(html('rss.xml')).toContain('<rss');
  });
  it('shows where each publication date came from', () => {
    expect(html(`articles/${slug('000_c1dd8798737efb9d.txt')}/index.html`)).toContain('supplied by an editor');
    expect(html(`articles/${slug('002_1960be493da01210.txt')}/index.html`)).toContain('stated in the text');
    expect(html(`articles/${slug('003_12d957c1323f9d0e.txt')}/index.html`)).toContain('date unknown');
  });
});

describe('the timeline of the seeds', () => {
  const timeline = () => JSON.parse(html('api/timeline.json')) as { kind: string; value: string; sortKey: string; sources: { slug: string }[] }[];
  it('shows 2022 (January unrest, February invasion, spring visits, July reports), October 2023 and November 2024, in order', () => {
    const t = timeline();
    const at = (prefix: string, kind = 'event') => t.findIndex((e) => e.kind === kind && e.value.startsWith(prefix));
    const order = [at('2022-01'), at('2022-02'), at('2022-04'), at('2022-05'), at('2022-07', 'report'), at('2023-10'), at('2024-11')];
    expect(order.every((i) => i >= 0), JSON.stringify(order)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
  it('merges the same event reported by several articles into one entry with every source', () => {
    expect(timeline().some((e) => e.kind === 'event' && new Set(e.sources.map((s) => s.slug)).size > 1)).toBe(true);
  });
  it('marks every shown date with <time datetime>', () => {
    const page = html('timeline/index.html');
    expect(page).toMatch(/<time datetime="2023-10-06" data-value="2023-10-06\/2023-10-13"/);
    expect((page.match(/<time /g) ?? []).length).toBeGreaterThan(10);
  });
});

describe('reading pages', () => {
  it("lists Tokayev's Polish, Portuguese and Italian spellings and his mentions in four articles", () => {
    const page = html('entities/kassym-jomart-tokayev/index.html');
    expect(page).toContain('Kasyma-Żomarta Tokajewa');
    expect(page).toMatch(/>Tokayev<\/span> <span[^>]*>\(pt, it\)/);
    expect(page).toContain('Named in 4 articles');
  });
  it('lists the 918 million dollars in both July 2022 articles, which appear in each other\'s related coverage', () => {
    const pl = html('articles/002-1960be493da01210/index.html');
    const it = html('articles/004-949a5f54501a7c62/index.html');
    expect(pl).toMatch(/918 mln dolarów/);
    expect(it).toMatch(/918 milioni di dollari/);
    const related = (p: string) => p.slice(p.indexOf('id="related-h"'));
    expect(related(pl)).toContain('/articles/004-949a5f54501a7c62/');
    expect(related(it)).toContain('/articles/002-1960be493da01210/');
  });
  it('gives each article NewsArticle JSON-LD with its language and Wikidata links', () => {
    const page = html('articles/002-1960be493da01210/index.html');
    const ld = JSON.parse(page.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!);
    expect(ld).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'pl', datePublished: '2022-07-25T22:16', author: { name: 'Alicja Skiba' } });
    expect(JSON.stringify(ld.mentions)).toContain('https://www.wikidata.org/wiki/Q7747');
    const noDate = JSON.parse(html('articles/003-12d957c1323f9d0e/index.html').match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!);
    expect(noDate.datePublished).toBeUndefined();
  });
});
