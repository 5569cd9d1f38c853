/**
 * `npm run build [-- --strict] [-- --seeds DIR --out DIR]`: ingest (seeds/ → typed content entries), `astro build`,
 * then a Pagefind index over the built site. Writes dist/ingest-report.json. With --strict (or STRICT=1)
 * a rejected input fails the build, for CI. --seeds and --out build another corpus elsewhere (tests do);
 * its generated content then goes to a folder of its own (ATLAS_CONTENT_DIR).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { contentDir, ingest, ROOT } from './ingest';
import { indexSite } from './lib/search-index';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? resolve(args[args.indexOf(name) + 1]!) : undefined);
const strict = args.includes('--strict') || process.env.STRICT === '1';
const out = arg('--out') ?? join(ROOT, 'dist');
const seeds = arg('--seeds');
if (seeds && !process.env.ATLAS_CONTENT_DIR) process.env.ATLAS_CONTENT_DIR = join(out, '..', `.content-${basename(out)}`);
const report = await ingest(seeds);
// Node's default heap (about 4 GB) is too small for Astro past several thousand articles; npm run bench
// measures what a build really uses.
const heap = process.env.NODE_OPTIONS?.includes('max-old-space-size') ? '' : ' --max-old-space-size=8192';
const astro = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--silent', '--outDir', out], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''}${heap}`.trim() },
});
if (astro.status !== 0) {
  console.error('build: astro build failed (see above).');
  process.exit(astro.status ?? 1);
}
copyFileSync(join(contentDir(), 'ingest-report.json'), join(out, 'ingest-report.json'));
await indexSite(out);
console.log(`build: site in ${relative(ROOT, out)}/ (${report.counts.built + report.counts['built-with-warnings']} articles); report in ${relative(ROOT, out)}/ingest-report.json`);
if (strict && report.counts.rejected) {
  console.error(`build: --strict: ${report.counts.rejected} input file(s) rejected; see ${relative(ROOT, out)}/ingest-report.json`);
  process.exit(1);
}
