import type { EntityLexicon } from '../../schemas/lexicon';

/** Lowercase, with either apostrophe, NFC and Russian ё as е (news writes both): every comparison starts here. */
export const lower = (s: string) => s.normalize('NFC').toLowerCase().replace(/’/g, "'").replace(/ё/g, 'е');

const folded = new Map<string, string>();
/** Without diacritics: "Tokaïev" → "tokaiev", "Żomart" → "zomart". Memoised: names repeat. */
export const fold = (s: string) => {
  let f = folded.get(s);
  if (f === undefined) folded.set(s, (f = foldUncached(s)));
  return f;
};
const foldUncached = (s: string) =>
  lower(s)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/đ/g, 'd');

/**
 * A word's inflection key in one language: the word minus its longest case ending (keeping `minStem`
 * letters), with a stem-final alternation undone, so "Kanadzie", "Kanadą" and "Kanada" share one key.
 * The rules are data (`lang/<lang>/entities.json`); the same function keys names and text.
 */
export function makeKeyer(lex: EntityLexicon | undefined): (word: string) => string {
  if (!lex || !lex.inflection.suffixes.length) {
    const memo = new Map<string, string>();
    return (word: string) => {
      let k = memo.get(word);
      if (k === undefined) memo.set(word, (k = lower(word)));
      return k;
    };
  }
  const { minStem, suffixes, alternations } = lex.inflection;
  const sfx = [...suffixes].map(lower).sort((a, b) => b.length - a.length);
  const alt = [...alternations].map(([a, b]) => [lower(a), lower(b)] as const).sort((a, b) => b[0].length - a[0].length);
  const cache = new Map<string, string>();
  return (word: string) => {
    let k = cache.get(word);
    if (k !== undefined) return k;
    const w = lower(word);
    k = w;
    for (const s of sfx) {
      if (w.endsWith(s) && [...w].length - [...s].length >= minStem) {
        k = w.slice(0, w.length - s.length);
        break;
      }
    }
    for (const [from, to] of alt) {
      if (k.endsWith(from) && k.length - from.length + to.length >= minStem) {
        k = k.slice(0, k.length - from.length) + to;
        break;
      }
    }
    cache.set(word, k);
    return k;
  };
}

/**
 * A language-independent key for linking names the knowledge base does not know across articles:
 * no diacritics, and letters that transliterations swap folded together (j/y, w/v, k/c, ks/x…), so
 * "Javier Kolomina" and "Javier Colomina", "Belokiew" and "Belokiev" meet.
 */
const linked = new Map<string, string>();
export function linkKey(words: string[]): string {
  return words.map(linkWord).join(' ');
}
function linkWord(w: string): string {
  let k = linked.get(w);
  if (k !== undefined) return k;
  k = fold(w)
        .replace(/ks/g, 'x')
        .replace(/sch|sz|sh|ch/g, 's')
        .replace(/[jy]/g, 'i')
        .replace(/w/g, 'v')
        .replace(/[kq]/g, 'c')
        .replace(/ph/g, 'f')
        .replace(/(.)\1/g, '$1')
    .replace(/[aeiou]+$/, '');
  linked.set(w, k);
  return k;
}
