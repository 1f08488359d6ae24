/**
 * Why an Excel operation failed, in words a planner can act on (Spanish first, English kept
 * aside). Office.js errors carry a `code`; the ones a user can fix are translated here.
 */

export type ExcelErrorCode =
  | 'no-workbook'
  | 'protected-sheet'
  | 'unsupported-version'
  | 'payload-too-large'
  | 'busy'
  | 'sheet-not-found'
  | 'unknown';

export class ExcelAdapterError extends Error {
  override readonly name = 'ExcelAdapterError';
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

const MESSAGES: Record<ExcelErrorCode, [string, string]> = {
  'no-workbook': [
    'No hay un libro abierto en Excel. Abra o cree un libro y vuelva a intentarlo.',
    'There is no open workbook in Excel. Open or create one and try again.',
  ],
  'protected-sheet': [
    'La hoja está protegida. Desprotéjala (Revisar > Desproteger hoja) y vuelva a intentarlo.',
    'The sheet is protected. Unprotect it (Review > Unprotect Sheet) and try again.',
  ],
  'unsupported-version': [
    'Esta versión de Excel no admite esta operación. Actualice Excel o use Excel en la web.',
    'This version of Excel does not support this operation. Update Excel or use Excel on the web.',
  ],
  'payload-too-large': [
    'El libro es demasiado grande para leerlo de una vez en Excel en la web.',
    'The workbook is too large to read at once in Excel on the web.',
  ],
  busy: [
    'Excel está ocupado (quizás editando una celda). Termine la edición y vuelva a intentarlo.',
    'Excel is busy (perhaps editing a cell). Finish editing and try again.',
  ],
  'sheet-not-found': [
    'La hoja «{{detail}}» ya no existe en el libro. Valide de nuevo.',
    'Sheet "{{detail}}" no longer exists in the workbook. Validate again.',
  ],
  unknown: ['Excel no pudo completar la operación: {{detail}}', 'Excel could not complete the operation: {{detail}}'],
};

export function adapterError(code: ExcelErrorCode, detail = ''): ExcelAdapterError {
  const [es, en] = MESSAGES[code];
  return new ExcelAdapterError(code, es.split('{{detail}}').join(detail), en.split('{{detail}}').join(detail));
}

/** Office.js error codes (OfficeExtension.ErrorCodes and Excel.ErrorCodes) → our codes. */
const OFFICE_CODES: Record<string, ExcelErrorCode> = {
  InsertDeleteConflict: 'protected-sheet',
  AccessDenied: 'protected-sheet',
  ApiNotAvailable: 'unsupported-version',
  ApiNotFound: 'unsupported-version',
  NotImplemented: 'unsupported-version',
  RequestPayloadSizeLimitExceeded: 'payload-too-large',
  ResponsePayloadSizeLimitExceeded: 'payload-too-large',
  InvalidOperationInCellEditMode: 'busy',
  ActivityLimitReached: 'busy',
  Conflict: 'busy',
};

export function officeErrorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** Any failure from Office.js → an ExcelAdapterError with a plain message. */
export function toAdapterError(error: unknown): ExcelAdapterError {
  if (error instanceof ExcelAdapterError) return error;
  const code = officeErrorCode(error);
  const mapped = code ? OFFICE_CODES[code] : undefined;
  if (mapped) return adapterError(mapped);
  return adapterError('unknown', error instanceof Error ? error.message : String(error));
}

export function isPayloadLimit(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}
