import type { APIRoute } from 'astro';
import { loadCorpus } from '../../site/corpus';

/** Every article's analysis (without the full text), newest first. */
export const GET: APIRoute = async () => {
  const { articles } = await loadCorpus();
  return Response.json(articles.map(({ text: _text, ...a }) => a));
};
