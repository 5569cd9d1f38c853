import type { ArticleEntity, ArticleEvent, DateMention } from '../../schemas';

/**
 * Each sentence carrying a date whose year is known becomes a dated event: the date, the sentence in the
 * article's language, and the entities named in it.
 */
export function eventsStage(text: string, dates: DateMention[], sentences: { start: number; end: number }[], entities: ArticleEntity[]): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  for (const date of dates) {
    if (date.sentence === undefined || !/^\d{4}/.test(date.value)) continue;
    const s = sentences[date.sentence]!;
    const inSentence = entities.filter((e) => e.mentions.some((m) => m.start >= s.start && m.end <= s.end)).map((e) => e.id);
    events.push({ date, sentence: { text: text.slice(s.start, s.end), start: s.start, end: s.end }, sentenceIndex: date.sentence, entities: inSentence });
  }
  return events;
}
