import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analysis/pipeline';

describe('figures the article cites', () => {
  it.each([
    ['pl', 'Kazachstan, kraj rządzony przez prezydenta, przeznaczy dodatkowe 918 mln dolarów na obronność. Rosja wysłała ponad 2 tys. żołnierzy do Kazachstanu, by wspomóc tłumienie protestów.', [[918e6, 'US dollars'], [2000, 'soldiers']]],
    ['it', 'Il Kazakistan, come riferisce il quotidiano, ha destinato 918 milioni di dollari alla difesa, aumentando di quasi una volta e mezzo il budget dello scorso anno.', [[918e6, 'US dollars']]],
    ['pt', 'O Cazaquistão possui uma extensão de aproximadamente 7.500 quilômetros de fronteira com a Rússia, e os tumultos resultaram em mais de 160 mortes no país.', [[7500, 'kilometres'], [160, 'deaths']]],
  ])('finds the figures of a %s sentence, with their scale and unit', (_lang, text, expected) => {
    const a = analyzeText('x.txt', text);
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual(expected);
    for (const f of a.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
