/**
 * Why a file could not be read, as a typed error: the command line turns it into exit code 2
 * and one line on stderr, the task pane into a message. Never a stack trace for the user.
 */

export const XLSX_READ_ERROR_CODES = [
  'not-found',
  'unreadable',
  'empty',
  'not-xlsx',
  'xls-format',
  'xlsb-format',
  'ods-format',
  'encrypted',
  'corrupt',
  'file-too-large',
  'zip-bomb',
  'too-many-entries',
  'too-many-sheets',
  'too-many-cells',
] as const;
export type XlsxReadErrorCode = (typeof XLSX_READ_ERROR_CODES)[number];

export class XlsxReadError extends Error {
  override readonly name = 'XlsxReadError';
  readonly code: XlsxReadErrorCode;
  /** The same reason in English, for logs and English-speaking users. */
  readonly messageEn: string;

  /** `message` is one line in Spanish: it is what the user reads. */
  constructor(code: XlsxReadErrorCode, message: string, messageEn: string) {
    super(message);
    this.code = code;
    this.messageEn = messageEn;
  }
}

export function isXlsxReadError(error: unknown): error is XlsxReadError {
  return error instanceof XlsxReadError;
}

/** Megabytes with one decimal, for messages ("52.4 MB"). */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Integers with thousands separators as Guatemalan documents write them ("2,000,000"). */
export { formatCount } from '../core/format';
