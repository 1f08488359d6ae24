/**
 * Result statements: "Para el año Y se ha incrementado … a N … (de B en el año Y0 a N' … en el
 * año Y')". N and N' are the same value and Y and Y' the same year, Y is the year of the column
 * the statement sits under, the baseline year comes before Y, and an increase goes up (a
 * reduction down). The same statement is often copied into several matrices (§3.1, §5, §9.2,
 * §9.4): when one copy contradicts itself, the copies that agree are given as related cells and
 * the value they agree on as the expected one.
 */
import { cellAddress, createRule, formatNumber, type CellRef, type WorkbookView } from '../../core';
import { getRecognition } from '../../domain/recognize';
import { parseResultStatement, type ParsedStatement } from '../../domain/statement';
import { normalize, yearOf } from '../../domain/text';

interface Found {
  sheet: string;
  row: number;
  col: number;
  /** The year of the column the statement sits under, when it sits in a matrix with year columns. */
  columnYear?: number;
  /** First header row of its matrix (where to stop looking for the year header). */
  headerTop: number;
  parsed: ParsedStatement;
}

/**
 * The statements of the recognised matrices, then any other cell that reads as a result statement
 * (a POA often writes its result as a lone sentence under a title, outside any table).
 */
function statementsOf(workbook: WorkbookView): Found[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  for (const matrix of getRecognition(workbook).matrices) {
    if (!('statements' in matrix)) continue;
    for (const statement of matrix.statements) {
      const { row, col } = statement.text;
      seen.add(`${matrix.sheet}!${row}:${col}`);
      const parsed = parseResultStatement(statement.text.value);
      if (!parsed) continue;
      found.push({
        sheet: matrix.sheet,
        row,
        col,
        columnYear: statement.columnYear,
        headerTop: matrix.headerTop,
        parsed,
      });
    }
  }
  for (const sheet of workbook.sheets) {
    for (const cell of sheet.textCells) {
      if (!/^\s*para\s+el\s+(a|\d)/i.test(cell.value)) continue;
      if (seen.has(`${sheet.name}!${cell.row}:${cell.col}`)) continue;
      const parsed = parseResultStatement(cell.value);
      if (parsed) found.push({ sheet: sheet.name, row: cell.row, col: cell.col, headerTop: cell.row, parsed });
    }
  }
  return found;
}

/** The year header above a statement ("Año 2030"), searched upwards in its column. */
function columnHeader(workbook: WorkbookView, found: Found): CellRef | undefined {
  if (found.columnYear === undefined) return undefined;
  const sheet = workbook.sheet(found.sheet);
  for (let row = found.row - 1; row >= Math.max(0, found.headerTop - 1); row--) {
    if (yearOf(sheet?.get(row, found.col)?.value) === found.columnYear) {
      return { sheet: found.sheet, range: cellAddress(row, found.col) };
    }
  }
  return undefined;
}

const subjectKey = (parsed: ParsedStatement): string => `${parsed.year.value}|${normalize(parsed.subject)}`;

/**
 * A cumulative increase ("se ha incrementado … a N acumulado") written year by year on one sheet
 * never goes down from one year to the next: the later statement is reported.
 */
function reportShrinkingCumulatives(
  all: readonly Found[],
  report: (finding: {
    messageId: 'cumulative';
    sheet: string;
    range: string;
    data: { year: number; target: string; previousYear: number; previous: string };
    expected: number;
    actual: number;
    valueType: 'percent' | 'quantity';
    related: CellRef[];
  }) => void,
): void {
  const series = new Map<string, Found[]>();
  for (const found of all) {
    if (!found.parsed.cumulative || found.parsed.direction !== 'increase') continue;
    const key = `${found.sheet}|${normalize(found.parsed.subject)}`;
    series.set(key, [...(series.get(key) ?? []), found]);
  }
  for (const list of series.values()) {
    const byYear = [...list].sort((a, b) => a.parsed.year.value - b.parsed.year.value);
    for (let i = 1; i < byYear.length; i++) {
      const previous = byYear[i - 1];
      const current = byYear[i];
      if (current.parsed.year.value === previous.parsed.year.value) continue;
      if (current.parsed.target.value >= previous.parsed.target.value) continue;
      report({
        messageId: 'cumulative',
        sheet: current.sheet,
        range: cellAddress(current.row, current.col),
        data: {
          year: current.parsed.year.value,
          target: current.parsed.target.text,
          previousYear: previous.parsed.year.value,
          previous: previous.parsed.target.text,
        },
        expected: previous.parsed.target.value,
        actual: current.parsed.target.value,
        valueType: current.parsed.targetUnit === '%' ? 'percent' : 'quantity',
        related: [{ sheet: previous.sheet, range: cellAddress(previous.row, previous.col) }],
      });
    }
  }
}

