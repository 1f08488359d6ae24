/**
 * Picking some matrices out of a full WorkbookSpec: their sheets, plus every sheet their formulas
 * or drop-downs refer to (the hidden lists, a matrix another one sums), so nothing turns #REF!.
 */
import type { MatrixType } from '../domain/matrix';
import { parseMatrixDefinedName, type WorkbookSpec } from '../templates/spec';

export function selectMatrices(spec: WorkbookSpec, types: readonly MatrixType[]): WorkbookSpec {
  const wanted = new Set(
    spec.definedNames
      .filter((n) => {
        const parsed = parseMatrixDefinedName(n.name);
        return parsed !== undefined && types.includes(parsed.type);
      })
      .map((n) => n.sheet),
  );
  const sheetOfName = new Map(spec.definedNames.map((n) => [n.name.toUpperCase(), n.sheet]));
  // Follow references until nothing new is added.
  for (let grew = true; grew;) {
    grew = false;
    for (const sheet of spec.sheets.filter((s) => wanted.has(s.name))) {
      const texts = [
        ...sheet.cells.map((c) => c.formula ?? ''),
        ...sheet.validations.map((v) => (v.type === 'list' ? (v.source ?? '') : '')),
      ];
      for (const other of spec.sheets) {
        if (wanted.has(other.name)) continue;
        const quoted = `'${other.name.replace(/'/g, "''")}'!`;
        const referenced = texts.some(
          (text) =>
            text.includes(quoted) ||
            text.includes(`${other.name}!`) ||
            [...sheetOfName].some(([name, target]) => target === other.name && text.toUpperCase().includes(name)),
        );
        if (referenced) {
          wanted.add(other.name);
          grew = true;
        }
      }
    }
  }
  return {
    ...spec,
    sheets: spec.sheets.filter((s) => wanted.has(s.name)),
    definedNames: spec.definedNames.filter((n) => wanted.has(n.sheet)),
  };
}
