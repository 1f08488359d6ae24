/**
 * Planifica's own sheets name each matrix area with a workbook-scoped defined name
 * `PLANIFICA_<KEY>_<n>` ("'Metas'!$A$1:$M$30"). Such a name fixes the matrix type and its
 * exact area, so no guessing is needed: only the columns are read from the headers inside it.
 */
import { parseRange, type RangeBox, type WorkbookView } from '../../core';
import type { MatrixType } from '../matrix';

export const GENERATED_KEYS: Record<string, MatrixType> = {
  BUDGET: 'budget',
  FICHA: 'indicator-sheet',
  INDICATORS: 'indicator-matrix',
  RESULTS: 'results',
  PROGRAMMATIC: 'programmatic',
  COVERAGE: 'coverage',
  GOALS: 'goals',
  PGG: 'pgg',
  POLICY: 'policy',
};

const NAME = /^PLANIFICA_([A-Z]+)_(\d+)$/i;

export interface GeneratedArea {
  name: string;
  type: MatrixType;
  sheet: string;
  box: RangeBox;
}

/** Splits "'Hoja 1'!$A$1:$C$9" into sheet and range; undefined when it is not one plain area. */
export function parseAreaRef(ref: string): { sheet: string; box: RangeBox } | undefined {
  const text = ref.trim().replace(/^=/, '');
  const bang = text.lastIndexOf('!');
  if (bang <= 0) return undefined;
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const box = parseRange(text.slice(bang + 1).replace(/\$/g, ''));
  return box && sheet ? { sheet, box } : undefined;
}

/** The generated matrix areas a workbook declares, in the order of their names. */
export function generatedAreas(workbook: WorkbookView): GeneratedArea[] {
  const areas: (GeneratedArea & { n: number })[] = [];
  for (const defined of workbook.definedNames) {
    const m = NAME.exec(defined.name.trim());
    if (!m) continue;
    const type = GENERATED_KEYS[m[1].toUpperCase()];
    const area = parseAreaRef(defined.ref);
    if (!type || !area || !workbook.sheet(area.sheet)) continue;
    areas.push({ name: defined.name, type, sheet: workbook.sheet(area.sheet)!.name, box: area.box, n: Number(m[2]) });
  }
  return areas.sort((a, b) => a.type.localeCompare(b.type) || a.n - b.n).map(({ n: _n, ...area }) => area);
}
