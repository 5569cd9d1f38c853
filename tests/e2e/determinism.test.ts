import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './build-corpus';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

describe('determinism', () => {
  it('building the seeds again gives byte-identical output files', () => {
    const again = buildCorpus('seeds');
    expect(again.status, again.output).toBe(0);
    const a = files('dist').map((f) => relative('dist', f)).sort();
    const b = files(again.site).map((f) => relative(again.site, f)).sort();
    expect(b).toEqual(a);
    const differ = a.filter((f) => !readFileSync(join('dist', f)).equals(readFileSync(join(again.site, f))));
    expect(differ).toEqual([]);
  }, 240_000);
});
