/**
 * §9.1 Fichas técnicas de indicadores (MINFIN DTP, one block per indicator) and the Ficha de
 * indicadores de productos a nivel multianual. The baseline and targets are typed once, in the
 * ficha; the multiannual matrix reads them from there (relative values as fractions, shown as
 * percentages) and reads its yearly absolutes from the product's physical goals.
 */
import { cellAddress } from '../core';
import {
  CATEGORY_VALUES,
  FREQUENCY_VALUES,
  institutionLine,
  landscape,
  rowSumFormula,
  span,
  sumOf,
  titleRows,
  yearSpan,
} from './common';
import type { Draft, DraftIndicator } from './draft';
import { fichaLayouts, goalsLayout, indicatorsLayout, SHEET_NAMES, type FichaLayout } from './layout';
import type { PageHints } from './print';
import { SheetBuilder, sheetRef } from './sheet';
import type { SheetSpec } from './spec';
import type { StyleName } from './styles';

/** Decimals an indicator's figures were given with (0 to 2; 2 for a blank ficha). */
export function indicatorDecimals(indicator: Pick<DraftIndicator, 'baseline' | 'targets'>): number {
  const values = [indicator.baseline.value, ...indicator.targets].filter((v): v is number => v !== null);
  if (values.length === 0) return 2;
  return Math.max(
    ...values.map((v) => {
      const text = String(Math.round(v * 100) / 100);
      return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
    }),
  );
}

/** The label column holds "Objetivo Asociado del Indicador" on one line. */
const FICHA_LABEL_WIDTH = 34;
const FICHA_LABEL_PX = FICHA_LABEL_WIDTH * 7 + 5;
/** A ficha spans a landscape Letter page printed at about 85 % (long texts then take fewer lines). */
const FICHA_WIDTH_PX = 1060;

/** Width (characters) of the ficha's value columns, so that a ficha fills a landscape Letter page. */
function fichaValueWidth(lastCol: number): number {
  return Math.max(12, Math.floor(((FICHA_WIDTH_PX - FICHA_LABEL_PX) / lastCol - 5) / 7));
}

const FIELD_LABELS: Record<string, string> = {
  codeAndName: 'Código y Nombre del Indicador',
  category: 'Categoría del Indicador',
  objective: 'Objetivo Asociado del Indicador',
  policy: 'Política Pública Asociada',
  description: 'Descripción del Indicador',
  relevance: 'Pertinencia',
  interpretation: 'Interpretación',
  formula: 'Fórmula de Cálculo',
  frequency: 'Frecuencia de Medición',
  trendExplanation: 'Explicación de la Tendencia',
  howToAchieve: 'Cómo se va a lograr la meta',
  dataSource: 'Procedencia de los Datos',
  responsibleUnit: 'Unidad Responsable',
  methodology: 'Metodología de Recopilación',
};

/** "1. Porcentaje de …": the ficha writes code and name in one cell, as the DTP form does. */
export function codeAndName(indicator: Pick<DraftIndicator, 'code' | 'name'>): string {
  return `${indicator.code} ${indicator.name}`.trim();
}

