import type { ArticleEntity, ArticleEvent, DateMention } from '../../schemas';

/**
 * Each sentence carrying a date whose year is known becomes a dated event: the date, the sentence in the
 * article's language, and the entities named in it.
 */
export function eventsStage(dates: DateMention[], sentences: { start: number; end: number }[], entities: ArticleEntity[]): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  dates.forEach((date, i) => {
    if (date.sentence === undefined || !/^\d{4}/.test(date.value)) return;
    events.push({ date: i, sentenceIndex: date.sentence, entities: entitiesIn(sentences[date.sentence]!, entities) });
  });
  return events;
}

/** Ids of the entities named within a span. */
export const entitiesIn = (s: { start: number; end: number }, entities: ArticleEntity[]) =>
  entities.filter((e) => e.mentions.some((m) => m.start >= s.start && m.end <= s.end)).map((e) => e.id);
