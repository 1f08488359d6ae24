/**
 * §9.1 Ficha técnica para definición de indicadores (MINFIN DTP): the fields a ficha must fill.
 * The fields that define the indicator (code and name, category, objective, description, formula,
 * frequency, trend, baseline) are required outright; the means of verification (data source,
 * responsible unit, methodology) must be filled when the ficha has their labels.
 * "Producción asociada" applies only to RESULTADO indicators; Política pública, Pertinencia,
 * Interpretación, Explicación de la tendencia, Cómo se va a lograr la meta and Notas técnicas are
 * not required. A missing value is reported where it should be typed (right of its label); the
 * baseline value right of its "Valor:" label, with the baseline year as related cell.
 */
import { cellAddress, createRule, isErrorValue, type CellValue, type SheetView } from '../../core';
import type { FichaField, IndicatorSheet, Located } from '../../domain/matrix';
import { matricesOf } from '../../domain/recognize';
import { normalize } from '../../domain/text';

const REQUIRED: readonly FichaField[] = [
  'codeAndName',
  'category',
  'objective',
  'description',
  'formula',
  'frequency',
  'dataSource',
  'responsibleUnit',
  'methodology',
];

/** Fields without which the indicator is not defined: reported even when their label is absent. */
const IDENTITY = new Set<FichaField>(['codeAndName', 'category', 'objective', 'description', 'formula', 'frequency']);

const FIELD_NAMES: Record<FichaField, string> = {
  codeAndName: 'Código y nombre del indicador',
  category: 'Categoría del indicador',
  objective: 'Objetivo asociado',
  policy: 'Política pública asociada',
  description: 'Descripción del indicador',
  relevance: 'Pertinencia',
  interpretation: 'Interpretación',
  formula: 'Fórmula de cálculo',
  frequency: 'Frecuencia de medición',
  trendExplanation: 'Explicación de la tendencia',
  howToAchieve: 'Cómo se va a lograr la meta',
  dataSource: 'Procedencia de los datos',
  responsibleUnit: 'Unidad responsable',
  methodology: 'Metodología de recopilación',
  associatedProduction: 'Producción asociada',
  technicalNotes: 'Notas técnicas',
};

function isBlank(value: CellValue | undefined): boolean {
  return (
    value === undefined || value === null || isErrorValue(value) || (typeof value === 'string' && value.trim() === '')
  );
}

/** "Valor:", "Año:": a label taken for a value is no value. */
function isLabelText(value: CellValue | undefined): boolean {
  return typeof value === 'string' && /^[^\d]*:\s*$/.test(value.trim());
}

function fichaName(ficha: IndicatorSheet): string {
  return ficha.name?.value ?? ficha.code?.value ?? `ficha en ${ficha.range}`;
}

/**
 * Where a baseline part belongs: right of its "Valor:" / "Año:" label on the baseline row, when
 * the ficha writes one; else right of the baseline label.
 */
function baselineCell(
  sheet: SheetView | undefined,
  ficha: IndicatorSheet,
  part: RegExp,
): { row: number; col: number } | undefined {
  const anchor = ficha.baseline.label ?? ficha.baseline.year ?? ficha.baseline.value;
  if (!anchor) return undefined;
  for (const cell of sheet?.row(anchor.row) ?? []) {
    if (cell && cell.col >= anchor.col && typeof cell.value === 'string' && part.test(normalize(cell.value))) {
      return { row: anchor.row, col: cell.col + 1 };
    }
  }
  return { row: anchor.row, col: anchor.col + 1 };
}

