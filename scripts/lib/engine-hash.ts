import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A hash of everything that can change an analysis: the engine's code, its data and the schemas.
 * Part of each article's cache key, so editing a lexicon re-analyses every article.
 */
export function engineHash(root: string): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      // Applied after the cache, to cached analyses: analysts' corrections (src/analysis/corrections.ts)
      // and the corpus views (src/analysis/corpus.ts).
      if (name === 'corrections.json' || p === join(root, 'src', 'analysis', 'corpus.ts')) continue;
      if (statSync(p).isDirectory()) walk(p);
      else {
        h.update(p.slice(root.length));
        h.update(readFileSync(p));
      }
    }
  };
  walk(join(root, 'src', 'analysis'));
  walk(join(root, 'src', 'schemas'));
  return h.digest('hex').slice(0, 16);
}
