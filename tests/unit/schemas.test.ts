import { describe, expect, it } from 'vitest';
import { Analysis, Sidecar, TimexValue } from '../../src/schemas';

describe('schemas', () => {
  it.each(['2022', '2022-07', '2022-07-25', '2022-07-25T22:16', '2023-10-06/2023-10-13', 'XXXX-10', 'XXXX-XX-XX', '2022-W29'])('accepts the TIMEX value %s', (v) => {
    expect(TimexValue.safeParse(v).success).toBe(true);
  });
  it.each(['July 2022', '2022-7', '22-07-25', ''])('rejects %j as a TIMEX value', (v) => {
    expect(TimexValue.safeParse(v).success).toBe(false);
  });

  it('rejects a sidecar with a wrong type, and says which field and why', () => {
    const r = Sidecar.safeParse({ published: 2024 });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toMatchInlineSnapshot(`
      [
        "published: Invalid input: expected string, received number",
      ]
    `);
  });

  it('rejects a javascript: source URL in a sidecar', () => {
    const r = Sidecar.safeParse({ source: 'javascript:alert(1)' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message).join(' ')).toMatch(/http/);
  });

  it('rejects unknown sidecar fields so typos do not pass silently', () => {
    expect(Sidecar.safeParse({ publised: '2024-11-25' }).success).toBe(false);
  });

  it('names the field when an analysis has the wrong shape', () => {
    const r = Analysis.safeParse({ file: 'x.txt', language: 'Portuguese' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['language']);
  });
});