export default createRule({
  meta: {
    id: 'form/ficha-required-fields',
    kind: 'missing-field',
    severity: 'error',
    description: 'Verifica que cada ficha técnica de indicador tenga llenos sus campos obligatorios.',
    descriptionEn: 'Checks that each indicator sheet fills in its required fields.',
    title: 'Campo obligatorio vacío en la ficha técnica',
    titleEn: 'Required field empty in an indicator sheet',
    messages: {
      field: 'La ficha «{{ficha}}» no tiene {{field}}.',
      code: 'El indicador «{{ficha}}» no tiene código (por ejemplo «1.» antes del nombre).',
      trend: 'La ficha «{{ficha}}» no tiene los años y valores de la tendencia y meta del indicador.',
      trendValue: 'La ficha «{{ficha}}» no tiene valor para el año {{year}} en la tendencia y meta del indicador.',
      baselineYear: 'La línea base de «{{ficha}}» no tiene año.',
      baselineValue: 'La línea base de «{{ficha}}» tiene año ({{year}}) pero no valor.',
      baselineNoValue: 'La línea base de «{{ficha}}» no tiene valor.',
      baseline: 'La ficha «{{ficha}}» no tiene línea base (año y valor).',
      empty: 'La ficha técnica en {{range}} está vacía: llene el código y nombre del indicador y los demás campos.',
    },
    messagesEn: {
      field: 'Indicator sheet "{{ficha}}" leaves the field "{{field}}" empty.',
      code: 'Indicator "{{ficha}}" has no code (for example "1." before the name).',
      trend: 'Indicator sheet "{{ficha}}" lacks the years and values of the indicator trend and target.',
      trendValue: 'Indicator sheet "{{ficha}}" has no value for the year {{year}} in the indicator trend and target.',
      baselineYear: 'The baseline of "{{ficha}}" has no year.',
      baselineValue: 'The baseline of "{{ficha}}" has a year ({{year}}) but no value.',
      baselineNoValue: 'The baseline of "{{ficha}}" has no value.',
      baseline: 'Indicator sheet "{{ficha}}" has no baseline (year and value).',
      empty: 'The indicator sheet at {{range}} is empty: fill in the indicator code and name and the other fields.',
    },
  },
  create(context) {
    for (const ficha of matricesOf(context.workbook, 'indicator-sheet')) {
      const sheet = context.workbook.sheet(ficha.sheet);
      const name = fichaName(ficha);
      const start = ficha.labels.codeAndName ?? { row: ficha.headerTop, col: 0 };
      const report = (messageId: 'field', where: { row: number; col: number }, field: FichaField): void =>
        context.report({
          messageId,
          sheet: ficha.sheet,
          range: cellAddress(where.row, where.col),
          data: { ficha: name, field: FIELD_NAMES[field] },
        });

      // A ficha nobody has filled yet (a blank template) is one finding, not one per field.
      const filled =
        REQUIRED.some((field) => !isBlank(ficha.fields[field]?.value)) ||
        ficha.trend.values.some((v) => v.value !== null) ||
        (ficha.baseline.value !== undefined && ficha.baseline.value.value !== null);
      if (!filled) {
        // A blank Planifica template waiting to be filled in is not a mistake: say nothing.
        if (ficha.generated) continue;
        const at = ficha.labels.codeAndName ? { row: start.row, col: start.col + 1 } : start;
        context.report({
          messageId: 'empty',
          sheet: ficha.sheet,
          range: cellAddress(at.row, at.col),
          data: { range: ficha.range },
          severity: 'warning',
        });
        continue;
      }

      const category = ficha.fields.category?.value;
      const isResult = typeof category === 'string' && normalize(category).startsWith('resultado');
      const required = isResult ? [...REQUIRED, 'associatedProduction' as const] : REQUIRED;
      for (const field of required) {
        const value: Located<CellValue> | undefined = ficha.fields[field];
        if (value && !isBlank(value.value)) continue;
        const label = ficha.labels[field];
        // A ficha cut to a shorter format may leave out whole sections (Medios de verificación);
        // what identifies and defines the indicator must be there, the rest must be filled when asked.
        if (!value && !label && !IDENTITY.has(field)) continue;
        report('field', value ?? (label ? { row: label.row, col: label.col + 1 } : start), field);
      }
      const codeAndName = ficha.fields.codeAndName;
      if (codeAndName && !isBlank(codeAndName.value) && !ficha.code) {
        context.report({
          messageId: 'code',
          sheet: ficha.sheet,
          range: cellAddress(codeAndName.row, codeAndName.col),
          data: { ficha: name },
        });
      }

      const { years, values } = ficha.trend;
      if (years.length === 0) {
        context.report({
          messageId: 'trend',
          sheet: ficha.sheet,
          range: cellAddress(start.row, start.col),
          data: { ficha: name },
        });
      } else {
        const valuesRow = values[0]?.row ?? years[0].row + 1;
        for (const year of years) {
          const value = values.find((v) => v.col === year.col);
          if (value && value.value !== null) continue;
          context.report({
            messageId: 'trendValue',
            sheet: ficha.sheet,
            range: cellAddress(valuesRow, year.col),
            data: { ficha: name, year: String(year.value ?? '') },
            related: [{ sheet: ficha.sheet, range: cellAddress(year.row, year.col) }],
          });
        }
      }

      const { label, value } = ficha.baseline;
      const year = isLabelText(ficha.baseline.year?.value) ? undefined : ficha.baseline.year;
      const hasYear = year !== undefined && year.value !== null;
      const hasValue = value !== undefined && value.value !== null && !isLabelText(value.value);
      if (!label && !hasYear && !hasValue) {
        context.report({
          messageId: 'baseline',
          sheet: ficha.sheet,
          range: cellAddress(start.row, start.col),
          data: { ficha: name },
        });
        continue;
      }
      if (!hasYear) {
        const at = year ?? baselineCell(sheet, ficha, /^ano\s*:?$/) ?? start;
        context.report({
          messageId: 'baselineYear',
          sheet: ficha.sheet,
          range: cellAddress(at.row, at.col),
          data: { ficha: name },
        });
      }
      if (!hasValue) {
        const at = (value?.value === null ? value : undefined) ?? baselineCell(sheet, ficha, /^valor\s*:?$/) ?? start;
        const range = cellAddress(at.row, at.col);
        if (hasYear && year) {
          context.report({
            messageId: 'baselineValue',
            sheet: ficha.sheet,
            range,
            data: { ficha: name, year: String(year.value) },
            related: [{ sheet: ficha.sheet, range: cellAddress(year.row, year.col) }],
          });
        } else {
          context.report({ messageId: 'baselineNoValue', sheet: ficha.sheet, range, data: { ficha: name } });
        }
      }
    }
  },
});