export default createRule({
  meta: {
    id: 'narrative/result-statement',
    kind: 'narrative-mismatch',
    severity: 'error',
    description:
      'Verifica que las cifras y los años de cada enunciado de resultado concuerden entre sí y con su columna.',
    descriptionEn:
      'Checks that the numbers and years inside each result statement agree with each other and with their column.',
    title: 'Cifras o años incoherentes en un resultado',
    titleEn: 'Inconsistent figures or years in a result',
    messages: {
      value:
        'El resultado dice «a {{target}}» y luego «a {{final}} … en el año {{year}}»: las dos cifras deben ser iguales ({{expected}}).',
      finalYear:
        'El resultado es para el año {{year}} pero termina «en el año {{finalYear}}»: el año final debe ser {{year}}.',
      columnYear: 'El resultado dice «Para el año {{year}}» pero está en la columna del año {{columnYear}}.',
      baselineYear:
        'El año de la línea base del resultado ({{baselineYear}}) no es anterior al año de la meta ({{year}}).',
      direction: 'El resultado dice «{{verb}}» pero va de {{baseline}} a {{target}}.',
      cumulative:
        'El resultado acumulado de {{year}} ({{target}}) es menor que el de {{previousYear}} ({{previous}}): un acumulado que se incrementa no disminuye.',
    },
    messagesEn: {
      value:
        'The result first gives {{target}} and then {{final}} for the year {{year}}: both figures must be equal ({{expected}}).',
      finalYear:
        'The result is for the year {{year}} but ends with the year {{finalYear}}: the final year must be {{year}}.',
      columnYear: 'The result says it is for the year {{year}} but sits in the column for {{columnYear}}.',
      baselineYear: 'The baseline year of the result ({{baselineYear}}) is not before the target year ({{year}}).',
      direction: 'The result says "{{verb}}" but goes from {{baseline}} to {{target}}.',
      cumulative:
        'The cumulative result for {{year}} ({{target}}) is lower than the one for {{previousYear}} ({{previous}}): an increasing cumulative figure cannot go down.',
    },
  },
  create(context) {
    const all = statementsOf(context.workbook);
    // Copies of one result (same year and subject) whose two values agree: the reference for the others.
    const agreeing = new Map<string, Found[]>();
    for (const found of all) {
      const { parsed } = found;
      if (parsed.final && parsed.final.value.value === parsed.target.value) {
        const list = agreeing.get(subjectKey(parsed)) ?? [];
        list.push(found);
        agreeing.set(subjectKey(parsed), list);
      }
    }

    reportShrinkingCumulatives(all, context.report);

    for (const found of all) {
      const { parsed, sheet, columnYear } = found;
      const range = cellAddress(found.row, found.col);
      const header = columnHeader(context.workbook, found);
      const year = parsed.year.value;

      if (parsed.final && parsed.final.value.value !== parsed.target.value) {
        const copies = (agreeing.get(subjectKey(parsed)) ?? []).filter((c) => c !== found);
        const expected = copies.length > 0 ? copies[0].parsed.target.value : parsed.target.value;
        context.report({
          messageId: 'value',
          sheet,
          range,
          data: {
            target: parsed.target.text,
            final: parsed.final.value.text,
            year: parsed.final.year.value,
            expected: formatNumber(expected),
          },
          expected,
          actual: expected === parsed.target.value ? parsed.final.value.value : parsed.target.value,
          valueType: parsed.targetUnit === '%' ? 'percent' : 'quantity',
          related: copies.map((c) => ({ sheet: c.sheet, range: cellAddress(c.row, c.col) })),
        });
      }
      if (parsed.final && parsed.final.year.value !== year) {
        context.report({
          messageId: 'finalYear',
          sheet,
          range,
          data: { year, finalYear: parsed.final.year.value },
          expected: year,
          actual: parsed.final.year.value,
          valueType: 'year',
          ...(header ? { related: [header] } : {}),
        });
      }
      if (columnYear !== undefined && columnYear !== year) {
        context.report({
          messageId: 'columnYear',
          sheet,
          range,
          data: { year, columnYear },
          expected: columnYear,
          actual: year,
          valueType: 'year',
          ...(header ? { related: [header] } : {}),
        });
      }
      if (parsed.baseline && parsed.baseline.year.value >= year) {
        context.report({
          messageId: 'baselineYear',
          sheet,
          range,
          data: { baselineYear: parsed.baseline.year.value, year },
          actual: parsed.baseline.year.value,
          valueType: 'year',
        });
      }
      if (parsed.baseline) {
        const from = parsed.baseline.value.value;
        const to = parsed.target.value;
        const wrongWay = parsed.direction === 'increase' ? to < from : to > from;
        if (wrongWay) {
          context.report({
            messageId: 'direction',
            sheet,
            range,
            data: { verb: parsed.verb, baseline: parsed.baseline.value.text, target: parsed.target.text },
          });
        }
      }
    }
  },
});
