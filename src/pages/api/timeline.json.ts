import type { APIRoute } from 'astro';
import { loadCorpus } from '../../site/corpus';

/** The merged timeline: events (the first sources with their sentences, the rest by reference) and reports at their publication dates. */
export const GET: APIRoute = async () => Response.json((await loadCorpus()).timeline);
