/**
 * A recognised matrix that lacks a column its format has (a goals matrix without "Meta
 * financiera", a programmatic matrix without "Proyecto"), a year that lacks one of the pair
 * the other years have, or a budget/goals matrix without a Total row. Other rules cannot check
 * what is not there, so the gap is said once, on the matrix's first header cell.
 */
import { cellAddress, createRule, parseRange } from '../../core';
import { MATRIX_TITLES, type Matrix } from '../../domain/matrix';
import { getRecognition } from '../../domain/recognize';

/** "A", "A y B", "A, B y C". */
function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} y ${names[names.length - 1]}`;
}

function firstHeaderCell(matrix: Matrix): string {
  const box = parseRange(matrix.range);
  return cellAddress(matrix.headerTop, box?.left ?? 0);
}

export default createRule({
  meta: {
    id: 'structure/incomplete-matrix',
    kind: 'structure',
    severity: 'warning',
    description: 'Señala matrices reconocidas a las que les falta una columna o la fila Total de su formato.',
    descriptionEn: 'Flags recognised matrices that lack a column or the Total row of their format.',
    title: 'Matriz incompleta',
    titleEn: 'Incomplete matrix',
    messages: {
      missingColumns:
        'La matriz «{{matrix}}» no tiene {{columns}}: sin esas columnas no se puede revisar lo que contienen. Agregue los encabezados del formato.',
      yearWithoutColumn:
        'El año {{year}} de la matriz «{{matrix}}» no tiene columna de {{column}}, aunque otros años sí la tienen.',
      missingTotal:
        'La matriz «{{matrix}}» no tiene fila Total: el total por año no se puede comparar con el presupuesto.',
    },
    messagesEn: {
      missingColumns:
        'Matrix "{{matrix}}" lacks {{columns}}: without those columns what they hold cannot be checked. Add the headers of the format.',
      yearWithoutColumn:
        'Year {{year}} of matrix "{{matrix}}" has no {{column}} column, although other years have one.',
      missingTotal: 'Matrix "{{matrix}}" has no Total row: its yearly totals cannot be compared with the budget.',
    },
  },
  create(context) {
    for (const matrix of getRecognition(context.workbook).matrices) {
      const title = MATRIX_TITLES[matrix.type].es;
      const at = { sheet: matrix.sheet, range: firstHeaderCell(matrix) };
      if (matrix.missingColumns?.length)
        context.report({
          ...at,
          messageId: 'missingColumns',
          data: { matrix: title, columns: list(matrix.missingColumns.map((c) => `«${c}»`)) },
        });
      if (matrix.type === 'goals') {
        for (const [key, column] of [
          ['physicalCol', 'Meta física'],
          ['financialCol', 'Meta financiera'],
        ] as const) {
          if (!matrix.years.some((y) => y[key] !== undefined)) continue; // already said as a missing column
          for (const year of matrix.years.filter((y) => y[key] === undefined))
            context.report({
              messageId: 'yearWithoutColumn',
              sheet: matrix.sheet,
              range: cellAddress(matrix.headerTop, year.headerCol),
              data: { year: year.year, matrix: title, column },
            });
        }
      }
      if ((matrix.type === 'goals' || matrix.type === 'budget') && !matrix.total && !matrix.generated)
        context.report({ ...at, messageId: 'missingTotal', severity: 'info', data: { matrix: title } });
    }
  },
});
