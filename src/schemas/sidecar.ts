import { z } from 'zod';

/** A date an editor supplies: year, month or day precision. */
const EditorDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** Only web links: a `javascript:` or `data:` URL in a sidecar must never reach a page. */
const WebUrl = z
  .string()
  .url('expected an absolute URL')
  .refine((u) => /^https?:\/\//i.test(u), 'only http:// and https:// links are allowed');

/**
 * `NAME.meta.json` beside `NAME.txt`: what an editor knows about an article that its text may not say.
 * Every field is optional; unknown fields are rejected so a typo does not pass silently.
 */
export const Sidecar = z
  .object({
    /** Where the article was published. */
    source: WebUrl.optional(),
    /** The outlet's name, e.g. "Il Sole 24 Ore". */
    outlet: z.string().min(1).optional(),
    /** The author's name as credited. */
    author: z.string().min(1).optional(),
    /** Publication date as the editor knows it, at the precision known. */
    published: EditorDate.optional(),
    /** Why the editor supplied these facts, shown beside the date. */
    note: z.string().optional(),
  })
  .strict();

export type Sidecar = z.output<typeof Sidecar>;
