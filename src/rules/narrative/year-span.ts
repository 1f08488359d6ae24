/**
 * A sentence that introduces a table ("El presupuesto … para los años 2025 al 2029, se presenta a
 * continuación:") must name the years the table has (2026-2030). Only ranges introduced as the
 * plan's years ("años", "período", "proyección", "plan operativo multianual") are read, so that a
 * sentence citing the PEI 2021-2030 or the PGG 2024-2028 is left alone.
 */
import { cellAddress, createRule, parseRange, type CellRef, type SheetView } from '../../core';
import type { Matrix } from '../../domain/matrix';
import { getRecognition } from '../../domain/recognize';
import { findYearSpans } from '../../domain/statement';
import { normalize, yearOf } from '../../domain/text';

/** Rows above a table's header where its introducing sentence may sit. */
const MAX_GAP = 6;
const INTRODUCER = /\b(anos?|periodo|ejercicios?|proyeccion|plan operativo multianual|pom|multianual)\b[^.;]{0,40}$/;

interface YearTable {
  matrix: Matrix;
  years: { year: number; headerCol: number }[];
  /** Header rows of the table and of its continuations (a budget split in two tables). */
  headerRows: [number, number][];
}

function yearTables(matrices: readonly Matrix[], sheet: string): YearTable[] {
  const tables: YearTable[] = [];
  for (const matrix of matrices) {
    if (matrix.sheet !== sheet) continue;
    if (matrix.type !== 'budget' && matrix.type !== 'goals' && matrix.type !== 'indicator-matrix') continue;
    if (matrix.years.length === 0) continue;
    const headerRows: [number, number][] = [[matrix.headerTop, matrix.headerBottom]];
    if (matrix.type === 'budget')
      for (const part of matrix.parts ?? []) headerRows.push([part.headerTop, part.headerBottom]);
    tables.push({ matrix, years: matrix.years, headerRows });
  }
  return tables.sort((a, b) => a.matrix.headerTop - b.matrix.headerTop);
}

function headerCell(
  sheet: SheetView,
  table: YearTable,
  year: { year: number; headerCol: number },
): CellRef | undefined {
  for (const [top, bottom] of table.headerRows) {
    for (let row = top; row <= bottom; row++) {
      const value = sheet.get(row, year.headerCol)?.value;
      if (yearOf(value) === year.year || (typeof value === 'string' && normalize(value).includes(String(year.year)))) {
        return { sheet: sheet.name, range: cellAddress(row, year.headerCol) };
      }
    }
  }
  return undefined;
}

export default createRule({
  meta: {
    id: 'narrative/year-span',
    kind: 'narrative-mismatch',
    severity: 'warning',
    description: 'Señala un texto junto a un cuadro que anuncia años distintos de los del cuadro.',
    descriptionEn: 'Flags a sentence next to a table that names other years than the table has.',
    title: 'Años del texto distintos de los del cuadro',
    titleEn: 'Text names other years than its table',
    messages: {
      span: 'El texto anuncia los años {{said}}, pero el cuadro presenta los años {{table}}.',
    },
    messagesEn: {
      span: 'The text announces the years {{said}}, but the table shows the years {{table}}.',
    },
  },
  create(context) {
    const { matrices } = getRecognition(context.workbook);
    for (const sheet of context.workbook.sheets) {
      const tables = yearTables(matrices, sheet.name);
      if (tables.length === 0) continue;
      const areas = matrices
        .filter((m) => m.sheet === sheet.name)
        .map((m) => parseRange(m.range))
        .filter((box) => box !== undefined);
      for (const cell of sheet.textCells) {
        if (cell.value.length < 12) continue;
        if (
          areas.some(
            (box) => cell.row >= box.top && cell.row <= box.bottom && cell.col >= box.left && cell.col <= box.right,
          )
        )
          continue;
        const table = tables.find((t) => t.matrix.headerTop > cell.row && t.matrix.headerTop - cell.row <= MAX_GAP);
        if (!table) continue;
        const tableYears = table.years.map((y) => y.year);
        const first = Math.min(...tableYears);
        const last = Math.max(...tableYears);
        for (const span of findYearSpans(cell.value)) {
          if (!INTRODUCER.test(normalize(cell.value.slice(0, span.start)))) continue;
          if (span.from.value === first && span.to.value === last) continue;
          const firstYear = table.years.find((y) => y.year === first);
          const lastYear = table.years.find((y) => y.year === last);
          const related = [firstYear, lastYear]
            .map((y) => (y ? headerCell(sheet, table, y) : undefined))
            .filter((ref): ref is CellRef => ref !== undefined);
          context.report({
            messageId: 'span',
            sheet: sheet.name,
            range: cellAddress(cell.row, cell.col),
            data: { said: `${span.from.value} a ${span.to.value}`, table: `${first} a ${last}` },
            expected: `${first}-${last}`,
            actual: `${span.from.value}-${span.to.value}`,
            valueType: 'text',
            related,
          });
          break;
        }
      }
    }
  },
});
