import type { APIRoute } from 'astro';
import { loadCorpus } from '../../site/corpus';

/** The merged timeline: events with every source sentence, and reports at their publication dates. */
export const GET: APIRoute = async () => Response.json((await loadCorpus()).timeline);
