/**
 * `npm run analyze -- FILE…`: prints the analysis of any text files as a JSON array on stdout (one object
 * per file, in the order given), with no site build. A sidecar NAME.meta.json beside a file is used when
 * present; diagnostics go in each object and, as one line each, to stderr.
 */
import { readFileSync } from 'node:fs';
import { analyzeBytes } from '../src/analysis/pipeline';
import { readSidecar } from '../src/analysis/sidecar';
import type { Analysis } from '../src/schemas';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (!files.length) {
  console.error('usage: npm run analyze -- FILE…  (prints the analysis of each text file as JSON)');
  process.exit(2);
}
const out: Analysis[] = [];
for (const file of files) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    console.error(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    process.exitCode = 1;
    continue;
  }
  const side = readSidecar(file);
  const analysis = analyzeBytes(file, bytes, side.sidecar);
  analysis.diagnostics.unshift(...side.diagnostics);
  for (const d of analysis.diagnostics) {
    const at = d.line ? `:${d.line}:${d.column}` : '';
    console.error(`${file}${at}: ${d.severity}: ${d.message} [${d.rule}]`);
  }
  out.push(analysis);
}
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
