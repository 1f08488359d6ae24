/** What `validate` learns about one file: the contract's object plus the recognised matrices. */
import type { Finding, Summary } from '../core';
import type { RecognizedMatrix } from '../rules/run';

export interface FileReport {
  /** The path as the user wrote it (or as found in the folder they named). */
  file: string;
  findings: Finding[];
  summary: Summary;
  matrices: RecognizedMatrix[];
}

export const OUTPUT_FORMATS = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
