import type { APIRoute } from 'astro';
import { loadCorpus } from '../../site/corpus';

/** Every article's card (title, language, date, summary, entities), newest first; `/api/articles/<slug>.json` has its whole analysis. */
export const GET: APIRoute = async () => Response.json((await loadCorpus()).articles.map((a) => ({ ...a, analysis: `/api/articles/${a.slug}.json` })));
