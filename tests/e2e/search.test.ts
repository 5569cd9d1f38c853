import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serveDist } from './browser';
import { buildCorpus } from './build-corpus';

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  site = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Every result of a query, in rank order, through Pagefind's own browser API on the built index. */
async function search(page: Page, q: string, filters: Record<string, string> = {}): Promise<string[]> {
  await page.goto(`${site.url}/search/`);
  // A string, not a function: Vitest would rewrite import() inside a function it sees.
  const script = `(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const found = await pagefind.search(${JSON.stringify(q)}, { filters: ${JSON.stringify(filters)} });
    return (await Promise.all(found.results.map((r) => r.data()))).map((d) => d.url);
  })()`;
  return page.evaluate(script) as Promise<string[]>;
}
/** The links the search page's UI shows for a query, in order. */
async function searchUi(page: Page, q: string, url = site.url): Promise<string[]> {
  await page.goto(`${url}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('a.search-result', { timeout: 15_000 });
  return page.$$eval('a.search-result', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
const articles = (links: string[]) => links.filter((l) => l.startsWith('/articles/')).map((l) => l.split('/')[2]!.slice(0, 3)).sort();

describe('search, in a real browser', () => {
  it.each([
    ['Tokayev', ['000', '001', '002', '004']],
    ['CSTO', ['000', '001', '004']],
    ['Kazakhstan', ['000', '001', '002', '003', '004']],
    ['NATO', ['000', '002', '003', '004']],
  ])('searching %s finds the seed articles that name it', async (q, expected) => {
    const page = await browser.newPage();
    const links = await search(page, q);
    expect(articles(links)).toEqual(expected);
    await page.close();
  });

  it("searching Tokayev puts his entity page first", async () => {
    const page = await browser.newPage();
    const links = await searchUi(page, 'Tokayev');
    expect(links[0]).toBe('/entities/kassym-jomart-tokayev/');
    await page.close();
  });

  it('searching Nur-Sultan finds the articles that name Astana under either name', async () => {
    const page = await browser.newPage();
    expect(articles(await search(page, 'Nur-Sultan'))).toEqual(['000', '002', '003', '004']);
    await page.close();
  });

  it('a language filter of pl leaves only the Polish article', async () => {
    const page = await browser.newPage();
    expect(articles(await search(page, 'Kazakhstan', { language: 'Polish (pl)' }))).toEqual(['002']);
    await page.close();
  });

  it.each([['Cazaquistão'], ['Kazachstanu'], ['ODKB'], ['ОДКБ'], ['Tokajewa']])('searching %s reaches the articles by another spelling', async (q) => {
    const page = await browser.newPage();
    expect(articles(await search(page, q)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('works from the keyboard: arrows move through results, Escape clears and returns to the box', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/?q=Tokayev`);
    await page.waitForSelector('a.search-result', { timeout: 15_000 });
    await page.focus('#search-input');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-result'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#search-input')).toBe('');
    expect(await page.textContent('#search-status')).toMatch(/Results for|Ready/);
    await page.close();
  });

  it('the search box in the header of an article page leads to results', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${site.url}/articles/002-1960be493da01210/`);
    await page.fill('#site-search', 'ODKB');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=ODKB/);
    await page.waitForSelector('a.search-result', { timeout: 15_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows each result with its type, language and date, and an excerpt with the match marked', async () => {
    const page = await browser.newPage();
    await searchUi(page, 'Tokajewa');
    const first = await page.$$eval('#search-results li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(first.join('\n')).toMatch(/Article · Polish \(pl\) · 25 July 2022/);
    expect(await page.$$eval('#search-results mark', (ms) => ms.map((m) => m.textContent))).toContain('Tokajewa');
    await page.close();
  });

  it('filters by language in the page: ticking Polish leaves the Polish article', async () => {
    const page = await browser.newPage();
    await searchUi(page, 'Kazakhstan');
    await page.check('[data-facet="language"] input[data-value="Polish (pl)"]');
    await page.waitForFunction(() => document.querySelectorAll('a.search-result').length === 1);
    expect(articles(await page.$$eval('a.search-result', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))).toEqual(['002']);
    await page.close();
  });

  it('loads the entity facet only when it is opened, then narrows to the articles naming the entity', async () => {
    const page = await browser.newPage();
    const filterFiles = new Set<string>();
    page.on('request', (r) => r.url().endsWith('.pf_filter') && filterFiles.add(r.url()));
    await searchUi(page, 'Kazakhstan');
    await page.waitForLoadState('networkidle');
    const before = filterFiles.size;
    await page.click('#facet-entity summary');
    const tokayev = '[data-facet="entity"] input[data-value="Kassym-Jomart Tokayev"]';
    await page.waitForSelector(tokayev);
    expect(filterFiles.size).toBe(before + 1);
    await page.check(tokayev);
    await page.waitForFunction(() => document.querySelectorAll('a.search-result').length === 4);
    expect(articles(await page.$$eval('a.search-result', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))).toEqual(['000', '001', '002', '004']);
    await page.close();
  });

  it('answers from every index when a large site is split into several', async () => {
    // The seeds' site split into indexes of 20 pages, as a site past SHARD_PAGES pages is.
    const built = buildCorpus('seeds', { env: { ATLAS_SEARCH_SHARD_PAGES: '20' } });
    expect(built.status, built.output).toBe(0);
    const shards = JSON.parse(readFileSync(join(built.site, 'pagefind', 'shards.json'), 'utf8')) as string[];
    expect(shards.length).toBeGreaterThanOrEqual(3);
    for (const s of shards) expect(existsSync(join(built.site, s, 'pagefind-entry.json'))).toBe(true);
    const server = await serveDist(built.site);
    const page = await browser.newPage();
    const links = await searchUi(page, 'Tokayev', server.url);
    expect(links[0]).toBe('/entities/kassym-jomart-tokayev/');
    expect(articles(links)).toEqual(['000', '001', '002', '004']);
    await page.close();
    await server.close();
  }, 240_000);
});
