import { join } from 'node:path';
import { z } from 'zod';
import type { Figure } from '../../schemas';
import { DATA_DIR, loadData } from '../lexicon';
import { sentenceAt } from './segment';

const FiguresData = z.object({
  scales: z.record(z.string(), z.record(z.string(), z.number())),
  units: z.record(z.string(), z.record(z.string(), z.tuple([z.string(), z.enum(['money', 'distance', 'people', 'percent', 'count', 'other'])]))),
});
let data: z.output<typeof FiguresData> | undefined;
const figuresData = () => (data ??= loadData(join(DATA_DIR, 'figures.json'), FiguresData));

/** "7.500", "7,6", "2 000", "918": a number as written, with either separator convention. */
const NUMBER = /(?<![\p{L}\p{N}])(\d{1,3}(?:[.  ]\d{3})+|\d+)(?:[.,](\d{1,2})(?!\d))?/gu;

function parseNumber(int: string, frac: string | undefined): number {
  return Number(int.replace(/[.  ]/g, '')) + (frac ? Number(`0.${frac}`) : 0);
}

/**
 * Figures the article cites: a number followed by a scale word ("918 mln", "2 tys.") and a unit
 * ("dolarów", "quilômetros", "żołnierzy"), or preceded by a currency sign. Years and dates are not
 * figures: numbers inside a date span are skipped.
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
type Rules = { scales: [RegExp, number][]; units: [RegExp, [string, Figure['kind']]][] };
const rulesCache = new Map<string, Rules>();
/** The scale and unit words of a language, compiled once. */
function rules(lang: string): Rules {
  let r = rulesCache.get(lang);
  if (r) return r;
  const d = figuresData();
  const scales = Object.entries({ ...d.scales['*'], ...d.scales[lang] }).sort((a, b) => b[0].length - a[0].length);
  const units = Object.entries({ ...d.units['*'], ...d.units[lang] }).sort((a, b) => b[0].length - a[0].length);
  r = {
    scales: scales.map(([w, n]) => [new RegExp(`^\\s*${escape(w)}(?![\\p{L}])`, 'iu'), n]),
    units: units.map(([w, u]) => {
      const stem = escape(w.endsWith('*') ? w.slice(0, -1) : w);
      return [new RegExp(`^\\s*(?:de |di |of |d['’])?${stem}${w.endsWith('*') ? '\\p{L}*' : ''}(?![\\p{L}])`, 'iu'), u];
    }),
  };
  rulesCache.set(lang, r);
  return r;
}

/**
 * Figures the article cites: a number followed by a scale word ("918 mln", "2 tys.") and a unit
 * ("dolarów", "quilômetros", "żołnierzy"), or preceded by a currency sign. Years and dates are not
 * figures: numbers inside a date span are skipped.
 */
export function figuresStage(text: string, lang: string, body: { start: number; end: number }, sentences: { start: number; end: number }[], dateSpans: { start: number; end: number }[]): Figure[] {
  const { scales, units } = rules(lang);
  const signs = figuresData().units['*']!;
  const out: Figure[] = [];
  const region = text.slice(body.start, body.end);
  for (const m of region.matchAll(NUMBER)) {
    const start = body.start + m.index;
    if (dateSpans.some((s) => start >= s.start && start < s.end)) continue;
    let value = parseNumber(m[1]!, m[2]);
    let end = start + m[0].length;
    const scale = scales.find(([re]) => re.test(text.slice(end, end + 30)));
    if (scale) {
      value *= scale[1];
      end += text.slice(end, end + 30).match(scale[0])![0].length;
    }
    let unit: [string, Figure['kind']] | undefined;
    const sign = text.slice(Math.max(0, start - 2), start).match(/([$€£])\s?$/);
    if (sign) unit = signs[sign[1]!];
    else {
      const rest = text.slice(end, end + 40);
      for (const [re, u] of units) {
        const um = rest.match(re);
        if (um) {
          unit = u;
          end += um[0].length;
          break;
        }
      }
    }
    if (!unit) continue;
    const s = sentenceAt(sentences, start);
    if (s === undefined) continue;
    const from = sign ? start - sign[0].length : start;
    out.push({ text: text.slice(from, end), start: from, end, value, unit: unit[0], kind: unit[1], sentenceIndex: s });
  }
  return out;
}
