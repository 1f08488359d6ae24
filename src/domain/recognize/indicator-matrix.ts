/**
 * §9.1 end, Ficha de indicadores de productos a nivel multianual: Productos | Unidad |
 * Indicador | Línea de base (Año, Datos absolutos, Datos relativos) | per year (Datos
 * absolutos, Datos relativos) | Total meta multianual (absolutos, relativos). Headers are three
 * or four rows deep ("INDICADORES DE PRODUCTOS" over the years, "META" over each pair).
 */
import type { IndicatorMatrix } from '../matrix';
import { bodyRows, numberAt, textAt, totalLabelIn } from './body';
import type { Grid } from './grid';
import { firstColumn, type ColumnHeader, type HeaderBlock } from './header';
import { assignLevels, readItemName, type ItemName } from './items';
import { areaOf, groupByYear, missingColumns, nameAreaFrom, range, type ParseContext } from './shared';

type Extra = Omit<IndicatorMatrix['rows'][number], 'row' | 'level' | 'name' | 'key' | 'parent' | 'levelBy'>;

export function parseIndicatorMatrix(
  grid: Grid,
  block: HeaderBlock,
  context: ParseContext,
): IndicatorMatrix | undefined {
  const productCol = firstColumn(block, 'product', 'subproduct');
  if (productCol === undefined) return undefined;
  const unitCol = firstColumn(block, 'unit');
  const indicatorCol = firstColumn(block, 'indicator');
  const isBaseline = (c: ColumnHeader) => c.path.includes('baseline');
  const isTotal = (c: ColumnHeader) => c.path.includes('total') || c.span !== undefined;
  const baseline = block.columns.filter(isBaseline);
  const totals = block.columns.filter((c) => isTotal(c) && !isBaseline(c));
  const baselineYearCol =
    baseline.find((c) => c.path.includes('yearLabel'))?.col ??
    baseline.find((c) => !c.path.includes('absolute') && !c.path.includes('relative'))?.col;
  const years = groupByYear(block.columns.filter((c) => !isBaseline(c) && !isTotal(c))).map((group) => ({
    year: group[0].year!,
    headerCol: group[0].yearCol ?? group[0].col,
    absoluteCol: (group.find((c) => c.path.includes('absolute')) ?? group[0]).col,
    relativeCol: group.find((c) => c.path.includes('relative'))?.col,
  }));
  const area = nameAreaFrom(block, productCol);
  const labelCols = range(area.left, area.right);
  const dataCols = years.flatMap((y) => [y.absoluteCol, y.relativeCol ?? y.absoluteCol]);
  const rows = bodyRows(grid, block, {
    limit: context.limit,
    isTotal: (row) => totalLabelIn(grid, row, labelCols),
    looksLikeData: (row) => dataCols.some((col) => grid.isFilled(row, col)),
  });
  const pick = (cols: ColumnHeader[], concept: 'absolute' | 'relative') =>
    cols.find((c) => c.path.includes(concept))?.col;
  const names: (ItemName & { extra: Extra })[] = [];
  for (const row of rows) {
    const name = readItemName(grid, row, area);
    if (!name || totalLabelIn(grid, row, labelCols)) continue;
    const extra: Extra = {
      baseline: {
        year: numberAt(grid, row, baselineYearCol),
        absolute: numberAt(grid, row, pick(baseline, 'absolute')),
        relative: numberAt(grid, row, pick(baseline, 'relative')),
      },
      absolute: years.map((y) => numberAt(grid, row, y.absoluteCol)),
      relative: years.map((y) => numberAt(grid, row, y.relativeCol)),
    };
    const unit = textAt(grid, row, unitCol);
    if (unit) extra.unit = unit;
    const indicator = textAt(grid, row, indicatorCol);
    if (indicator) extra.indicator = indicator;
    if (totals.length > 0) {
      const absoluteCol = pick(totals, 'absolute') ?? totals[0].col;
      extra.total = {
        absolute: numberAt(grid, row, absoluteCol),
        relative: numberAt(grid, row, pick(totals, 'relative')),
      };
    }
    names.push({ ...name, extra });
  }
  if (names.length === 0 && !context.generated) return undefined;
  return {
    type: 'indicator-matrix',
    sheet: grid.name,
    range: areaOf(block, rows, context.limit),
    headerTop: block.top,
    headerBottom: block.bottom,
    generated: context.generated,
    ...missingColumns([
      [unitCol, 'Unidad de medida'],
      [indicatorCol, 'Nombre del indicador'],
      [baseline.length > 0, 'Línea de base'],
      [years.length === 0 || years.some((y) => y.relativeCol !== undefined), 'Datos relativos'],
      // A one-year (POA) matrix has no multiannual total.
      [totals.length > 0 || years.length < 2, 'Total meta multianual'],
    ]),
    years,
    rows: assignLevels(names),
  };
}
