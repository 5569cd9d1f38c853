import type { APIRoute } from 'astro';
import { loadCorpus } from '../../site/corpus';

/** Every entity: counts, name variants per language, the knowledge base's record; `/api/entities/<id>.json` has its mentions in context, co-occurrences and timeline. */
export const GET: APIRoute = async () => Response.json([...(await loadCorpus()).entities.values()].map((e) => ({ ...e, view: `/api/entities/${e.id}.json` })));
