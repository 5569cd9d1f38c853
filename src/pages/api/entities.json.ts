import type { APIRoute } from 'astro';
import { loadCorpus } from '../../site/corpus';

/** Every entity with its articles, mentions and name variants, and the knowledge base's record. */
export const GET: APIRoute = async () => {
  const { entities, records } = await loadCorpus();
  return Response.json([...entities.values()].map((e) => ({ ...e, description: records.get(e.id)?.description ?? null })));
};
