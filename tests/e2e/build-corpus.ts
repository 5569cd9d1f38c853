import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestReport } from '../../scripts/ingest';

/**
 * Builds a whole site from another folder of articles, with the real build script, into a fresh temporary
 * folder (its generated content too, so the project's own build is untouched). Returns the site folder,
 * the exit status and what the build printed.
 */
export function buildCorpus(seeds: string, opts: { strict?: boolean; prepare?: (dir: string) => void; env?: Record<string, string> } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  const copy = join(root, 'seeds');
  cpSync(seeds, copy, { recursive: true });
  opts.prepare?.(copy);
  const site = join(root, 'site');
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/build.ts', '--seeds', copy, '--out', site, ...(opts.strict ? ['--strict'] : [])], {
    encoding: 'utf8',
    env: { ...process.env, ATLAS_CONTENT_DIR: join(root, 'content'), ATLAS_ASTRO_CACHE: join(root, 'astro-cache'), ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { root, seeds: copy, site, status: r.status, output: r.stdout + r.stderr };
}

/** The build report a corpus build wrote (the ingest's own type). */
export const readReport = (site: string) => JSON.parse(readFileSync(join(site, 'ingest-report.json'), 'utf8')) as IngestReport;
