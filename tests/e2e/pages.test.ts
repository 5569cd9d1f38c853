import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serveDist } from './browser';
import { pageTypes } from './page-types';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
let browser: Browser;
let context: BrowserContext;
let site: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  site = await serveDist();
  browser = await launch();
  // axe is injected by the test, so the page's own CSP must let it in; the site's scripts are unaffected.
  context = await browser.newContext({ bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const PAGES = pageTypes();

describe('every page type, in a real browser', () => {
  it.each(PAGES)('the %s page has no accessibility violations (axe-core, WCAG 2.2 AA)', async (_name, path) => {
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`);
    if (path.startsWith('/search/')) await page.waitForSelector('a.search-result', { timeout: 15_000 });
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it.each(PAGES)('the %s page loads with no console errors', async (_name, path) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !(path === '/no-such-page/' && m.text().includes('404'))) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}${path}`);
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('every internal link on the home, article, entity and timeline pages works', async () => {
    const page = await browser.newPage();
    const links = new Set<string>();
    for (const path of ['/', '/articles/002-1960be493da01210/', '/entities/', '/entities/kassym-jomart-tokayev/', '/timeline/']) {
      await page.goto(`${site.url}${path}`);
      for (const href of await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))) {
        const u = new URL(href);
        if (u.origin === site.url) links.add(u.pathname);
      }
    }
    const broken: string[] = [];
    for (const l of links) {
      const r = await fetch(`${site.url}${l}`);
      if (r.status !== 200) broken.push(`${l} → ${r.status}`);
    }
    expect(broken).toEqual([]);
    expect(links.size).toBeGreaterThan(20);
    await page.close();
  });

  it('a timeline entry links to its sentence in the article, which is highlighted', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/timeline/`);
    const href = await page.getAttribute('a[href*="/articles/"][href*="#s"]', 'href');
    expect(href).toBeTruthy();
    await page.goto(`${site.url}${href}`);
    const id = href!.split('#')[1]!;
    const bg = await page.$eval(`#${id}`, (el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('the Polish article page names Tokayev, Putin and NATO in its English glance', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/articles/002-1960be493da01210/`);
    const glance = await page.textContent('section[aria-labelledby="glance-h"]');
    for (const name of ['Kassym-Jomart Tokayev', 'Vladimir Putin', 'NATO']) expect(glance).toContain(name);
    expect(glance).toMatch(/918 mln dolarów/);
    await page.close();
  });

  it('reads without JavaScript: the article text is there and the search page says what to do', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${site.url}/articles/002-1960be493da01210/`);
    expect(await page.textContent('.prose-article')).toContain('Kazachstan jest sojusznikiem Rosji');
    await page.goto(`${site.url}/search/`);
    expect(await page.textContent('main')).toMatch(/Search needs JavaScript/);
    await ctx.close();
  });
});
