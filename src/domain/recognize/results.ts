/**
 * The matrices that pair result statements with products: §5/§9.2 Resultados (statements per
 * year, or a "Resultado institucional" column beside the products), §9.4 Cobertura (plus the
 * 1/0 contribution flag and the departments and municipalities covered) and §3.1 Vinculación a
 * la PGG (plus the strategic axis and objective). Statements are long sentences ("Para el año
 * 2026 se ha incrementado …"); short labels such as "Descripción de Resultado" are not.
 */
import type { CoverageMatrix, ItemRow, PggMatrix, ResultStatement, ResultsMatrix } from '../matrix';
import { normalize } from '../text';
import { bodyRows, textAt, totalLabelIn, valueAt } from './body';
import type { Grid } from './grid';
import { conceptAt, firstColumn, type HeaderBlock } from './header';
import { assignLevels, readItemName, type ItemName, type NameArea } from './items';
import { areaOf, missingColumns, nameAreaFrom, range, type ParseContext } from './shared';

const MIN_STATEMENT_LENGTH = 30;

/** Whether a cell's text reads as a result statement rather than a label. */
export function isStatement(text: string): boolean {
  const folded = normalize(text);
  return /^para (el|los) ano/.test(folded) || (folded.length >= MIN_STATEMENT_LENGTH && /\s/.test(folded));
}

/** The statements in the given columns of the body rows, with the year of their column's header. */
function statementsIn(grid: Grid, block: HeaderBlock, rows: number[], cols: number[]): ResultStatement[] {
  const statements: ResultStatement[] = [];
  for (const row of rows)
    for (const col of cols) {
      const text = textAt(grid, row, col);
      if (!text || !isStatement(text.value) || conceptAt(grid, row, col)) continue;
      const year = block.columns.find((c) => c.col === col)?.year;
      statements.push(year === undefined ? { text } : { columnYear: year, text });
    }
  return statements;
}

interface ItemTable {
  area?: NameArea;
  rows: number[];
  statementCols: number[];
}

/** Body rows and statement columns of a matrix whose products sit in a name area. */
function readTable(grid: Grid, block: HeaderBlock, context: ParseContext, dataCols: number[]): ItemTable {
  const productCol = firstColumn(block, 'product', 'subproduct');
  const area = productCol === undefined ? undefined : nameAreaFrom(block, productCol);
  const statementCols = block.columns
    .filter((c) => c.path.includes('result') || c.path.includes('resultDescription') || c.path.includes('year'))
    .map((c) => c.col)
    .filter((col) => !area || col < area.left || col > area.right);
  const rows = bodyRows(grid, block, {
    limit: context.limit,
    isTotal: area ? (row) => totalLabelIn(grid, row, range(area.left, area.right)) : undefined,
    looksLikeData: (row) =>
      (area !== undefined && readItemName(grid, row, area)?.prefix !== undefined) ||
      dataCols.some((col) => grid.isFilled(row, col)) ||
      statementCols.some((col) => isLongSentence(grid.rawText(row, col) ?? '')),
  });
  return { area, rows, statementCols };
}

function items<T extends object>(grid: Grid, table: ItemTable, extra: (row: number) => T): (ItemRow & T)[] {
  if (!table.area) return [];
  const names: (ItemName & { extra: T })[] = [];
  for (const row of table.rows) {
    const name = readItemName(grid, row, table.area);
    if (!name || totalLabelIn(grid, row, range(table.area.left, table.area.right))) continue;
    // A statement that spills into the name area is not a product.
    if (name.prefix === undefined && isLongSentence(name.name.value)) continue;
    names.push({ ...name, extra: extra(row) });
  }
  return assignLevels(names);
}

function isLongSentence(text: string): boolean {
  return /^para (el|los) ano/.test(normalize(text));
}

/** "Para el año 2026 …" or "… se ha incrementado / reducido …": a result as SEGEPLAN words it. */
function isResultSentence(text: string): boolean {
  return (
    isLongSentence(text) ||
    /\bse ha (incrementado|reducido|disminuido|mantenido|mejorado|aumentado)\b/.test(normalize(text))
  );
}

function base(grid: Grid, block: HeaderBlock, context: ParseContext, rows: number[]) {
  return {
    sheet: grid.name,
    range: areaOf(block, rows, context.limit),
    headerTop: block.top,
    headerBottom: block.bottom,
    generated: context.generated,
  };
}

export function parseResults(grid: Grid, block: HeaderBlock, context: ParseContext): ResultsMatrix | undefined {
  const table = readTable(grid, block, context, []);
  let statements = statementsIn(grid, block, table.rows, table.statementCols);
  // A lone "Año 2026" over text could be anything: keep only sentences that read as results.
  if (!table.area && block.columns.filter((c) => c.year !== undefined).length < 2)
    statements = statements.filter((s) => isResultSentence(s.text.value));
  const found = items(grid, table, () => ({}));
  if (statements.length === 0 && found.length === 0 && !context.generated) return undefined;
  return { type: 'results', ...base(grid, block, context, table.rows), statements, items: found };
}

export function parseCoverage(grid: Grid, block: HeaderBlock, context: ParseContext): CoverageMatrix | undefined {
  const contributionCol = firstColumn(block, 'contribution');
  const departmentsCol = firstColumn(block, 'departments', 'coverage');
  const municipalitiesCol = firstColumn(block, 'municipalities');
  const dataCols = [contributionCol, departmentsCol, municipalitiesCol].filter((c): c is number => c !== undefined);
  const table = readTable(grid, block, context, dataCols);
  const found = items(grid, table, (row) => {
    const extra: Pick<CoverageMatrix['items'][number], 'contribution' | 'departments' | 'municipalities'> = {};
    const contribution = valueAt(grid, row, contributionCol);
    if (contribution) extra.contribution = contribution;
    const departments = textAt(grid, row, departmentsCol);
    if (departments) extra.departments = departments;
    const municipalities = textAt(grid, row, municipalitiesCol);
    if (municipalities) extra.municipalities = municipalities;
    return extra;
  });
  if (found.length === 0 && !context.generated) return undefined;
  const statements = statementsIn(grid, block, table.rows, table.statementCols);
  return {
    type: 'coverage',
    ...base(grid, block, context, table.rows),
    ...missingColumns([
      [firstColumn(block, 'departments'), 'Cobertura de departamentos'],
      [municipalitiesCol, 'Cobertura de municipios'],
    ]),
    statements,
    items: found,
  };
}

export function parsePgg(grid: Grid, block: HeaderBlock, context: ParseContext): PggMatrix | undefined {
  const contributionCol = firstColumn(block, 'contribution');
  const axisCol = firstColumn(block, 'axis');
  const table = readTable(grid, block, context, contributionCol === undefined ? [] : [contributionCol]);
  const found = items(grid, table, (row) => {
    const contribution = valueAt(grid, row, contributionCol);
    return contribution ? { contribution } : {};
  });
  if (found.length === 0 && !context.generated) return undefined;
  const statements = statementsIn(grid, block, table.rows, table.statementCols);
  const matrix: PggMatrix = {
    type: 'pgg',
    ...base(grid, block, context, table.rows),
    ...missingColumns([[table.statementCols.length > 0, 'Resultado institucional']]),
    statements,
    items: found,
  };
  for (const row of table.rows) {
    const axis = textAt(grid, row, axisCol);
    if (axis && !conceptAt(grid, row, axisCol!)) {
      matrix.axis = axis;
      break;
    }
  }
  return matrix;
}
