import { existsSync, readFileSync } from 'node:fs';
import type { Diagnostic } from '../schemas';
import { Sidecar } from '../schemas/sidecar';

/** `seeds/NAME.txt` → `seeds/NAME.meta.json`. */
export const sidecarPath = (articlePath: string) => articlePath.replace(/\.txt$/i, '') + '.meta.json';

/**
 * Reads the optional sidecar of an article. A missing sidecar is normal; a broken one is a diagnostic
 * (the article is still analysed, without the editor's facts), never a crash.
 */
export function readSidecar(articlePath: string): { sidecar?: Sidecar; bytes?: Buffer; diagnostics: Diagnostic[] } {
  const path = sidecarPath(articlePath);
  if (!existsSync(path)) return { diagnostics: [] };
  const bytes = readFileSync(path);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    return { bytes, diagnostics: [{ rule: 'sidecar:json', severity: 'warning', message: `The sidecar ${path} is not valid JSON (${(e as Error).message}); it was ignored.`, hint: 'Fix the JSON: an object such as {"published": "2024-11-25", "source": "https://…"}.' }] };
  }
  const parsed = Sidecar.safeParse(raw);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return { bytes, diagnostics: [{ rule: 'sidecar:invalid', severity: 'warning', message: `The sidecar ${path} was ignored: ${why}.`, hint: 'Allowed fields: source (http/https URL), outlet, author, published (YYYY, YYYY-MM or YYYY-MM-DD), note.' }] };
  }
  return { sidecar: parsed.data, bytes, diagnostics: [] };
}
