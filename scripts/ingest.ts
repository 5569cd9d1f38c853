/**
 * Ingest: every file in seeds/ → its whole analysis in `<content>/analyses/<slug>.json` (validated by the
 * ArticleFrontmatter schema before it is written) and a lean card in `<content>/articles/<slug>.json` (the
 * `articles` collection); then the corpus views in one streaming pass: `<content>/entities.json` (the
 * `entities` collection) and `<content>/views/` (each entity's page data, the timeline, related coverage);
 * and a report that accounts for every input file.
 *
 * Why the split: Astro keeps every collection entry in memory and in its bundle. With whole analyses as
 * entries, 10,000 articles needed an 8 GB heap; pages now read only the files they show. (Entries are
 * JSON, not MDX: Astro bundles every MDX entry as a module, 57 s against 36 s at 1,000 articles.)
 * Unchanged articles (same bytes, same sidecar, same engine) are taken from the cache, not re-analysed.
 *
 *   npm run ingest [-- --seeds DIR] [-- --strict]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { entityRecord, slugify } from '../src/analysis/entities/kb';
import { applyCorrections, loadCorrections } from '../src/analysis/corrections';
import { readSidecar } from '../src/analysis/sidecar';
import { readBytes } from '../src/analysis/stages/read';
import { byNewest, CorpusBuilder, articleCard } from '../src/analysis/corpus';
import { ArticleFrontmatter, type Analysis, type Diagnostic, type Published } from '../src/schemas';
import { engineHash } from './lib/engine-hash';
import { analyzeAll, type Job } from './lib/pool';

export const ROOT = resolve(import.meta.dirname, '..');
/** Analyses by content hash; ATLAS_CACHE_DIR moves it (benchmarks start cold). */
const CACHE_DIR = resolve(ROOT, process.env.ATLAS_CACHE_DIR ?? '.cache/ingest');
/** Where the generated content lives; the site reads the same variable (src/content.config.ts). */
export const contentDir = () => resolve(ROOT, process.env.ATLAS_CONTENT_DIR ?? 'src/content');

const CARDS_DIR = 'articles';
/** Changes when the files the ingest writes change shape, so that old ones are rewritten. */
const CONTENT_FORMAT = 'cards+views-2';
/** Where each article's whole analysis and text go (read by its page, published under /api/articles/). */
export const analysesDir = () => join(contentDir(), 'analyses');
/** Where the corpus views go (entity views, timeline, related coverage). */
export const viewsDir = () => join(contentDir(), 'views');

/** What happened to one input file. */
export interface ReportEntry {
  file: string;
  status: 'built' | 'built-with-warnings' | 'rejected' | 'sidecar' | 'skipped';
  slug?: string;
  reason?: string;
  diagnostics: Diagnostic[];
}

export interface IngestReport {
  seeds: string;
  counts: Record<ReportEntry['status'], number>;
  files: ReportEntry[];
}

/** Title shown for an article without one: its first sentence, cut at a word near 90 characters. */
function leadTitle(a: Analysis, text: string): string {
  const s = a.sentences[0];
  if (!s) return basename(a.file);
  const lead = text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  if (lead.length <= 90) return lead.replace(/[.:;,]$/, '');
  const cut = lead.slice(0, 90);
  return cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '') + '…';
}

/**
 * The corpus views, from every built article's analysis read newest first in one streaming pass
 * (src/analysis/corpus.ts): the `entities` collection, one view per entity, the timeline and related
 * coverage. Views of entities no article names any more are removed.
 */
function writeViews(built: { slug: string; published: Published | null }[]): void {
  const builder = new CorpusBuilder(entityRecord);
  for (const { slug } of byNewest(built)) builder.add(JSON.parse(readFileSync(join(analysesDir(), `${slug}.json`), 'utf8')) as ArticleFrontmatter);
  const { entities, views, timeline, related } = builder.finish();
  const ids = [...entities.keys()].sort();
  writeFileSync(join(contentDir(), 'entities.json'), JSON.stringify(ids.map((id) => entities.get(id)!)));
  const entityViews = join(viewsDir(), 'entities');
  mkdirSync(entityViews, { recursive: true });
  for (const id of ids) writeFileSync(join(entityViews, `${id}.json`), JSON.stringify(views.get(id)));
  for (const f of readdirSync(entityViews)) if (!entities.has(f.replace(/\.json$/, ''))) rmSync(join(entityViews, f));
  writeFileSync(join(viewsDir(), 'timeline.json'), JSON.stringify(timeline));
  writeFileSync(join(viewsDir(), 'related.json'), JSON.stringify(Object.fromEntries([...related].sort((x, y) => x[0].localeCompare(y[0])))));
}