function fieldText(indicator: DraftIndicator, field: string): string {
  if (field === 'codeAndName') return codeAndName(indicator);
  const value = (indicator as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : '';
}

function writeFicha(s: SheetBuilder, draft: Draft, indicator: DraftIndicator, layout: FichaLayout): void {
  const { top, lastCol } = layout;
  const labelValue = (row: number, label: string, value: string | null, style: StyleName = 'text') => {
    s.value(row, 0, label, 'label');
    s.value(row, 1, value, style).merge(row, 1, row, lastCol, style);
  };
  const section = (row: number, title: string) => {
    s.value(row, 0, title, 'subheader').merge(row, 0, row, lastCol, 'subheader');
  };
  s.value(top, 0, 'MINFIN — Dirección Técnica del Presupuesto', 'header');
  s.value(top, 1, 'FICHA TÉCNICA PARA DEFINICIÓN DE INDICADORES', 'header').merge(top, 1, top, lastCol, 'header');
  s.value(top + 1, 0, institutionLine(draft), 'subheader').merge(top + 1, 0, top + 1, lastCol, 'subheader');
  for (const [field, row] of Object.entries(layout.rows))
    labelValue(row, FIELD_LABELS[field], fieldText(indicator, field));
  section(layout.trendYearsRow - 1, 'Tendencia y meta del indicador');

  // Trend: the baseline (read from the baseline row) then one target per year of the window.
  s.value(layout.trendYearsRow, 0, 'Años', 'label');
  s.value(layout.trendValuesRow, 0, 'Valor', 'label');
  const baselineYear = cellAddress(layout.baselineRow, layout.baselineYearCol);
  const baselineValue = cellAddress(layout.baselineRow, layout.baselineValueCol);
  s.formula(
    layout.trendYearsRow,
    layout.trendBaselineCol,
    `IF(${baselineYear}="","",${baselineYear})`,
    indicator.baseline.year ?? '',
    'yearFormula',
  );
  // Baseline and targets keep the decimals they were given (83.77 stays 83.77; 100 stays 100).
  const decimals = indicatorDecimals(indicator);
  s.formula(
    layout.trendValuesRow,
    layout.trendBaselineCol,
    `IF(${baselineValue}="","",${baselineValue})`,
    indicator.baseline.value ?? '',
    decimals > 0 ? 'decimal' : 'quantity',
  );
  const input: StyleName = decimals > 0 ? 'decimalInput' : 'quantityInput';
  draft.years.forEach((year, i) => {
    s.value(layout.trendYearsRow, layout.trendCol(i), year, 'subheader');
    s.value(layout.trendValuesRow, layout.trendCol(i), indicator.targets[i], input);
  });
  for (let c = layout.trendCol(draft.years.length); c <= lastCol; c++) {
    s.value(layout.trendYearsRow, c, null, 'subheader');
    s.value(layout.trendValuesRow, c, null, 'blank');
  }
  s.value(layout.baselineRow, 0, 'Línea Base', 'label');
  s.value(layout.baselineRow, 1, 'Año:', 'label');
  s.value(layout.baselineRow, layout.baselineYearCol, indicator.baseline.year, 'year');
  s.value(layout.baselineRow, 3, 'Valor:', 'label');
  s.value(layout.baselineRow, layout.baselineValueCol, indicator.baseline.value, input);
  for (let c = layout.baselineValueCol + 1; c <= lastCol; c++) s.value(layout.baselineRow, c, null, 'blank');

  section(layout.rows.dataSource - 1, 'Medios de Verificación');
  const productionTitle = layout.productionRows[0] - 2;
  section(
    productionTitle,
    'Producción asociada al cumplimiento de la meta (aplica únicamente para indicadores de resultado)',
  );
  s.value(productionTitle + 1, 0, 'Productos', 'subheader');
  s.value(productionTitle + 1, 1, 'Indicadores', 'subheader').merge(
    productionTitle + 1,
    1,
    productionTitle + 1,
    lastCol,
    'subheader',
  );
  layout.productionRows.forEach((row, k) => {
    const entry = indicator.associatedProduction[k];
    s.value(row, 0, entry?.product ?? null, 'text');
    s.value(row, 1, entry?.indicator ?? null, 'text').merge(row, 1, row, lastCol, 'text');
  });
  labelValue(layout.notesRow, 'Notas Técnicas', indicator.technicalNotes);
}

export function buildFichasSheet(draft: Draft): { sheet: SheetSpec; areas: string[]; pages: PageHints } {
  const layouts = fichaLayouts(draft);
  const s = new SheetBuilder(SHEET_NAMES.fichas);
  titleRows(s, draft, 'FICHAS TÉCNICAS DE INDICADORES');
  const lastCol = layouts[0]?.lastCol ?? Math.max(1 + draft.years.length, 4);
  draft.indicators.forEach((indicator, k) => writeFicha(s, draft, indicator, layouts[k]));
  s.column(0, FICHA_LABEL_WIDTH, 'text');
  for (let c = 1; c <= lastCol; c++) s.column(c, fichaValueWidth(lastCol), 'text');
  for (const layout of layouts) {
    s.validate({
      type: 'list',
      range: cellAddress(layout.rows.category, 1),
      values: CATEGORY_VALUES,
      allowBlank: true,
      error: { title: 'Categoría', text: 'La categoría es RESULTADO o PRODUCTO.' },
    });
    s.validate({
      type: 'list',
      range: cellAddress(layout.rows.frequency, 1),
      values: FREQUENCY_VALUES,
      allowBlank: true,
      error: { title: 'Frecuencia', text: 'Mensual, Trimestral, Cuatrimestral, Semestral o Anual.' },
    });
    s.validate({
      type: 'whole',
      range: cellAddress(layout.baselineRow, layout.baselineYearCol),
      min: 1990,
      max: draft.years[0] - 1,
      allowBlank: true,
      error: { title: 'Línea base', text: `El año de la línea base es anterior a ${draft.years[0]}.` },
    });
  }
  const areas = layouts.map((l) => `${cellAddress(l.top, 0)}:${cellAddress(l.bottom, l.lastCol)}`);
  const sheet = s.build({ print: { orientation: 'landscape', fitToWidth: false, paperSize: 'letter' }, protect: true });
  return { sheet, areas, pages: { blocks: layouts.map((l) => ({ top: l.top, bottom: l.bottom })) } };
}

/** A percentage shown with the decimals it was given: 100 → "100%", 83.77 → "83.77%". */
function percentStyle(value: number | null): StyleName {
  return value !== null && Number.isInteger(value) ? 'percentWhole' : 'percent';
}

export function buildIndicatorMatrixSheet(draft: Draft): {
  sheet: SheetSpec;
  area: string;
  pages: PageHints;
} {
  const layout = indicatorsLayout(draft);
  const goals = goalsLayout(draft);
  const fichas = fichaLayouts(draft);
  const n = draft.years.length;
  const s = new SheetBuilder(SHEET_NAMES.indicators);
  titleRows(s, draft, `FICHA DE INDICADORES DE PRODUCTOS A NIVEL ${span(draft, false)}`);
  const top = layout.headerTop;
  const bottom = layout.headerBottom;
  const headerBlock = (col: number, text: string) =>
    s.value(top, col, text, 'header').merge(top, col, bottom, col, 'header');
  headerBlock(0, 'PRODUCTOS');
  headerBlock(1, 'UNIDAD DE MEDIDA DEL PRODUCTO');
  headerBlock(2, 'NOMBRE DEL INDICADOR DEL PRODUCTO');
  s.value(top, 3, 'INDICADORES DE PRODUCTOS', 'header').merge(top, 3, top, layout.relativeCol(n - 1), 'header');
  s.value(top + 1, 3, 'LÍNEA DE BASE', 'subheader').merge(top + 1, 3, top + 1, 5, 'subheader');
  s.value(bottom, 3, 'AÑO', 'subheader');
  s.value(bottom, 4, 'Datos Absolutos', 'subheader');
  s.value(bottom, 5, 'Datos Relativos', 'subheader');
  const pair = (col: number, label: string | number) => {
    s.value(top + 1, col, label, 'subheader').merge(top + 1, col, top + 1, col + 1, 'subheader');
    s.value(bottom, col, 'Datos Absolutos', 'subheader');
    s.value(bottom, col + 1, 'Datos Relativos', 'subheader');
  };
  draft.years.forEach((year, i) => pair(layout.absoluteCol(i), year));
  if (layout.hasTotals) {
    s.value(top, layout.totalAbsoluteCol, 'TOTAL, META MULTIANUAL', 'header');
    s.merge(top, layout.totalAbsoluteCol, top, layout.totalRelativeCol, 'header');
    pair(layout.totalAbsoluteCol, yearSpan(draft));
  }

  draft.indicators.forEach((indicator, k) => {
    const row = layout.rows[k];
    const ficha = fichas[k];
    const product = indicator.product === undefined ? undefined : draft.products[indicator.product];
    s.value(row, 0, product?.name ?? '', 'text');
    s.value(row, 1, product?.unit ?? '', 'text');
    s.value(row, 2, indicator.name, 'text');
    const fichaRef = (r: number, c: number) => sheetRef(SHEET_NAMES.fichas, r, c);
    const baselineYearRef = fichaRef(ficha.baselineRow, ficha.baselineYearCol);
    s.formula(row, 3, `IF(${baselineYearRef}="","",${baselineYearRef})`, indicator.baseline.year ?? '', 'yearFormula');
    s.value(row, 4, indicator.baseline.absolute, 'quantityInput');
    const baselineValueRef = fichaRef(ficha.baselineRow, ficha.baselineValueCol);
    s.formula(
      row,
      5,
      `IF(${baselineValueRef}="","",${baselineValueRef}/100)`,
      indicator.baseline.value === null ? '' : indicator.baseline.value / 100,
      percentStyle(indicator.baseline.value),
    );
    const absolutes: number[] = [];
    draft.years.forEach((_, i) => {
      const physical = product?.goals[i].physical ?? null;
      if (indicator.product !== undefined) {
        const goalRef = sheetRef(SHEET_NAMES.goals, goals.productRows[indicator.product], goals.physicalCol(i));
        s.formula(row, layout.absoluteCol(i), goalRef, physical ?? 0, 'quantity');
        absolutes.push(physical ?? 0);
      } else {
        s.value(row, layout.absoluteCol(i), null, 'quantityInput');
      }
      const targetRef = fichaRef(ficha.trendValuesRow, ficha.trendCol(i));
      const target = indicator.targets[i];
      s.formula(
        row,
        layout.relativeCol(i),
        `IF(${targetRef}="","",${targetRef}/100)`,
        target === null ? '' : target / 100,
        percentStyle(target),
      );
    });
    const absoluteCols = draft.years.map((_, i) => layout.absoluteCol(i));
    if (!layout.hasTotals) return;
    s.formula(row, layout.totalAbsoluteCol, rowSumFormula(row, absoluteCols), sumOf(absolutes), 'quantity');
    // The multiannual relative value is the mean of the yearly ones (100 % when every year is met).
    const relativeRange = draft.years.map((_, i) => cellAddress(row, layout.relativeCol(i))).join(',');
    const targets = indicator.targets.filter((t): t is number => t !== null);
    const mean = targets.length === 0 ? null : sumOf(targets) / targets.length;
    s.formula(
      row,
      layout.totalRelativeCol,
      `IF(COUNT(${relativeRange})=0,"",AVERAGE(${relativeRange}))`,
      mean === null ? '' : mean / 100,
      percentStyle(mean),
    );
  });
  const last = layout.rows.length > 0 ? layout.rows[layout.rows.length - 1] : bottom + 1;
  s.column(0, 40, 'text').column(1, 14, 'text').column(2, 36, 'text').column(3, 8, 'year').column(4, 14, 'number');
  s.column(5, 11, 'percent');
  draft.years.forEach((_, i) =>
    s.column(layout.absoluteCol(i), 14, 'number').column(layout.relativeCol(i), 11, 'percent'),
  );
  if (layout.hasTotals) s.column(layout.totalAbsoluteCol, 15, 'number').column(layout.totalRelativeCol, 11, 'percent');
  const area = `${cellAddress(top, 0)}:${cellAddress(last, layout.lastCol)}`;
  const sheet = s.build({ freeze: { rows: bottom + 1, cols: 3 }, print: landscape(top, bottom), protect: true });
  const groups = [3, ...draft.years.map((_, i) => layout.absoluteCol(i))];
  if (layout.hasTotals) groups.push(layout.totalAbsoluteCol);
  return { sheet, area, pages: { titleCols: 3, groups } };
}
