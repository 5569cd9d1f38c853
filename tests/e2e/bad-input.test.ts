import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serveDist } from './browser';
import { buildCorpus, readReport } from './build-corpus';

// The bad-input corpus (tests/fixtures/bad-input) plus a 20 MB text made here, built as a site.
let built: ReturnType<typeof buildCorpus>;
let report: ReturnType<typeof readReport>;
beforeAll(() => {
  built = buildCorpus('tests/fixtures/bad-input', {
    prepare: (dir) => {
      const para = 'Kazakhstan increased its defence budget as relations with Russia grew tense, officials in Astana said on Monday. ';
      writeFileSync(join(dir, 'twenty-megabytes.txt'), para.repeat(Math.ceil(20_000_000 / para.length)));
    },
  });
  report = readReport(built.site);
}, 240_000);

describe('bad input: every file accounted for, the build goes on', () => {
  it('finishes the build with the good articles', () => {
    expect(built.status, built.output).toBe(0);
    expect(report.counts.built + report.counts['built-with-warnings']).toBeGreaterThanOrEqual(8);
  });

  it.each([
    ['empty.txt', 'rejected', 'read:empty'],
    ['whitespace-only.txt', 'rejected', 'read:empty'],
    ['binary.txt', 'rejected', 'read:binary'],
    ['pdf-saved-as.txt', 'rejected', 'read:binary'],
    ['report.pdf', 'rejected', 'ingest:not-txt'],
    ['page.txt', 'rejected', 'read:html'],
    ['saved-page.html', 'rejected', 'ingest:not-txt'],
    ['twenty-megabytes.txt', 'rejected', 'read:too-large'],
    ['duplicate-b.txt', 'rejected', 'ingest:duplicate'],
    ['duplicate-a.txt', 'built', undefined],
    ['windows-1250.txt', 'built-with-warnings', 'read:encoding'],
    ['latin-1.txt', 'built-with-warnings', 'read:encoding'],
    ['utf-16-bom.txt', 'built-with-warnings', 'read:encoding'],
    ['finnish.txt', 'built-with-warnings', 'language:no-lexicon'],
    ['three-words.txt', 'built-with-warnings', 'language:too-short'],
    ['broken-sidecar.txt', 'built-with-warnings', 'sidecar:json'],
    ['javascript-url.txt', 'built-with-warnings', 'sidecar:invalid'],
    ['orphan.meta.json', 'skipped', 'ingest:orphan-sidecar'],
    ['markup-in-text.txt', 'built', undefined],
    ['Relatório 1. Ação (v2).final.txt', 'built', undefined],
  ])('%s is %s (%s), with a reason and a hint', (file, status, rule) => {
    const entry = report.files.find((f) => f.file === file);
    expect(entry, `${file} missing from the report`).toBeDefined();
    expect(entry!.status).toBe(status);
    if (rule) {
      const d = entry!.diagnostics.find((x) => x.rule === rule);
      expect(d, JSON.stringify(entry!.diagnostics)).toBeDefined();
      expect(d!.message.length).toBeGreaterThan(10);
      expect(d!.hint).toBeTruthy();
    }
  });

  it('lists every input file in the report, and prints a summary', () => {
    expect(report.files).toHaveLength(22);
    expect(built.output).toMatch(/ingest: 22 files: \d+ built, \d+ built with warnings, 9 rejected/);
  });

  it('decodes legacy encodings to the right characters', () => {
    const pl = report.files.find((f) => f.file === 'windows-1250.txt')!;
    expect(pl.diagnostics[0]!.message).toMatch(/windows-1250/i);
  });

  it('fails with --strict when any input is rejected', () => {
    const strict = buildCorpus('tests/fixtures/bad-input', { strict: true });
    expect(strict.status).toBe(1);
    expect(strict.output).toMatch(/--strict: \d+ input file\(s\) rejected/);
  }, 240_000);
});

describe('no text from an article becomes markup or script', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    site = await serveDist(built.site);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('shows <script>, <img onerror> and {…} from an article as text, and runs none of it', async () => {
    const slug = report.files.find((f) => f.file === 'markup-in-text.txt')!.slug!;
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(`${site.url}/articles/${slug}/`);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    const text = await page.textContent('main');
    expect(text).toContain('<script>alert("xss")</script>');
    expect(text).toContain(`<img src=x onerror="alert('img')">`);
    expect(text).toContain('{trade}');
    expect(await page.$$eval('main script, main img', (els) => els.length)).toBe(0);
    await page.close();
  });

  it('sets a Content-Security-Policy on every page', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toMatch(/script-src 'self'/);
    await page.close();
  });

  it('never links a javascript: URL from a sidecar', async () => {
    const slug = report.files.find((f) => f.file === 'javascript-url.txt')!.slug!;
    const page = await browser.newPage();
    await page.goto(`${site.url}/articles/${slug}/`);
    expect(await page.$$eval('a[href^="javascript:"]', (as) => as.length)).toBe(0);
    await page.close();
  });

  it('gives a file name with spaces, accents and dots a working page', async () => {
    const slug = report.files.find((f) => f.file === 'Relatório 1. Ação (v2).final.txt')!.slug!;
    expect(slug).toMatch(/^[a-z0-9-]+$/);
    const page = await browser.newPage();
    const res = await page.goto(`${site.url}/articles/${slug}/`);
    expect(res?.status()).toBe(200);
    expect(await page.textContent('h1')).toBe('Relatório final');
    await page.close();
  });
});
