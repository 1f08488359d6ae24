/**
 * Matrix recognition: finds the planning matrices of DOMAIN.md in any workbook, by their
 * headers and content (or, for Planifica's own sheets, by their metadata). Computed once per
 * validation through the view's memo, so every domain rule shares one recognition.
 */
import type { WorkbookView } from '../../core';
import type { Matrix, MatrixOf, MatrixType, Recognition } from '../matrix';

/** A recognizer looks at the whole workbook and returns the matrices of its kind it finds. */
export type Recognizer = (workbook: WorkbookView) => Matrix[];

const recognizers: Recognizer[] = [];

function recognize(workbook: WorkbookView): Recognition {
  const matrices = recognizers.flatMap((recognizer) => recognizer(workbook));
  const years = [
    ...new Set(matrices.flatMap((m) => ('years' in m && Array.isArray(m.years) ? m.years.map((y) => y.year) : []))),
  ].sort((a, b) => a - b);
  return { matrices, years };
}

export function getRecognition(workbook: WorkbookView): Recognition {
  return workbook.memo('domain/recognition', recognize);
}

export function matricesOf<T extends MatrixType>(workbook: WorkbookView, type: T): MatrixOf<T>[] {
  return getRecognition(workbook).matrices.filter((m): m is MatrixOf<T> => m.type === type);
}
