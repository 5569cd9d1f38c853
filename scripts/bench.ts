/**
 * `npm run bench [-- --sizes 100,1000,10000]`: for synthetic corpora of each size (scripts/lib/synthetic.ts),
 * measures analysis throughput (one thread and all cores) against a bare Intl.Segmenter pass over the same
 * text, the full build (time, peak memory), the Pagefind index and the bytes a first search downloads, and
 * the rebuild after adding one article. Also the analysis time of one 3,000-word article. Prints Markdown.
 * `--no-build` measures the analysis only.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeText } from '../src/analysis/pipeline';
import { CHROMIUM, launch, serveDist } from '../tests/e2e/browser';
import { analyzeAll } from './lib/pool';
import { syntheticCorpus } from './lib/synthetic';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench-out');
const args = process.argv.slice(2);
/** --no-build: only the analysis columns (the site build of 10,000 articles takes many minutes). */
const noBuild = args.includes('--no-build');
const sizes = (args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]! : '100,1000,10000').split(',').map(Number);
const ms = (t: number) => `${t.toFixed(0)} ms`;
const s = (t: number) => `${(t / 1000).toFixed(1)} s`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(0)} kB`;
const du = (dir: string): number => readdirSync(dir).reduce((n, f) => n + (statSync(join(dir, f)).isDirectory() ? du(join(dir, f)) : statSync(join(dir, f)).size), 0);

function segmenterFloor(texts: string[]): number {
  const t0 = performance.now();
  for (const text of texts) {
    for (const _ of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text));
    for (const _ of new Intl.Segmenter('en', { granularity: 'word' }).segment(text));
  }
  return performance.now() - t0;
}

/** Resident memory of a process and all its descendants, in bytes, from /proc (Linux). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const status = readFileSync(`/proc/${d}/status`, 'utf8');
      const ppid = Number(status.match(/^PPid:\s+(\d+)/m)?.[1]);
      rss.set(Number(d), Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? 0) * 1024);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(d));
    } catch {
      // the process ended while we looked
    }
  }
  const sum = (pid: number): number => (rss.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((n, c) => n + sum(c), 0);
  return sum(root);
}

/**
 * Runs a command; returns its wall time and the peak memory of its whole process tree (Astro and
 * Pagefind run as child processes), sampled every 250 ms.
 */
async function timed(cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv) {
  const t0 = performance.now();
  const child = spawn(cmd, cmdArgs, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  let rss = 0;
  const sampler = setInterval(() => (rss = Math.max(rss, treeRss(child.pid!))), 250);
  const status = await new Promise<number | null>((r) => child.on('close', r));
  clearInterval(sampler);
  if (status !== 0) throw new Error(`${cmd} failed:\n${out.slice(-4000)}`);
  return { wall: performance.now() - t0, rss, out };
}

async function firstQueryBytes(site: string, q: string): Promise<{ pagefind: number; page: number }> {
  const server = await serveDist(site);
  const browser = await launch();
  const page = await browser.newPage();
  let pagefind = 0;
  let all = 0;
  page.on('response', async (res) => {
    const len = (await res.body().catch(() => Buffer.alloc(0))).length;
    all += len;
    if (/^\/pagefind(-\d+)?\//.test(new URL(res.url()).pathname)) pagefind += len; // every index of the site
  });
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('a.search-result', { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await browser.close();
  await server.close();
  return { pagefind, page: all };
}

console.log(`# Benchmarks\n\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${mb(totalmem())} RAM, Node ${process.versions.node}, Chromium ${CHROMIUM}.\nCommand: \`npm run bench -- --sizes ${sizes.join(',')}\`\n`);

// One 3,000-word article, one core.
{
  const [[, text]] = syntheticCorpus(1, 3000, 7) as [[string, string]];
  analyzeText('warm.txt', text);
  const times = Array.from({ length: 15 }, () => {
    const t0 = performance.now();
    analyzeText('a.txt', text);
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  console.log(`One ${text.split(/\s+/).length}-word article, one core: median ${ms(times[7]!)}, slowest ${ms(times.at(-1)!)} (15 runs).\n`);
}

console.log('| articles | MB | Intl.Segmenter floor | analysis, 1 thread | analysis, ' + availableParallelism() + ' threads | ratio to floor | full build | peak memory | Pagefind index | first search downloads | +1 article: ingest | +1 article: full build |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const n of sizes) {
  const dir = join(OUT, `corpus-${n}`);
  rmSync(join(OUT, `run-${n}`), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const corpus = syntheticCorpus(n);
  for (const [f, t] of corpus) writeFileSync(join(dir, f), t);
  const texts = corpus.map(([, t]) => t);
  const bytes = texts.reduce((x, t) => x + Buffer.byteLength(t), 0);

  const floor = segmenterFloor(texts);
  let t0 = performance.now();
  for (const [f, t] of corpus) analyzeText(f, t);
  const single = performance.now() - t0;
  t0 = performance.now();
  await analyzeAll(corpus.map(([f, t]) => ({ path: f, bytes: Buffer.from(t) })), availableParallelism(), 0);
  const parallel = performance.now() - t0;

  if (noBuild) {
    console.log(`| ${n} | ${mb(bytes)} | ${ms(floor)} | ${s(single)} (${(bytes / 1024 / 1024 / (single / 1000)).toFixed(2)} MB/s, ${(n / (single / 1000)).toFixed(0)}/s) | ${s(parallel)} (${(n / (parallel / 1000)).toFixed(0)}/s) | ${(single / floor).toFixed(0)}× | – | – | – | – | – | – |`);
    continue;
  }
  const run = join(OUT, `run-${n}`);
  const env = { ATLAS_CONTENT_DIR: join(run, 'content'), ATLAS_CACHE_DIR: join(run, 'cache'), ATLAS_ASTRO_CACHE: join(run, 'astro-cache') };
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const build = await timed(tsx, ['scripts/build.ts', '--seeds', dir, '--out', join(run, 'site')], env);
  // every search index of the site (a large one has several: scripts/lib/search-index.ts)
  const index = readdirSync(join(run, 'site')).filter((d) => d.startsWith('pagefind')).reduce((n, d) => n + du(join(run, 'site', d)), 0);
  const query = await firstQueryBytes(join(run, 'site'), 'Tokayev');

  writeFileSync(join(dir, 'zz_added.txt'), syntheticCorpus(1, 400, 99)[0]![1]);
  const ingest = await timed(tsx, ['scripts/ingest.ts', '--seeds', dir], env);
  const rebuild = await timed(tsx, ['scripts/build.ts', '--seeds', dir, '--out', join(run, 'site')], env);
  console.log(
    `| ${n} | ${mb(bytes)} | ${ms(floor)} | ${s(single)} (${(bytes / 1024 / 1024 / (single / 1000)).toFixed(2)} MB/s, ${(n / (single / 1000)).toFixed(0)}/s) | ${s(parallel)} (${(n / (parallel / 1000)).toFixed(0)}/s) | ${(single / floor).toFixed(0)}× | ${s(build.wall)} | ${mb(build.rss)} | ${mb(index)} | ${kb(query.pagefind)} (page total ${kb(query.page)}) | ${s(ingest.wall)} | ${s(rebuild.wall)} |`,
  );
}
