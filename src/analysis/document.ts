import type { Diagnostic, Sidecar } from '../schemas';
import type { Analysis } from '../schemas/analysis';

/** What the pipeline knows about an article so far: stages fill it in order. */
export type AnalysisData = Omit<Analysis, 'file' | 'diagnostics'>;

/**
 * The carrier that flows through the analysis: one article, its text, the typed data the stages have
 * added, and the diagnostics they reported. Offsets everywhere point into `text`.
 */
export interface ArticleDocument {
  /** The path as given by the caller. */
  readonly path: string;
  /** The decoded original text (without a byte-order mark). */
  text: string;
  data: Partial<AnalysisData>;
  diagnostics: Diagnostic[];
  /** Facts from outside the text: the editor's sidecar. */
  readonly sidecar?: Sidecar;
}

/** Creates a document from already-decoded text (the CLI and tests); `readBytes` does the decoding. */
export function createDocument(path: string, text: string, sidecar?: Sidecar): ArticleDocument {
  return { path, text, data: {}, diagnostics: [], sidecar };
}

/** 1-based line and column of a UTF-16 offset, for diagnostics that point into the file. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}

/** Adds a diagnostic, placed at `offset` when given. */
export function report(
  doc: ArticleDocument,
  d: Omit<Diagnostic, 'line' | 'column'>,
  offset?: number,
): void {
  doc.diagnostics.push(offset === undefined ? d : { ...d, ...lineColumn(doc.text, offset) });
}

/** Whether a stage reported an error that makes the rest of the analysis pointless. */
export function hasError(doc: ArticleDocument): boolean {
  return doc.diagnostics.some((d) => d.severity === 'error');
}