/**
 * Runs the ingest over `seedsDir`, writing entries to the content directory and returning the report
 * (also written to `<content>/ingest-report.json`).
 */
export async function ingest(seedsDir = join(ROOT, 'seeds'), log = console.log): Promise<IngestReport> {
  const CARDS = join(contentDir(), CARDS_DIR);
  const ANALYSES = analysesDir();
  const engine = engineHash(ROOT);
  const corrections = loadCorrections();
  const names = readdirSync(seedsDir).sort();
  const files: ReportEntry[] = [];
  const jobs: (Job & { entry: ReportEntry; hash: string })[] = [];
  const byHash = new Map<string, string>();
  for (const name of names) {
    const path = join(seedsDir, name);
    if (name.endsWith('.meta.json')) {
      const article = name.replace(/\.meta\.json$/, '.txt');
      files.push(names.includes(article) ? { file: name, status: 'sidecar', reason: `sidecar of ${article}`, diagnostics: [] } : { file: name, status: 'skipped', reason: `sidecar without an article (${article} is missing)`, diagnostics: [{ rule: 'ingest:orphan-sidecar', severity: 'warning', message: `${name} has no article ${article} beside it.`, hint: `Add ${article} or remove the sidecar.` }] });
      continue;
    }
    if (!name.toLowerCase().endsWith('.txt')) {
      files.push({ file: name, status: 'rejected', reason: 'not a .txt article', diagnostics: [{ rule: 'ingest:not-txt', severity: 'error', message: `${name} is not a .txt file; only plain-text articles are ingested.`, hint: 'Convert it to a UTF-8 .txt file, or move it out of seeds/.' }] });
      continue;
    }
    const bytes = readFileSync(path);
    const side = readSidecar(path);
    const hash = createHash('sha256').update(bytes).update(side.bytes ?? '').update(engine).digest('hex');
    const contentHash = createHash('sha256').update(bytes).digest('hex');
    const entry: ReportEntry = { file: name, status: 'built', diagnostics: [...side.diagnostics] };
    files.push(entry);
    const dup = byHash.get(contentHash);
    if (dup) {
      entry.status = 'rejected';
      entry.reason = `same content as ${dup}`;
      entry.diagnostics.push({ rule: 'ingest:duplicate', severity: 'error', message: `${name} has exactly the same content as ${dup}; it was not built twice.`, hint: 'Remove one of the two files.' });
      continue;
    }
    byHash.set(contentHash, name);
    jobs.push({ path: `seeds/${name}`, bytes, sidecar: side.sidecar, entry, hash });
  }

  mkdirSync(CACHE_DIR, { recursive: true });
  const todo = jobs.filter((j) => !existsSync(join(CACHE_DIR, `${j.hash}.json`)));
  const fresh = await analyzeAll(todo);
  todo.forEach((j, i) => writeFileSync(join(CACHE_DIR, `${j.hash}.json`), JSON.stringify(fresh[i])));

  // Entries whose inputs, engine and corrections are unchanged are neither re-validated nor rewritten:
  // a manifest beside them records the key each was written from.
  for (const d of [CARDS, ANALYSES]) mkdirSync(d, { recursive: true });
  const manifestPath = join(contentDir(), 'manifest.json');
  type Done = Pick<ReportEntry, 'status' | 'reason' | 'slug' | 'diagnostics'> & { key: string; published?: Published };
  const manifest: Record<string, Done> = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
  const nextManifest: Record<string, Done> = {};
  const correctionsHash = createHash('sha256').update(JSON.stringify(corrections)).digest('hex');
  const slugs = new Set<string>();
  for (const j of jobs) {
    const entry = j.entry;
    const stem = slugify(entry.file.replace(/\.txt$/i, '')) || 'article';
    let slug = stem;
    for (let n = 2; slugs.has(slug); n++) slug = `${stem}-${n}`;
    slugs.add(slug);
    const key = createHash('sha256').update(`${CONTENT_FORMAT}|${j.hash}|${correctionsHash}|${slug}`).digest('hex');
    const done = manifest[slug];
    if (done?.key === key && (!done.slug || (existsSync(join(CARDS, `${slug}.json`)) && existsSync(join(ANALYSES, `${slug}.json`))))) {
      Object.assign(entry, { status: done.status, reason: done.reason, slug: done.slug, diagnostics: [...entry.diagnostics, ...done.diagnostics] });
      nextManifest[slug] = done;
      continue;
    }
    // the text the offsets point into: the bytes decoded as the read stage decodes them
    const text = readBytes(j.bytes).text ?? '';
    const analysis = applyCorrections(JSON.parse(readFileSync(join(CACHE_DIR, `${j.hash}.json`), 'utf8')) as Analysis, text, corrections);
    const sideDiagnostics = entry.diagnostics.length;
    entry.diagnostics.push(...analysis.diagnostics);
    const remember = (published?: Published) => {
      nextManifest[slug] = { key, status: entry.status, reason: entry.reason, slug: entry.slug, diagnostics: entry.diagnostics.slice(sideDiagnostics), ...(published ? { published } : {}) };
    };
    if (analysis.diagnostics.some((d) => d.severity === 'error')) {
      entry.status = 'rejected';
      entry.reason = analysis.diagnostics.find((d) => d.severity === 'error')!.message;
      remember();
      continue;
    }
    const data = {
      ...analysis,
      slug,
      text,
      titleSource: analysis.title ? 'text' : 'lead',
      displayTitle: analysis.title ?? leadTitle(analysis, text),
      source: { url: j.sidecar?.source, outlet: j.sidecar?.outlet },
      contentHash: createHash('sha256').update(j.bytes).digest('hex'),
    };
    const checked = ArticleFrontmatter.safeParse(data);
    if (!checked.success) {
      entry.status = 'rejected';
      entry.reason = `analysis does not fit the schema: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
      remember();
      continue;
    }
    entry.slug = slug;
    entry.status = entry.diagnostics.some((d) => d.severity === 'warning') ? 'built-with-warnings' : 'built';
    writeFileSync(join(ANALYSES, `${slug}.json`), JSON.stringify(checked.data));
    writeFileSync(join(CARDS, `${slug}.json`), JSON.stringify(articleCard(checked.data)));
    remember(checked.data.published ?? undefined);
  }
  // Entries of articles that are gone (or now rejected) go too.
  for (const dir of [CARDS, ANALYSES]) for (const f of readdirSync(dir)) if (!nextManifest[f.replace(/\.json$/, '')]?.slug) rmSync(join(dir, f));
  writeFileSync(manifestPath, JSON.stringify(nextManifest));
  writeViews(Object.values(nextManifest).filter((d) => d.slug).map((d) => ({ slug: d.slug!, published: d.published ?? null })));

  const counts = { built: 0, 'built-with-warnings': 0, rejected: 0, sidecar: 0, skipped: 0 };
  for (const f of files) counts[f.status]++;
  const report: IngestReport = { seeds: basename(seedsDir), counts, files };
  writeFileSync(join(contentDir(), 'ingest-report.json'), JSON.stringify(report, null, 2));
  log(`ingest: ${files.length} files: ${counts.built} built, ${counts['built-with-warnings']} built with warnings, ${counts.rejected} rejected, ${counts.sidecar} sidecars, ${counts.skipped} skipped (${todo.length} analysed, ${jobs.length - todo.length} from cache)`);
  for (const f of files) {
    for (const d of f.diagnostics) if (d.severity !== 'info') log(`  ${f.file}${d.line ? `:${d.line}:${d.column}` : ''}: ${d.severity}: ${d.message}${d.hint ? ` (${d.hint})` : ''} [${d.rule}]`);
  }
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--seeds');
  const report = await ingest(i >= 0 ? resolve(args[i + 1]!) : undefined);
  if ((args.includes('--strict') || process.env.STRICT === '1') && report.counts.rejected) {
    console.error(`ingest: --strict: ${report.counts.rejected} input(s) rejected`);
    process.exit(1);
  }
}
