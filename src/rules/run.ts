/**
 * The facade the adapters call: validate a snapshot with every rule and say which matrices
 * were recognised. The task pane, the command line and the browser page all go through here.
 */
import { validate, type ValidateOptions, type ValidationResult, type WorkbookSnapshot } from '../core';
import { MATRIX_TITLES, type MatrixType } from '../domain/matrix';
import { getRecognition } from '../domain/recognize';
import { allRules } from './index';

export interface RecognizedMatrix {
  type: MatrixType;
  title: string;
  sheet: string;
  range: string;
  generated: boolean;
}

export interface WorkbookValidation extends ValidationResult {
  matrices: RecognizedMatrix[];
}

export function validateWorkbook(snapshot: WorkbookSnapshot, options: ValidateOptions = {}): WorkbookValidation {
  const result = validate(snapshot, allRules, options);
  const matrices = getRecognition(result.view).matrices.map((m) => ({
    type: m.type,
    title: MATRIX_TITLES[m.type].es,
    sheet: m.sheet,
    range: m.range,
    generated: m.generated,
  }));
  return { ...result, matrices };
}
