import { z } from 'zod';

/**
 * A TIMEX3-style date value: `2022`, `2022-07`, `2022-07-25`, `2022-07-25T22:16`, an ISO week `2022-W29`,
 * unknown parts as X (`XXXX-10`, `XXXX-XX-XX`), or a range of two of these joined by `/`.
 * @example TimexValue.parse('2023-10-06/2023-10-13')
 */
const point = String.raw`(?:\d{4}|XXXX)(?:-W(?:\d{2}|XX)|-(?:\d{2}|XX)(?:-(?:\d{2}|XX)(?:T\d{2}:\d{2})?)?)?`;
export const TimexValue = z
  .string()
  .regex(new RegExp(`^${point}(?:/${point})?$`), 'expected a TIMEX3-style date such as 2022, 2022-07, 2022-07-25 or 2023-10-06/2023-10-13');

/** How precise a date value is. */
export const Precision = z.enum(['year', 'month', 'week', 'day', 'minute']);

/** A modifier on a period: its start, middle or end ("early May", "late January"), or approximate. */
export const DateMod = z.enum(['START', 'MID', 'END', 'APPROX']);

/** Severity of a diagnostic: an error rejects the input, a warning keeps it. */
export const Severity = z.enum(['error', 'warning', 'info']);

/**
 * A problem found in an input, reported with its place and a stable rule id (like `read:encoding`),
 * never thrown: the build goes on with the other inputs.
 */
export const Diagnostic = z.object({
  /** Stable id of the rule that found the problem, `stage:rule`. */
  rule: z.string(),
  severity: Severity,
  /** What happened, in a sentence. */
  message: z.string(),
  /** What to do about it. */
  hint: z.string().optional(),
  /** 1-based line and column in the input file, when the problem has a place. */
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
});

/** Languages written as BCP 47 two-letter codes where one exists (ISO 639-1), else ISO 639-3, or `und`. */
export const LanguageCode = z.string().regex(/^(?:[a-z]{2,3}|und)$/, 'expected a BCP 47 language code such as pt or und');

export type Diagnostic = z.output<typeof Diagnostic>;
export type TimexValue = z.output<typeof TimexValue>;
export type Precision = z.output<typeof Precision>;
export type DateMod = z.output<typeof DateMod>;
