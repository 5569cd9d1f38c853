import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR, loadData } from '../lexicon';

const Table = z.object({ letters: z.record(z.string(), z.string()), wordInitial: z.record(z.string(), z.string()).default({}) });
let table: z.output<typeof Table> | undefined;

/**
 * Latin letters for a name written in Cyrillic ("Анна Белова" → "Anna Belova"), by the table in
 * `data/translit/cyrillic.json`; other scripts pass through unchanged. Used for the English names of
 * entities the knowledge base does not know.
 */
export function romanize(name: string): string {
  if (!/\p{Script=Cyrillic}/u.test(name)) return name;
  table ??= loadData(join(DATA_DIR, 'translit', 'cyrillic.json'), Table);
  const t = table;
  return name.replace(/\p{Script=Cyrillic}/gu, (ch, offset: number) => {
    const low = ch.toLowerCase();
    const initial = offset === 0 || !/\p{L}/u.test(name[offset - 1]!);
    const latin = (initial ? t.wordInitial[low] : undefined) ?? t.letters[low] ?? ch;
    return ch === low ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
}
