import { knowledgeBase } from '../../src/analysis/entities/kb';

/**
 * Synthetic news articles for benchmarks: sentences from per-language templates, filled with names from
 * the knowledge base in that language, dates and figures, from a seeded generator (same seed, same corpus).
 * Not realistic prose, but realistic work for the engine: names to match, inflect and link, dates to
 * resolve, numbers to read.
 */
const TEMPLATES: Record<string, string[]> = {
  pt: [
    'O presidente {P} reuniu-se com {P2} em {C} no dia {d} de {mpt} de {y}.',
    'Segundo a {O}, as tropas de {K} chegaram a {C} em {mpt} de {y}.',
    'Na última sexta-feira, {P} disse que {K} vai investir {n} milhões de dólares na defesa.',
    'A cimeira da {O} em {C} reuniu representantes de {K} e {K2}.',
    'O ministro afirmou hoje que as relações entre {K} e {K2} continuam estáveis.',
    'Em {y}, {P} visitou {C} para discutir a cooperação energética com {K}.',
  ],
  it: [
    'Il presidente {P} ha incontrato {P2} a {C} il {d} {mit} {y}.',
    'Secondo la {O}, le truppe di {K} sono arrivate a {C} a {mit}.',
    'Lo scorso giugno {P} ha dichiarato che {K} investirà {n} milioni di dollari nella difesa.',
    'Il vertice della {O} a {C} ha riunito rappresentanti di {K} e {K2}.',
    'Dal 6 al 13 ottobre si terrà un’esercitazione militare in {K}.',
    'Nel {y} {P} si è recato a {C} per discutere la cooperazione con {K}.',
  ],
  pl: [
    'Prezydent {P} spotkał się z przywódcą {K} w {C} {d} {mpl} {y} roku.',
    'Według {O} wojska {K} dotarły do granicy w {mplLoc} {y} roku.',
    'W ubiegłym roku {P} zapowiedział, że {K} przeznaczy {n} mln dolarów na obronność.',
    'Szczyt {O} zgromadził przedstawicieli {K} i {K2}.',
    'Na początku roku władze {K} wzmocniły rezerwy wojskowe.',
    'W {y} roku {P} odwiedził {C}, by rozmawiać o współpracy.',
  ],
  es: [
    'El presidente {P} se reunió con {P2} en {C} el {d} de {mes} de {y}.',
    'Según la {O}, las tropas de {K} llegaron a {C} a finales de {mes}.',
    'El pasado martes, {P} dijo que {K} invertirá {n} millones de dólares en defensa.',
    'La cumbre de la {O} en {C} reunió a representantes de {K} y {K2}.',
    'Hoy el ministro afirmó que las relaciones entre {K} y {K2} siguen estables.',
    'En {y}, {P} visitó {C} para hablar de la cooperación energética con {K}.',
  ],
};
const MONTHS: Record<string, string[]> = {
  mpt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  mit: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  mpl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  mplLoc: ['styczniu', 'lutym', 'marcu', 'kwietniu', 'maju', 'czerwcu', 'lipcu', 'sierpniu', 'wrześniu', 'październiku', 'listopadzie', 'grudniu'],
  mes: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};
export const LANGUAGES = Object.keys(TEMPLATES);

/** Mulberry32: a small, fast, seeded PRNG. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The names of one type the knowledge base has in a language (falling back to English and `*`). */
function names(lang: string, pick: (t: string, e: { iso2?: string }) => boolean): string[] {
  const out: string[] = [];
  for (const e of knowledgeBase().entities) {
    if (!pick(e.type, e)) continue;
    const n = e.names[lang]?.[0] ?? e.names['*']?.[0] ?? e.names.en?.[0];
    if (n && !/\p{Lu}{2,}/u.test(n)) out.push(n);
  }
  return out;
}

/** `count` articles of about `words` words each, in the seed languages, as [file name, text]. */
export function syntheticCorpus(count: number, words = 400, seed = 42): [string, string][] {
  const r = rng(seed);
  const one = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const pools = Object.fromEntries(
    LANGUAGES.map((l) => [l, { P: names(l, (t) => t === 'person'), C: names(l, (t, e) => t === 'place' && !e.iso2), K: names(l, (_t, e) => !!e.iso2), O: names(l, (t) => t === 'organization') }]),
  );
  const out: [string, string][] = [];
  for (let i = 0; i < count; i++) {
    const lang = LANGUAGES[i % LANGUAGES.length]!;
    const p = pools[lang]!;
    const fill = (t: string) =>
      t.replace(/\{(\w+?)2?\}/g, (_m, k: string) => {
        if (k in MONTHS) return one(MONTHS[k]!);
        if (k === 'd') return String(1 + Math.floor(r() * 28));
        if (k === 'y') return String(2019 + Math.floor(r() * 6));
        if (k === 'n') return String(10 + Math.floor(r() * 990));
        return one((p as Record<string, string[]>)[k] ?? ['X']);
      });
    const title = fill(one(TEMPLATES[lang]!)).replace(/\.$/, '');
    const paras: string[] = [];
    let n = 0;
    while (n < words) {
      const para = Array.from({ length: 3 + Math.floor(r() * 3) }, () => fill(one(TEMPLATES[lang]!))).join(' ');
      n += para.split(/\s+/).length;
      paras.push(para);
    }
    out.push([`${String(i).padStart(5, '0')}_${lang}.txt`, `${title}\n\n${paras.join('\n\n')}\n`]);
  }
  return out;
}
