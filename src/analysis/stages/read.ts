import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Diagnostic } from '../../schemas';

/** Largest article accepted, in bytes: a news article is rarely over 100 kB; 2 MB leaves room for long reports. */
export const MAX_BYTES = 2 * 1024 * 1024;

export interface ReadResult {
  /** The decoded text, or null when the input cannot be read as text. */
  text: string | null;
  /** The encoding the text was decoded from. */
  encoding: string | null;
  diagnostics: Diagnostic[];
}

const MAGIC: [string, number[], string][] = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46], 'Extract its text (e.g. `pdftotext FILE.pdf FILE.txt`) and add the .txt file.'],
  ['ZIP archive (or DOCX/ODT document)', [0x50, 0x4b, 0x03, 0x04], 'Save the document as plain text (.txt, UTF-8).'],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47], 'Only text articles can be analysed.'],
  ['JPEG image', [0xff, 0xd8, 0xff], 'Only text articles can be analysed.'],
  ['GZIP archive', [0x1f, 0x8b], 'Decompress it and add the text file.'],
];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * Decodes an article's bytes. UTF-8 is expected; UTF-16 with a byte-order mark and legacy 8-bit
 * encodings (detected with chardet) are decoded with a warning; binary files, HTML pages, empty and
 * oversized files are rejected with an error that says what to do.
 */
export function readBytes(bytes: Uint8Array): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const reject = (rule: string, message: string, hint: string): ReadResult => ({
    text: null,
    encoding: null,
    diagnostics: [...diagnostics, { rule: `read:${rule}`, severity: 'error', message, hint }],
  });

  if (bytes.length === 0) return reject('empty', 'The file is empty.', 'Add the article text, or remove the file.');
  if (bytes.length > MAX_BYTES)
    return reject(
      'too-large',
      `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; articles over ${MAX_BYTES / 1024 / 1024} MB are not analysed.`,
      'Split it into one file per article.',
    );
  for (const [what, sig, hint] of MAGIC) {
    if (startsWith(bytes, sig)) return reject('binary', `The file is a ${what}, not text.`, hint);
  }

  let text: string;
  let encoding: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE';
    text = iconv.decode(Buffer.from(bytes.subarray(2)), encoding);
    diagnostics.push({
      rule: 'read:encoding',
      severity: 'warning',
      message: `The file is ${encoding} (byte-order mark found); it was converted to UTF-8.`,
      hint: 'Save articles as UTF-8 to avoid the conversion.',
    });
  } else {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    if (body.includes(0)) return reject('binary', 'The file contains NUL bytes: it is binary, not text.', 'Add the article as a plain-text (.txt, UTF-8) file.');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
      encoding = 'UTF-8';
    } catch {
      const guess = chardet.detect(body) ?? 'windows-1252';
      encoding = iconv.encodingExists(guess) ? guess : 'windows-1252';
      text = iconv.decode(Buffer.from(body), encoding);
      diagnostics.push({
        rule: 'read:encoding',
        severity: 'warning',
        message: `The file is not valid UTF-8; it was decoded as ${encoding} (detected), which may be wrong for some characters.`,
        hint: `Re-save the file as UTF-8 (e.g. iconv -f ${encoding.toUpperCase()} -t UTF-8 FILE).`,
      });
    }
  }

  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > Math.max(4, text.length * 0.01))
    return reject('binary', 'The file is mostly control characters: it looks binary, not text.', 'Add the article as plain text.');
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(text))
    return reject('html', 'The file is an HTML page, not plain text.', "Extract the article's text (title, byline and body) into a .txt file.");
  if (text.trim() === '') return reject('empty', 'The file holds only whitespace.', 'Add the article text, or remove the file.');
  return { text, encoding, diagnostics };
}
