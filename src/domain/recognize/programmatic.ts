/**
 * §9.3 Vinculación de productos y subproductos con red de categorías programáticas:
 * Producto/Subproducto | Unidad | Descripción de la actividad | Programa | Subprograma |
 * Proyecto | Actividad. Codes are read as typed ("01" text or 1 number); an empty segment is
 * left undefined so a rule can point at its cell through `codeColumns`.
 */
import type { ProgrammaticMatrix } from '../matrix';
import { bodyRows, isSubtotalLabel, textAt, totalLabelIn, valueAt } from './body';
import type { Grid } from './grid';
import { firstColumn, type HeaderBlock } from './header';
import { assignLevels, readItemName, type ItemName } from './items';
import { areaOf, missingColumns, nameAreaFrom, range, type ParseContext } from './shared';

type Extra = Omit<ProgrammaticMatrix['items'][number], 'row' | 'level' | 'name' | 'key' | 'parent' | 'levelBy'>;

export function parseProgrammatic(
  grid: Grid,
  block: HeaderBlock,
  context: ParseContext,
): ProgrammaticMatrix | undefined {
  const productCol = firstColumn(block, 'product', 'subproduct');
  const programa = firstColumn(block, 'prg');
  const subprograma = firstColumn(block, 'subprograma');
  const proyecto = firstColumn(block, 'proyecto');
  const actividad = firstColumn(block, 'actividad');
  if (productCol === undefined || subprograma === undefined) return undefined;
  const codeColumns = {
    programa: programa ?? subprograma - 1,
    subprograma,
    proyecto: proyecto ?? subprograma + 1,
    actividad: actividad ?? (proyecto ?? subprograma + 1) + 1,
  };
  // A segment whose header is missing gets the column next to its neighbour; when that column
  // is another segment's, the missing segment has no cells of its own to read.
  const found = { programa, subprograma, proyecto, actividad };
  const guessedOverFound = new Set(
    (Object.keys(codeColumns) as (keyof typeof codeColumns)[]).filter(
      (segment) =>
        found[segment] === undefined &&
        Object.entries(found).some(([other, col]) => other !== segment && col === codeColumns[segment]),
    ),
  );
  const unitCol = firstColumn(block, 'unit');
  const activityCol = firstColumn(block, 'activityDescription', 'description');
  const area = nameAreaFrom(block, productCol);
  const codeCols = Object.values(codeColumns);
  const labelCols = range(area.left, area.right);
  const rows = bodyRows(grid, block, {
    limit: context.limit,
    isTotal: (row) => totalLabelIn(grid, row, labelCols),
    looksLikeData: (row) =>
      codeCols.some((col) => grid.isFilled(row, col)) || readItemName(grid, row, area)?.prefix !== undefined,
  });
  const names: (ItemName & { extra: Extra })[] = [];
  for (const row of rows) {
    const name = readItemName(grid, row, area);
    if (!name || isSubtotalLabel(name.name.value) || totalLabelIn(grid, row, labelCols)) continue;
    const extra: Extra = {};
    const unit = textAt(grid, row, unitCol);
    if (unit) extra.unit = unit;
    const activity = textAt(grid, row, activityCol);
    if (activity) extra.activity = activity;
    for (const segment of ['programa', 'subprograma', 'proyecto', 'actividad'] as const) {
      if (guessedOverFound.has(segment)) continue;
      const value = valueAt(grid, row, codeColumns[segment]);
      if (value) extra[segment] = value;
    }
    names.push({ ...name, extra });
  }
  if (names.length === 0 && !context.generated) return undefined;
  return {
    type: 'programmatic',
    sheet: grid.name,
    range: areaOf(block, rows, context.limit),
    headerTop: block.top,
    headerBottom: block.bottom,
    generated: context.generated,
    ...missingColumns([
      [unitCol, 'Unidad de medida'],
      [programa, 'Programa'],
      [proyecto, 'Proyecto'],
      [actividad, 'Actividad'],
    ]),
    items: assignLevels(names),
    codeColumns,
  };
}
