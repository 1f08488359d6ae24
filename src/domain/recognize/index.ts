/**
 * Matrix recognition: finds the planning matrices of DOMAIN.md in any workbook, by their
 * headers and content (or, for Planifica's own sheets, by their metadata). Computed once per
 * validation through the view's memo, so every domain rule shares one recognition.
 *
 * How: Planifica's defined names first (exact areas); then, sheet by sheet, the indicator
 * fichas (by their labels) and the tables (one pass over short text cells for header words,
 * a header block around each cluster of them, its type from the concepts it names, and the
 * type's parser for the body). Areas already recognised are not looked at twice. Last, budget
 * tables continued under each other are joined, and unmarked product levels are settled by
 * the products the other matrices name.
 */
import { boxContains, parseRange, type RangeBox, type WorkbookView } from '../../core';
import type { Matrix, MatrixOf, MatrixType, Recognition } from '../matrix';
import { mergeBudgetParts, parseBudget } from './budget';
import { findFichas } from './ficha';
import { generatedAreas, type GeneratedArea } from './generated';
import { parseGoals } from './goals';
import { gridsOf, type Grid } from './grid';
import {
  anchorClusters,
  buildBlock,
  classifyBlock,
  conceptAt,
  scanAnchors,
  type HeaderBlock,
  type HeaderCell,
  type TableMatrixType,
} from './header';
import { applyMembership } from './items';
import { parseIndicatorMatrix } from './indicator-matrix';
import { parsePolicy } from './policy';
import { parseProgrammatic } from './programmatic';
import { parseCoverage, parsePgg, parseResults } from './results';
import type { ParseContext } from './shared';

/** Reads one matrix of a known type whose header block has been found. */
export type MatrixParser = (grid: Grid, block: HeaderBlock, context: ParseContext) => Matrix | undefined;

/** The registry: one parser per table-shaped matrix type (fichas are found by their labels). */
const parsers: Record<TableMatrixType, MatrixParser> = {
  budget: parseBudget,
  coverage: parseCoverage,
  goals: parseGoals,
  'indicator-matrix': parseIndicatorMatrix,
  pgg: parsePgg,
  policy: parsePolicy,
  programmatic: parseProgrammatic,
  results: parseResults,
};

/** Areas already recognised, per sheet. */
class Claims {
  private readonly boxes = new Map<string, RangeBox[]>();

  add(sheet: string, box: RangeBox): void {
    const list = this.boxes.get(sheet);
    if (list) list.push(box);
    else this.boxes.set(sheet, [box]);
  }

  has(sheet: string, row: number, col: number): boolean {
    return (this.boxes.get(sheet) ?? []).some((box) => boxContains(box, row, col));
  }
}

function claimMatrix(claims: Claims, matrix: Matrix): void {
  const box = parseRange(matrix.range);
  if (box) claims.add(matrix.sheet, box);
  if (matrix.type === 'budget')
    for (const part of matrix.parts ?? []) claims.add(matrix.sheet, parseRange(part.range)!);
}

/** Parses a generated area with its declared type, reading its headers from its first rows. */
function parseGenerated(grid: Grid, area: GeneratedArea): Matrix[] {
  const context: ParseContext = { generated: true, limit: area.box };
  if (area.type === 'indicator-sheet') return findFichas(grid, () => false, area.box);
  const parser = parsers[area.type];
  for (let row = area.box.top; row <= Math.min(area.box.bottom, area.box.top + 3); row++) {
    const cells: HeaderCell[] = [];
    for (let col = area.box.left; col <= area.box.right; col++) {
      const concept = grid.isFilled(row, col) ? conceptAt(grid, row, col) : undefined;
      if (concept) cells.push({ row, col, concept });
    }
    if (cells.length === 0) continue;
    const matrix = parser(grid, buildBlock(grid, cells, area.box), context);
    return matrix ? [matrix] : [];
  }
  return [];
}

