import { francAll } from 'franc';
import { iso6393 } from 'iso-639-3';
import type { DetectedLanguage } from '../../schemas';
import { availableLanguages } from '../lexicon';

/** Below this many letters franc's guess is noise; the article is marked `und`. */
export const MIN_LETTERS = 40;

/**
 * When franc's runner-up is a language we have lexicons for and scores within this margin of a language
 * we have none for (Galician vs Portuguese, Venetian vs Italian, Scots vs English), the runner-up wins:
 * on news text those near-ties are almost always the major language.
 */
export const TIE_MARGIN = 0.03;

/** Characters of the text franc scores. */
export const SAMPLE = 1500;

const byCode = new Map(iso6393.map((l) => [l.iso6393, l]));

/** Detects the language of `text` with franc, returning BCP 47 and ISO 639-3 codes and a confidence. */
export function detectLanguage(text: string): DetectedLanguage {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { code: 'und', iso6393: 'und', confidence: 0, name: 'Undetermined' };
  // franc's guess settles within a few thousand characters; scoring a whole long article only costs time.
  const ranked = francAll(text.length > SAMPLE ? text.slice(0, SAMPLE) : text, { minLength: 10 });
  const [best] = ranked;
  if (!best || best[0] === 'und') return { code: 'und', iso6393: 'und', confidence: 0, name: 'Undetermined' };
  let choice = best;
  const supported = availableLanguages();
  const bcp = (c: string) => byCode.get(c)?.iso6391 ?? c;
  if (!supported.has(bcp(best[0]))) {
    const near = ranked.slice(1, 4).find(([c, s]) => supported.has(bcp(c)) && best[1] - s <= TIE_MARGIN);
    if (near) choice = near;
  }
  const runnerUp = ranked.find(([c]) => c !== choice[0])?.[1] ?? 0;
  const info = byCode.get(choice[0]);
  return {
    code: info?.iso6391 ?? choice[0],
    iso6393: choice[0],
    // franc scores the best language 1 and others relative to it; the gap to the runner-up is how sure it is.
    confidence: Math.round(Math.min(1, Math.max(0, choice[1] - runnerUp) * 10) * 1000) / 1000,
    name: info?.name ?? choice[0],
  };
}
