/**
 * §8 Proyección del presupuesto por programa: PRG | Descripción | one column per year | Total
 * row. The seed splits it in two tables (2026-2027, then 2028-2030) with the same programmes;
 * `mergeBudgetParts` joins such tables into one budget, keeping each part's area.
 */
import type { BudgetMatrix } from '../matrix';
import { normalize } from '../text';
import { bodyRows, isSubtotalLabel, isTotalLabel, numberAt, textAt, valueAt } from './body';
import type { Grid } from './grid';
import { firstColumn, type HeaderBlock } from './header';
import { areaOf, missingColumns, yearColumns, type ParseContext } from './shared';

export function parseBudget(grid: Grid, block: HeaderBlock, context: ParseContext): BudgetMatrix | undefined {
  const years = yearColumns(
    grid,
    block,
    block.columns.filter((c) => c.year !== undefined && c.span === undefined),
  );
  if (years.length === 0) return undefined;
  const firstYearCol = Math.min(...years.map((y) => y.col));
  let codeCol = firstColumn(block, 'prg');
  let descriptionCol = firstColumn(block, 'description');
  const missing = missingColumns([
    [codeCol, 'PRG (código de programa)'],
    [descriptionCol, 'Descripción'],
  ]);
  if (codeCol === undefined && descriptionCol === undefined) return undefined;
  if (descriptionCol === undefined && codeCol !== undefined && codeCol + 1 < firstYearCol) descriptionCol = codeCol + 1;
  if (codeCol === undefined && descriptionCol !== undefined && descriptionCol > block.left)
    codeCol = descriptionCol - 1;
  const labelCols = [codeCol, descriptionCol].filter((c): c is number => c !== undefined);
  const isTotal = (row: number) =>
    labelCols.some((col) => {
      const text = grid.rawText(row, col);
      return text !== undefined && isTotalLabel(text);
    });
  const rows = bodyRows(grid, block, {
    limit: context.limit,
    isTotal,
    looksLikeData: (row) =>
      years.some((y) => typeof grid.value(row, y.col) === 'number') ||
      (codeCol !== undefined && /^\d{1,3}$/.test(normalize(String(grid.value(row, codeCol) ?? '')))),
  });
  const matrix: BudgetMatrix = {
    type: 'budget',
    sheet: grid.name,
    range: '',
    headerTop: block.top,
    headerBottom: block.bottom,
    generated: context.generated,
    ...missing,
    years: years.map((y) => ({ year: y.year, headerCol: y.headerCol, col: y.col })),
    programmes: [],
  };
  for (const row of rows) {
    const amounts = years.map((y) => numberAt(grid, row, y.col)!);
    if (isTotal(row)) {
      matrix.total = { row, amounts };
      continue;
    }
    const label = labelCols.map((col) => grid.rawText(row, col) ?? '').join(' ');
    if (isSubtotalLabel(label.trim())) continue;
    const code = valueAt(grid, row, codeCol);
    const description = textAt(grid, row, descriptionCol);
    if (!code && !description) continue;
    matrix.programmes.push({
      row,
      code: code ?? { value: null, row, col: codeCol ?? block.left },
      description: description ?? { value: '', row, col: descriptionCol ?? block.left },
      amounts,
    });
  }
  if (matrix.programmes.length === 0 && !matrix.total && !context.generated) return undefined;
  matrix.range = areaOf(block, rows, context.limit);
  return matrix;
}

/**
 * Joins budget tables of one sheet that list the same programmes for different years (a table
 * continued under itself) into one budget. The first part gives the header rows and the row
 * numbers of programmes; `parts` keeps every table's own area.
 */
export function mergeBudgetParts(budgets: BudgetMatrix[]): BudgetMatrix[] {
  const result: BudgetMatrix[] = [];
  for (const budget of budgets) {
    const previous = result[result.length - 1];
    if (previous && canContinue(previous, budget)) {
      previous.parts ??= [
        { range: previous.range, headerTop: previous.headerTop, headerBottom: previous.headerBottom },
      ];
      previous.parts.push({ range: budget.range, headerTop: budget.headerTop, headerBottom: budget.headerBottom });
      previous.years.push(...budget.years);
      budget.programmes.forEach((programme, i) => previous.programmes[i].amounts.push(...programme.amounts));
      if (previous.total && budget.total) previous.total.amounts.push(...budget.total.amounts);
      continue;
    }
    result.push(budget);
  }
  return result;
}

function canContinue(first: BudgetMatrix, next: BudgetMatrix): boolean {
  if (first.sheet !== next.sheet || first.generated || next.generated) return false;
  if (first.programmes.length !== next.programmes.length || first.programmes.length === 0) return false;
  if (Boolean(first.total) !== Boolean(next.total)) return false;
  const lastYear = Math.max(...first.years.map((y) => y.year));
  if (Math.min(...next.years.map((y) => y.year)) <= lastYear) return false;
  return first.programmes.every(
    (p, i) =>
      programmeKey(p.code.value, p.description.value) ===
      programmeKey(next.programmes[i].code.value, next.programmes[i].description.value),
  );
}

function programmeKey(code: unknown, description: string): string {
  const digits = typeof code === 'number' ? String(code) : typeof code === 'string' ? code.trim() : '';
  return `${digits.replace(/^0+(?=\d)/, '')}|${normalize(description)}`;
}
