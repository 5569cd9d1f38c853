/**
 * `npm run audit`: Lighthouse (performance, accessibility, best practices, SEO) on every page type of the
 * built site, served on loopback, in Debian's Chromium. Prints one row per page and the minimum of each
 * category; exits 1 when a category is under 100 with --strict. Mobile (throttled) by default, --desktop.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, serveDist } from '../tests/e2e/browser';
import { pageTypes } from '../tests/e2e/page-types';

// Lighthouse refuses a page served with status 404; /404.html is the same page.
const PAGES = pageTypes('/404.html');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// Lighthouse's default is a throttled mid-range phone; --desktop audits an unthrottled desktop.
const desktop = process.argv.includes('--desktop');
const settings = desktop ? { formFactor: 'desktop' as const, screenEmulation: { disabled: true }, throttlingMethod: 'provided' as const } : {};

const site = await serveDist();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: Record<string, number>[] = [];
try {
  for (const [name, path] of PAGES) {
    const r = await lighthouse(`${site.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, { extends: 'lighthouse:default', settings });
    const cats = r!.lhr.categories;
    const row = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((cats[c]?.score ?? 0) * 100)]));
    rows.push(row);
    const failing = Object.values(r!.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
    console.log(`${name.padEnd(13)} ${CATEGORIES.map((c) => `${c} ${row[c]}`).join('  ')}${failing.length ? `  (failing: ${failing.join(', ')})` : ''}`);
  }
} finally {
  await chrome.kill();
  await site.close();
}
const min = Object.fromEntries(CATEGORIES.map((c) => [c, Math.min(...rows.map((r) => r[c]!))]));
console.log(`minimum       ${CATEGORIES.map((c) => `${c} ${min[c]}`).join('  ')}`);
if (process.argv.includes('--strict') && Object.values(min).some((v) => v < 100)) process.exit(1);
