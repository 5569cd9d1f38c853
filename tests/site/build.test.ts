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
  it('lists every article on the home page', () => {
    const home = html('index.html');
    for (const f of seeds) expect(home).toContain(`/articles/${slug(f)}/`);
  });
  it('has the entity index, entity pages, timeline, search and 404 pages', () => {
    for (const p of ['entities/index.html', 'timeline/index.html', 'search/index.html', '404.html']) expect(existsSync(`${dist}/${p}`)).toBe(true);
    expect(readdirSync(`${dist}/entities`).filter((d) => d !== 'index.html').length).toBeGreaterThan(10);
  });
  it("has Pagefind's index and UI, in one cross-language index", () => {
    expect(existsSync(`${dist}/pagefind/pagefind-ui.js`)).toBe(true);
    const entry = JSON.parse(html('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages.en!.page_count).toBeGreaterThanOrEqual(seeds.length);
  });
  it('writes a build report that accounts for every file in seeds/', () => {
    const report = JSON.parse(html('ingest-report.json')) as { files: { file: string; status: string }[] };
    expect(report.files.map((f) => f.file).sort()).toEqual(readdirSync('seeds').sort());
  });
  it('exports the analysis as JSON and RSS', () => {
    expect(JSON.parse(html('api/articles.json'))).toHaveLength(seeds.length);
    expect(Array.isArray(JSON.parse(html('api/entities.json')))).toBe(true);
    expect(Array.isArray(JSON.parse(html('api/timeline.json')))).toBe(true);
    expect(html('rss.xml')).toContain('<rss');
  });
  it('shows where each publication date came from', () => {
    expect(html(`articles/${slug('000_c1dd8798737efb9d.txt')}/index.html`)).toContain('supplied by an editor');
    expect(html(`articles/${slug('002_1960be493da01210.txt')}/index.html`)).toContain('stated in the text');
    expect(html(`articles/${slug('003_12d957c1323f9d0e.txt')}/index.html`)).toContain('date unknown');
  });
});
