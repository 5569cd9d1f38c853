import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../../src/analysis/stages/read';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('read: bytes to text', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'read:empty'],
    ['whitespace only', utf8('  \n\t \n'), 'read:empty'],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'read:binary'],
    ['binary with NUL bytes', new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x01, 0x02]), 'read:binary'],
    ['an HTML page', utf8('<!DOCTYPE html><html><body><p>Hi</p></body></html>'), 'read:html'],
  ])('rejects %s with a diagnostic that says what to do', (_name, bytes, rule) => {
    const r = readBytes(bytes);
    expect(r.text).toBeNull();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ rule, severity: 'error' });
    expect(r.diagnostics[0]!.hint).toBeTruthy();
  });

  it('decodes UTF-16 with a byte-order mark, with a warning', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Zażółć gęślą jaźń, Kazachstan.', 'utf16le')]);
    const r = readBytes(bytes);
    expect(r.text).toBe('Zażółć gęślą jaźń, Kazachstan.');
    expect(r.diagnostics[0]).toMatchObject({ rule: 'read:encoding', severity: 'warning' });
  });

  it('decodes Latin-1 text that is not valid UTF-8, with a warning naming the encoding', () => {
    const text = 'O Presidente do Cazaquistão ordenou o desenvolvimento das forças de defesa. Ação, coração, não.';
    const r = readBytes(iconv.encode(text, 'latin1'));
    expect(r.text).toBe(text);
    expect(r.diagnostics[0]!.message).toMatch(/not valid UTF-8; it was decoded as/);
  });

  it('strips a UTF-8 byte-order mark and reads UTF-8 silently', () => {
    const r = readBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Astana, 25 lipca 2022')]));
    expect(r).toEqual({ text: 'Astana, 25 lipca 2022', encoding: 'UTF-8', diagnostics: [] });
  });
});
