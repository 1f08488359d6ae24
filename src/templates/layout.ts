/**
 * Where each generated matrix puts things (0-based rows and columns), computed from the draft
 * alone, so that a matrix can refer to another's cells before that one is built (the indicator
 * matrix reads the goals; the goals read the budget total; the budget checks the goals).
 */
import { FICHA_FIELDS } from '../domain/matrix';
import type { Draft } from './draft';

/**
 * Sheet names carry the section number of the SEGEPLAN POM document (3, 3.1, 8, 9.1 … 9.5) and
 * read the same for a one-year POA and a multiannual POM (the titles inside say which).
 */
export const SHEET_NAMES = {
  index: 'Índice',
  policy: '3 Análisis de políticas',
  pgg: '3.1 Vinculación PGG',
  budget: '8 Presupuesto',
  fichas: '9.1 Fichas de indicadores',
  indicators: '9.1 Indicadores de productos',
  results: '9.2 Resultados',
  programmatic: '9.3 Red programática',
  coverage: '9.4 Cobertura',
  goals: '9.5 Productos y metas',
  lists: 'Listas',
} as const;

/** A plan of one year is a POA: annual wording and no multiannual total columns. */
export function isMultiannual(draft: Pick<Draft, 'years'>): boolean {
  return draft.years.length > 1;
}

/** Title rows 0-2, one blank row, then the header block. */
export const HEADER_TOP = 4;

export interface GoalsLayout {
  headerTop: number;
  headerBottom: number;
  productRows: number[];
  subproductRows: number[][];
  totalRow: number;
  budgetRow: number;
  differenceRow: number;
  physicalCol: (yearIndex: number) => number;
  financialCol: (yearIndex: number) => number;
  /** The multiannual total columns (after the years); the last year's columns in a POA. */
  totalPhysicalCol: number;
  totalFinancialCol: number;
  /** False for a POA: no total columns (totalPhysicalCol/totalFinancialCol are the year's). */
  hasTotals: boolean;
  lastCol: number;
  /**
   * Right of the matrix: each product's programme code (PRG), which the budget's per-programme
   * differences select products by (SUMIFS), so deleting or inserting a product keeps them right.
   */
  programmeCol: number;
}

export function goalsLayout(draft: Draft): GoalsLayout {
  const n = draft.years.length;
  const multi = isMultiannual(draft);
  let row = HEADER_TOP + 2;
  const productRows: number[] = [];
  const subproductRows: number[][] = [];
  for (const product of draft.products) {
    productRows.push(row++);
    subproductRows.push(product.subproducts.map(() => row++));
  }
  const totalRow = row;
  return {
    headerTop: HEADER_TOP,
    headerBottom: HEADER_TOP + 1,
    productRows,
    subproductRows,
    totalRow,
    budgetRow: totalRow + 2,
    differenceRow: totalRow + 3,
    physicalCol: (i) => 3 + 2 * i,
    financialCol: (i) => 4 + 2 * i,
    totalPhysicalCol: multi ? 3 + 2 * n : 3,
    totalFinancialCol: multi ? 4 + 2 * n : 4,
    hasTotals: multi,
    lastCol: multi ? 4 + 2 * n : 4,
    programmeCol: (multi ? 4 + 2 * n : 4) + 1,
  };
}

export interface BudgetLayout {
  headerRow: number;
  programmeRows: number[];
  totalRow: number;
  yearCol: (yearIndex: number) => number;
  /** The multiannual total column; the year's column in a POA (hasTotals false). */
  totalCol: number;
  hasTotals: boolean;
  /** Check block under the matrix: goals total, difference, then one difference per programme. */
  goalsRow: number;
  differenceRow: number;
  programmeDifferenceRows: number[];
}

export function budgetLayout(draft: Draft): BudgetLayout {
  const programmeRows = draft.budget.map((_, i) => HEADER_TOP + 1 + i);
  const totalRow = HEADER_TOP + 1 + draft.budget.length;
  const goalsRow = totalRow + 2;
  return {
    headerRow: HEADER_TOP,
    programmeRows,
    totalRow,
    yearCol: (i) => 2 + i,
    totalCol: isMultiannual(draft) ? 2 + draft.years.length : 2,
    hasTotals: isMultiannual(draft),
    goalsRow,
    differenceRow: goalsRow + 1,
    programmeDifferenceRows: draft.budget.map((_, i) => goalsRow + 2 + i),
  };
}

