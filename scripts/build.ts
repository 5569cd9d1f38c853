/**
 * `npm run build [-- --strict] [-- --seeds DIR --out DIR]`: ingest (seeds/ → typed content and corpus
 * views), `astro build`, the JSON exports, then a Pagefind index over the built site. Writes
 * dist/ingest-report.json. With --strict (or STRICT=1) a rejected input fails the build, for CI. --seeds
 * and --out build another corpus elsewhere (tests do); its generated content then goes to a folder of its
 * own (ATLAS_CONTENT_DIR). Each step runs in its own process, so none holds memory while the next runs.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { analysesDir, contentDir, ROOT, viewsDir, type IngestReport } from './ingest';
import { indexSite } from './lib/search-index';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? resolve(args[args.indexOf(name) + 1]!) : undefined);
const strict = args.includes('--strict') || process.env.STRICT === '1';
const out = arg('--out') ?? join(ROOT, 'dist');
const seeds = arg('--seeds');
if (seeds && !process.env.ATLAS_CONTENT_DIR) process.env.ATLAS_CONTENT_DIR = join(out, '..', `.content-${basename(out)}`);
const secs = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

/** Runs a step on this process's Node (the pinned one, whatever `node` is first on PATH); exits if it fails. */
function step(what: string, argv: string[], env: NodeJS.ProcessEnv = process.env): void {
  const r = spawnSync(process.execPath, argv, { cwd: ROOT, stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`build: ${what} failed (see above).`);
    process.exit(r.status ?? 1);
  }
}

let t = performance.now();
step('the ingest', [...process.execArgv, join(ROOT, 'scripts', 'ingest.ts'), ...(seeds ? ['--seeds', seeds] : [])]);
const report = JSON.parse(readFileSync(join(contentDir(), 'ingest-report.json'), 'utf8')) as IngestReport;
const timings = [`ingest ${secs(t)}`];

t = performance.now();
// Node's default heap (about 4 GB) is plenty for the collections' lean entries; a larger one can be set
// through NODE_OPTIONS.
step('astro build', [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent', '--outDir', out]);
timings.push(`astro ${secs(t)}`);

// The whole analyses and entity views, as the ingest wrote them, are the per-item JSON exports.
t = performance.now();
for (const [from, to] of [[analysesDir(), 'articles'], [join(viewsDir(), 'entities'), 'entities']] as const) {
  rmSync(join(out, 'api', to), { recursive: true, force: true });
  cpSync(from, join(out, 'api', to), { recursive: true });
}
copyFileSync(join(contentDir(), 'ingest-report.json'), join(out, 'ingest-report.json'));
timings.push(`exports ${secs(t)}`);

t = performance.now();
const search = await indexSite(out);
timings.push(`pagefind ${secs(t)} (${search.pages} pages in ${search.shards} index${search.shards > 1 ? 'es' : ''})`);
console.log(`build: ${timings.join(', ')}`);
console.log(`build: site in ${relative(ROOT, out)}/ (${report.counts.built + report.counts['built-with-warnings']} articles); report in ${relative(ROOT, out)}/ingest-report.json`);
if (strict && report.counts.rejected) {
  console.error(`build: --strict: ${report.counts.rejected} input file(s) rejected; see ${relative(ROOT, out)}/ingest-report.json`);
  process.exit(1);
}
