/**
 * §9.5 Productos, subproductos y metas multianuales: Producto/Subproducto | Unidad | per year
 * (Meta física, Meta financiera) | Total row. Years may carry both sub-columns, one of them
 * (a matrix without financial columns), or a single unnamed column (taken as the physical goal).
 */
import type { GoalsMatrix, NumberCell } from '../matrix';
import { bodyRows, isSubtotalLabel, numberAt, textAt, totalLabelIn } from './body';
import type { Grid } from './grid';
import { firstColumn, type HeaderBlock } from './header';
import { assignLevels, readItemName, type ItemName } from './items';
import { areaOf, groupByYear, missingColumns, nameAreaFrom, range, type ParseContext } from './shared';

export function parseGoals(grid: Grid, block: HeaderBlock, context: ParseContext): GoalsMatrix | undefined {
  const productCol = firstColumn(block, 'product', 'subproduct');
  if (productCol === undefined) return undefined;
  const unitCol = firstColumn(block, 'unit');
  const years = groupByYear(block.columns).map((group) => {
    const physical = group.find((c) => c.path.includes('physical'));
    const financial = group.find((c) => c.path.includes('financial'));
    const single = !physical && !financial && group.length === 1 ? group[0] : undefined;
    return {
      year: group[0].year!,
      headerCol: group[0].yearCol ?? group[0].col,
      physicalCol: physical?.col ?? single?.col,
      financialCol: financial?.col,
    };
  });
  if (years.length === 0) return undefined;
  const area = nameAreaFrom(block, productCol);
  const dataCols = years.flatMap((y) => [y.physicalCol, y.financialCol]).filter((c): c is number => c !== undefined);
  // "Total" may sit in any label column left of the goals (name, unit, a code column).
  const labelCols = range(block.left, dataCols.length > 0 ? Math.min(...dataCols) - 1 : block.right);
  // Asked twice per row (by bodyRows, then below): remember the answer.
  const totalRows = new Map<number, boolean>();
  const isTotal = (row: number) => {
    let total = totalRows.get(row);
    if (total === undefined) totalRows.set(row, (total = totalLabelIn(grid, row, labelCols)));
    return total;
  };
  const rows = bodyRows(grid, block, {
    limit: context.limit,
    isTotal,
    looksLikeData: (row) =>
      dataCols.some((col) => typeof grid.value(row, col) === 'number') ||
      readItemName(grid, row, area)?.prefix !== undefined,
  });
  const read = (row: number) => ({
    physical: years.map((y) => numberAt(grid, row, y.physicalCol)),
    financial: years.map((y) => numberAt(grid, row, y.financialCol)),
  });
  let total: GoalsMatrix['total'];
  const names: (ItemName & {
    extra: {
      unit?: ReturnType<typeof textAt>;
      physical: (NumberCell | undefined)[];
      financial: (NumberCell | undefined)[];
    };
  })[] = [];
  for (const row of rows) {
    if (isTotal(row)) {
      total = { row, ...read(row) };
      continue;
    }
    const name = readItemName(grid, row, area);
    if (!name || isSubtotalLabel(name.name.value)) continue;
    // Built in place, without spreads: this runs once per row of matrices with 100 000 rows.
    const extra: (typeof names)[number]['extra'] = read(row);
    const unit = textAt(grid, row, unitCol);
    if (unit) extra.unit = unit;
    names.push(Object.assign(name, { extra }));
  }
  if (names.length === 0 && !context.generated) return undefined;
  const items = assignLevels(names);
  return {
    type: 'goals',
    sheet: grid.name,
    range: areaOf(block, rows, context.limit),
    headerTop: block.top,
    headerBottom: block.bottom,
    generated: context.generated,
    ...missingColumns([
      [unitCol, 'Unidad de medida'],
      [years.some((y) => y.physicalCol !== undefined), 'Meta física'],
      [years.some((y) => y.financialCol !== undefined), 'Meta financiera'],
    ]),
    years,
    items,
    total,
    unitCol,
  };
}
