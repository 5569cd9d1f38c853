/**
 * `npm run build [-- --strict]`: ingest (seeds/ → typed MDX), `astro build`, then a Pagefind index over
 * the built site. Writes dist/ingest-report.json. With --strict (or STRICT=1) a rejected input fails the
 * build, for CI.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, REPORT_PATH, ROOT } from './ingest';
import { indexSite } from './lib/search-index';

const strict = process.argv.includes('--strict') || process.env.STRICT === '1';
const report = await ingest();
const astro = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
if (astro.status !== 0) {
  console.error('build: astro build failed (see above).');
  process.exit(astro.status ?? 1);
}
copyFileSync(REPORT_PATH, join(ROOT, 'dist', 'ingest-report.json'));
await indexSite(join(ROOT, 'dist'));
console.log(`build: site in dist/ (${report.counts.built + report.counts['built-with-warnings']} articles); report in dist/ingest-report.json`);
if (strict && report.counts.rejected) {
  console.error(`build: --strict: ${report.counts.rejected} input file(s) rejected; see dist/ingest-report.json`);
  process.exit(1);
}