function recognizeSheet(grid: Grid, claims: Claims): Matrix[] {
  const found: Matrix[] = [];
  for (const ficha of findFichas(grid, (row, col) => claims.has(grid.name, row, col))) {
    found.push(ficha);
    claimMatrix(claims, ficha);
  }
  for (const cluster of anchorClusters(grid, scanAnchors(grid))) {
    if (cluster.some((cell) => claims.has(grid.name, cell.row, cell.col))) continue;
    const block = buildBlock(grid, cluster);
    const type = classifyBlock(block);
    if (!type) continue;
    // Codes and yearly goals in one table (PRG | SPRG | PROY | ACT | Producto | Unidad | Meta física
    // 2027 …) are both the red programática and the goals matrix: each is checked as what it is.
    const types: TableMatrixType[] = type === 'programmatic' && hasYearlyGoals(block) ? [type, 'goals'] : [type];
    for (const matrix of types.map((t) => parsers[t](grid, block, { generated: false }))) {
      if (!matrix) continue;
      found.push(matrix);
      claimMatrix(claims, matrix);
    }
  }
  return found;
}

/** Physical or financial goals under years: what a red programática never has. */
function hasYearlyGoals(block: HeaderBlock): boolean {
  return (
    (block.concepts.has('physical') || block.concepts.has('financial')) &&
    block.columns.some((c) => c.year !== undefined)
  );
}

function recognize(workbook: WorkbookView): Recognition {
  const grids = gridsOf(workbook);
  const claims = new Claims();
  let matrices: Matrix[] = [];
  for (const area of generatedAreas(workbook)) {
    const grid = grids.find((g) => g.name === area.sheet);
    if (!grid) continue;
    for (const matrix of parseGenerated(grid, area)) {
      matrices.push(matrix);
      claims.add(area.sheet, area.box);
    }
  }
  for (const grid of grids) matrices.push(...recognizeSheet(grid, claims));
  matrices = joinBudgets(matrices, workbook);
  settleLevels(matrices);
  const years = [
    ...new Set(matrices.flatMap((m) => ('years' in m && Array.isArray(m.years) ? m.years.map((y) => y.year) : []))),
  ].sort((a, b) => a - b);
  return { matrices, years };
}

/** Sheet order, then top to bottom, then left to right. */
function sortMatrices(matrices: Matrix[], workbook: WorkbookView): Matrix[] {
  const index = (m: Matrix) => workbook.sheet(m.sheet)?.index ?? 0;
  const left = (m: Matrix) => parseRange(m.range)?.left ?? 0;
  return [...matrices].sort((a, b) => index(a) - index(b) || a.headerTop - b.headerTop || left(a) - left(b));
}

function joinBudgets(matrices: Matrix[], workbook: WorkbookView): Matrix[] {
  const sorted = sortMatrices(matrices, workbook);
  const budgets = mergeBudgetParts(sorted.filter((m): m is MatrixOf<'budget'> => m.type === 'budget'));
  return sortMatrices([...sorted.filter((m) => m.type !== 'budget'), ...budgets], workbook);
}

/** Unmarked levels follow the products that other matrices mark as products. */
function settleLevels(matrices: Matrix[]): void {
  const productKeys = new Set<string>();
  for (const m of matrices) {
    if (m.type === 'indicator-matrix') for (const row of m.rows) productKeys.add(row.key);
    if ('items' in m)
      for (const item of m.items) if (item.level === 'product' && item.levelBy !== 'default') productKeys.add(item.key);
  }
  for (const m of matrices) if ('items' in m) applyMembership(m.items, productKeys);
}

export function getRecognition(workbook: WorkbookView): Recognition {
  return workbook.memo('domain/recognition', recognize);
}

export function matricesOf<T extends MatrixType>(workbook: WorkbookView, type: T): MatrixOf<T>[] {
  return getRecognition(workbook).matrices.filter((m): m is MatrixOf<T> => m.type === type);
}

/** One Spanish line per recognised matrix, for the command line and the task pane. */
export { describeMatrix } from './describe';
