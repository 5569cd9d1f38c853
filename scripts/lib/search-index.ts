import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index over the built site. One index for every language (`forceLanguage: 'en'`):
 * Pagefind otherwise makes one index per `<html lang>` and searches only the current page's, so a search
 * from an English page would never reach a Polish article. Each page carries a `language` filter instead;
 * the cost is that words are not stemmed per language, which the entity name variants indexed on every
 * article page (all spellings and case forms seen) make up for. Errors are reported, then fail the build.
 */
export async function indexSite(site: string): Promise<{ pages: number }> {
  const fail = (what: string, errors: string[]) => {
    for (const e of errors) console.error(`pagefind: ${e}`);
    throw new Error(`Pagefind could not ${what}: ${errors.join('; ')}`);
  };
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index || errors.length) fail('start', errors);
  const added = await index!.addDirectory({ path: site });
  if (added.errors.length) fail(`index ${site}`, added.errors);
  const written = await index!.writeFiles({ outputPath: `${site}/pagefind` });
  if (written.errors.length) fail('write its files', written.errors);
  await pagefind.close();
  return { pages: added.page_count };
}
