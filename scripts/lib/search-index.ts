import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Pages per Pagefind index. Pagefind keeps everything it indexes in memory until it writes: about
 * 0.75 MB per article page here, 7.5 GB for a 10,000-article site in one index. Past this many pages the
 * site gets several indexes, built one after another (each Pagefind process exits before the next
 * starts), and the search page merges them (Pagefind's `mergeIndex`). ATLAS_SEARCH_SHARD_PAGES sets
 * it (tests split the seeds' site).
 */
export const SHARD_PAGES = Number(process.env.ATLAS_SEARCH_SHARD_PAGES) || 2500;
/** Where the search page finds the other indexes: `/pagefind/shards.json`, a list of bundle folders. */
export const SHARDS_FILE = 'shards.json';

/** Every page of the site Pagefind should index: the ones that mark their body for it. */
function indexablePages(site: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!(dir === site && (e.name === 'pagefind' || e.name.startsWith('pagefind-')))) walk(p);
      } else if (e.name.endsWith('.html') && readFileSync(p, 'utf8').includes('data-pagefind-body')) out.push(p);
    }
  };
  walk(site);
  return out.sort();
}

/**
 * Builds the Pagefind index over the built site. One index for every language (`forceLanguage: 'en'`):
 * Pagefind otherwise makes one index per `<html lang>` and searches only the current page's, so a search
 * from an English page would never reach a Polish article. Each page carries a `language` filter instead;
 * the cost is that words are not stemmed per language, which the entity name variants indexed on every
 * article page (all spellings and case forms seen) make up for. Entity pages go first, so that the first
 * index holds them all. Errors are reported, then fail the build.
 */
export async function indexSite(site: string): Promise<{ pages: number; shards: number }> {
  const fail = (what: string, errors: string[]) => {
    for (const e of errors) console.error(`pagefind: ${e}`);
    throw new Error(`Pagefind could not ${what}: ${errors.join('; ')}`);
  };
  const pages = indexablePages(site);
  const isEntity = (p: string) => relative(site, p).startsWith(`entities${sep}`);
  pages.sort((a, b) => Number(isEntity(b)) - Number(isEntity(a)) || a.localeCompare(b));
  for (const e of readdirSync(site)) if (e === 'pagefind' || e.startsWith('pagefind-')) rmSync(join(site, e), { recursive: true });
  const shards = Math.max(1, Math.ceil(pages.length / SHARD_PAGES));
  const bundles: string[] = [];
  for (let s = 0; s < shards; s++) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index || errors.length) fail('start', errors);
    const mine = pages.slice(s * SHARD_PAGES, (s + 1) * SHARD_PAGES);
    // A few at a time: Pagefind parses in parallel, and the pages' text need not all be in memory at once.
    for (let i = 0; i < mine.length; i += 16)
      await Promise.all(
        mine.slice(i, i + 16).map(async (p) => {
          const url = `/${relative(site, p).split(sep).join('/')}`.replace(/index\.html$/, '');
          const added = await index!.addHTMLFile({ url, content: readFileSync(p, 'utf8') });
          if (added.errors.length) fail(`index ${p}`, added.errors);
        }),
      );
    const bundle = s === 0 ? 'pagefind' : `pagefind-${s + 1}`;
    const written = await index!.writeFiles({ outputPath: join(site, bundle) });
    if (written.errors.length) fail('write its files', written.errors);
    bundles.push(bundle);
    // Ends the Pagefind process, and the memory it held, before the next index.
    await pagefind.close();
  }
  writeFileSync(join(site, 'pagefind', SHARDS_FILE), JSON.stringify(bundles.slice(1)));
  return { pages: pages.length, shards };
}