export interface FichaLayout {
  top: number;
  bottom: number;
  /** Row of each labelled field (value in column 1, merged to lastCol). */
  rows: Record<string, number>;
  trendYearsRow: number;
  trendValuesRow: number;
  baselineRow: number;
  /** Baseline year and value input cells on baselineRow. */
  baselineYearCol: number;
  baselineValueCol: number;
  /** Column of the baseline in the trend rows, then one per window year. */
  trendCol: (yearIndex: number) => number;
  trendBaselineCol: number;
  productionRows: number[];
  notesRow: number;
  lastCol: number;
}

/** The fields of the ficha's first rows, one per row, in the DTP form's order (up to Frecuencia). */
export const FICHA_FIELD_ROWS = FICHA_FIELDS.slice(0, FICHA_FIELDS.indexOf('frequency') + 1);

export function fichaLayouts(draft: Draft): FichaLayout[] {
  const n = draft.years.length;
  // Value area: the baseline and the years in the trend rows, and at least "Año: | 2023 | Valor: | 83.77".
  const lastCol = Math.max(1 + n, 4);
  let top = HEADER_TOP;
  return draft.indicators.map((indicator) => {
    const rows: Record<string, number> = {};
    let row = top + 2;
    for (const field of FICHA_FIELD_ROWS) rows[field] = row++;
    row++; // "Tendencia y meta del indicador"
    const trendYearsRow = row++;
    const trendValuesRow = row++;
    const baselineRow = row++;
    rows.trendExplanation = row++;
    rows.howToAchieve = row++;
    row++; // "Medios de Verificación"
    rows.dataSource = row++;
    rows.responsibleUnit = row++;
    rows.methodology = row++;
    row++; // "Producción asociada …"
    row++; // "Productos | Indicadores"
    const productionRows = Array.from({ length: Math.max(1, indicator.associatedProduction.length) }, () => row++);
    const notesRow = row++;
    const layout: FichaLayout = {
      top,
      bottom: notesRow,
      rows,
      trendYearsRow,
      trendValuesRow,
      baselineRow,
      baselineYearCol: 2,
      baselineValueCol: 4,
      trendBaselineCol: 1,
      trendCol: (i) => 2 + i,
      productionRows,
      notesRow,
      lastCol,
    };
    top = notesRow + 3;
    return layout;
  });
}

export interface IndicatorsLayout {
  headerTop: number;
  headerBottom: number;
  rows: number[];
  absoluteCol: (yearIndex: number) => number;
  relativeCol: (yearIndex: number) => number;
  totalAbsoluteCol: number;
  totalRelativeCol: number;
  /** False for a POA: no "TOTAL, META MULTIANUAL" pair. */
  hasTotals: boolean;
  lastCol: number;
}

export function indicatorsLayout(draft: Draft): IndicatorsLayout {
  const n = draft.years.length;
  return {
    headerTop: HEADER_TOP,
    headerBottom: HEADER_TOP + 2,
    rows: draft.indicators.map((_, i) => HEADER_TOP + 3 + i),
    absoluteCol: (i) => 6 + 2 * i,
    relativeCol: (i) => 7 + 2 * i,
    totalAbsoluteCol: 6 + 2 * n,
    totalRelativeCol: 7 + 2 * n,
    hasTotals: isMultiannual(draft),
    lastCol: isMultiannual(draft) ? 7 + 2 * n : 5 + 2 * n,
  };
}

export interface PggLayout {
  headerTop: number;
  productRows: number[];
  subproductRows: number[][];
  lastRow: number;
  flagCol: number;
}

export function pggLayout(draft: Draft): PggLayout {
  let row = HEADER_TOP + 2;
  const productRows: number[] = [];
  const subproductRows: number[][] = [];
  for (const product of draft.products) {
    productRows.push(row++);
    subproductRows.push(product.subproducts.map(() => row++));
  }
  return { headerTop: HEADER_TOP, productRows, subproductRows, lastRow: row - 1, flagCol: 5 };
}
