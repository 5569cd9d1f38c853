import type { Analysis, Sidecar } from '../schemas';
import { createDocument, hasError, report, type ArticleDocument } from './document';
import { recognizeEntities } from './entities/recognize';
import { availableLanguages } from './lexicon';
import { clean } from './stages/clean';
import { datesStage, inferPublication, publicationDate } from './stages/dates';
import { eventsStage } from './stages/events';
import { figuresStage } from './stages/figures';
import { detectLanguage } from './stages/language';
import { readBytes } from './stages/read';
import { countWords, segment, sentenceAt } from './stages/segment';
import { pickSummary, textRank } from './summary/textrank';

/**
 * The analysis of one article, stage by stage. The order matters where noted:
 *  1. read      bytes → text (encoding, binary and empty files are diagnosed here)
 *  2. language  on the whole text: the clean stage needs the language's month names for datelines
 *  3. clean     title, byline, dateline, scraper header and trailing boilerplate → the body
 *  4. segment   paragraphs and sentences of the body (`Intl.Segmenter`), word count, reading time
 *  5. published the publication date: the text's own, else the editor's; dates resolve against it
 *               (after 7, an article with neither gets an inferred lower bound, which resolves nothing)
 *  6. entities  on title + body (+ the byline's author): knowledge base, then discovered names
 *  7. dates     every date expression, resolved against the publication date
 *  8. events    sentences carrying a resolved date, with the entities of the sentence (needs 6 and 7)
 *  9. summary   TextRank over the sentences, weighted by the entities they name (needs 6)
 * 10. figures   amounts, distances, counts, skipping numbers inside dates (needs 7)
 */
export function analyzeText(path: string, text: string, sidecar?: Sidecar): Analysis {
  const doc = createDocument(path, text, sidecar);
  run(doc);
  return toAnalysis(doc);
}

/** Reads bytes (any encoding) and analyses them; unreadable input yields an analysis with an error. */
export function analyzeBytes(path: string, bytes: Uint8Array, sidecar?: Sidecar): Analysis {
  const read = readBytes(bytes);
  const doc = createDocument(path, read.text ?? '', sidecar);
  doc.diagnostics.push(...read.diagnostics);
  if (read.text !== null) run(doc);
  return toAnalysis(doc);
}

function run(doc: ArticleDocument): void {
  const { text } = doc;
  const language = detectLanguage(text);
  const lang = language.code;
  doc.data.language = lang;
  doc.data.languageDetail = language;
  if (lang === 'und')
    report(doc, { rule: 'language:too-short', severity: 'warning', message: 'The text is too short to tell its language; it is marked und (undetermined).', hint: 'Articles need at least a sentence or two of text.' });
  else if (!availableLanguages().has(lang))
    report(doc, { rule: 'language:no-lexicon', severity: 'warning', message: `The article is in ${language.name} (${lang}), for which there are no lexicons: dates and inflected names will be missed.`, hint: `Add src/analysis/data/lang/${lang}/ with dates.json and entities.json.` });

  const cleaned = clean(doc, lang);
  Object.assign(doc.data, { title: cleaned.title, author: cleaned.author, body: cleaned.body, removed: cleaned.removed });
  if (hasError(doc)) return;

  const { paragraphs, sentences } = segment(text, cleaned.body, lang);
  Object.assign(doc.data, { paragraphs, sentences, ...countWords(text.slice(cleaned.body.start, cleaned.body.end), lang) });

  const published = publicationDate(doc, cleaned);
  doc.data.published = published;

  const title = cleaned.removed.find((r) => r.kind === 'title');
  const byline = cleaned.removed.find((r) => r.kind === 'byline');
  const authorSpan = byline && cleaned.author ? { start: byline.end - cleaned.author.length, end: byline.end } : undefined;
  const entities = recognizeEntities(text, lang, [...(title ? [title] : []), ...sentences], authorSpan ? [authorSpan] : []);
  const dates = datesStage(doc, lang, cleaned, published, sentences);
  doc.data.entities = entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, ...sentenceOf(sentences, m.start) })) }));
  doc.data.dates = dates;
  if (!published) doc.data.published = inferPublication(dates);
  doc.data.events = eventsStage(dates, sentences, entities);

  const sentenceTexts = sentences.map((s) => text.slice(s.start, s.end));
  const weights = sentences.map((s) => 1 + entities.reduce((n, e) => n + e.mentions.filter((m) => m.start >= s.start && m.end <= s.end).length, 0) * 0.25);
  doc.data.summary = pickSummary(textRank(sentenceTexts, lang, weights));
  doc.data.figures = figuresStage(text, lang, cleaned.body, sentences, dates);
}

const sentenceOf = (sentences: { start: number; end: number }[], at: number) => {
  const i = sentenceAt(sentences, at);
  return i === undefined ? {} : { sentence: i };
};

/** The analysis as printed and stored; stages that did not run leave empty, honest defaults. */
function toAnalysis(doc: ArticleDocument): Analysis {
  const d = doc.data;
  return {
    file: doc.path,
    language: d.language ?? 'und',
    languageDetail: d.languageDetail ?? { code: 'und', iso6393: 'und', confidence: 0, name: 'Undetermined' },
    title: d.title ?? null,
    author: d.author ?? doc.sidecar?.author ?? null,
    published: d.published ?? null,
    body: d.body ?? { start: 0, end: 0 },
    paragraphs: d.paragraphs ?? [],
    sentences: d.sentences ?? [],
    removed: d.removed ?? [],
    wordCount: d.wordCount ?? 0,
    readingMinutes: d.readingMinutes ?? 0,
    entities: d.entities ?? [],
    dates: d.dates ?? [],
    events: d.events ?? [],
    summary: d.summary ?? [],
    figures: d.figures ?? [],
    diagnostics: doc.diagnostics,
  };
}
