/**
 * Goals matrices of a POA often carry the whole budget structure in one cell per product
 * ("11-00-000-001"), in a column headed "Estructura programática" or "Código" left of the names.
 * Recognition does not type that column; the rules that need it find it here.
 */
import { parseRange, type SheetView } from '../../../core';
import type { GoalsMatrix } from '../../../domain/matrix';
import { normalize } from '../../../domain/text';

/** A header naming a column of combined codes. */
const CODE_HEADER = /^(estructura programatica|categoria programatica|red programatica|codigo( programatico)?|cod\.?)$/;

/** The column of combined codes of a goals matrix, when its header rows name one. */
export function combinedCodeColumn(sheet: SheetView | undefined, goals: GoalsMatrix): number | undefined {
  const area = parseRange(goals.range);
  if (!sheet || !area) return undefined;
  for (let row = goals.headerTop; row <= goals.headerBottom; row++) {
    for (const cell of sheet.row(row)) {
      if (!cell || cell.col > area.right || typeof cell.value !== 'string') continue;
      if (CODE_HEADER.test(normalize(cell.value))) return cell.col;
    }
  }
  return undefined;
}
