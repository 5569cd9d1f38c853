import { z } from 'zod';
import { Analysis } from './analysis';

/**
 * The data of one generated article (`src/content/articles/<slug>.json`): the analysis plus what the
 * site needs to show it. Written by the ingest (validated before writing), read by the content collection.
 */
export const ArticleFrontmatter = Analysis.extend({
  /** URL slug, unique in the corpus. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The original text (offsets in the analysis point into it). */
  text: z.string(),
  /** Whether the title is the article's own or built from its lead. */
  titleSource: z.enum(['text', 'lead']),
  /** The title shown: the article's own, or one built from its lead. */
  displayTitle: z.string(),
  /** Source link and outlet, from the sidecar. */
  source: z.object({ url: z.string().optional(), outlet: z.string().optional() }),
  /** sha256 of the input bytes (and sidecar), used to skip unchanged articles on rebuild. */
  contentHash: z.string(),
});

export type ArticleFrontmatter = z.output<typeof ArticleFrontmatter>;
