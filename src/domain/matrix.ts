/**
 * What recognition finds in a workbook: the planning matrices of DOMAIN.md, located cell by
 * cell so that rules can name the cells at fault. This is the contract between recognition
 * (src/domain/recognize/*) and the domain rules (src/rules/*): rules read only these shapes.
 */
import type { CellValue } from '../core';

/** A value and the cell it came from (0-based row/col on the matrix's sheet). */
export interface Located<T> {
  value: T;
  row: number;
  col: number;
}

export type MatrixType =
  | 'budget' // §8 Proyección del presupuesto por programa
  | 'indicator-sheet' // §9.1 Ficha técnica de indicador (one per indicator)
  | 'indicator-matrix' // §9.1 end: Ficha de indicadores de productos a nivel multianual
  | 'results' // §5, §9.2 Resultados, productos y subproductos
  | 'programmatic' // §9.3 Vinculación con red de categorías programáticas
  | 'coverage' // §9.4 Cobertura
  | 'goals' // §9.5 Productos, subproductos y metas multianuales
  | 'pgg' // §3.1 Vinculación a la Política General de Gobierno
  | 'policy'; // §3 Análisis de políticas

export const MATRIX_TITLES: Record<MatrixType, { es: string; en: string }> = {
  budget: { es: 'Proyección del presupuesto por programa', en: 'Budget by programme' },
  'indicator-sheet': { es: 'Ficha técnica de indicador', en: 'Indicator sheet' },
  'indicator-matrix': {
    es: 'Ficha de indicadores de productos a nivel multianual',
    en: 'Multiannual indicator matrix',
  },
  results: { es: 'Resultados, productos y subproductos', en: 'Results, products and subproducts' },
  programmatic: { es: 'Red de categorías programáticas', en: 'Programmatic categories' },
  coverage: { es: 'Cobertura', en: 'Coverage' },
  goals: { es: 'Productos, subproductos y metas multianuales', en: 'Multiannual physical and financial goals' },
  pgg: { es: 'Vinculación a la Política General de Gobierno', en: 'Government policy linkage' },
  policy: { es: 'Análisis de políticas', en: 'Policy analysis' },
};

export interface MatrixBase {
  type: MatrixType;
  sheet: string;
  /** The area the matrix occupies, headers included, as an A1 range. */
  range: string;
  /** 0-based rows of the header block (inclusive). */
  headerTop: number;
  headerBottom: number;
  /** True when Planifica generated it (recognised by its metadata, not by guesswork). */
  generated: boolean;
  /**
   * Columns this kind of matrix should have whose headers were not found, named as a person
   * would ("Meta financiera", "Unidad de medida"), for structure/incomplete-matrix.
   */
  missingColumns?: string[];
}

export type ItemLevel = 'product' | 'subproduct';

/** One product or subproduct row of a matrix. */
export interface ItemRow {
  row: number;
  level: ItemLevel;
  /** The name as typed, without a "Producto:" prefix. */
  name: Located<string>;
  /** Name folded for comparison: no accents, lower case, single spaces, no punctuation at the ends. */
  key: string;
  unit?: Located<string>;
  /** For a subproduct: index (in the same matrix's `items`) of the product it belongs to. */
  parent?: number;
  /**
   * How the level was told: a "Producto:" prefix, outline numbering ("1." / "1.1", removed from
   * the name), bold type, indentation, the column the name sits in, membership (the name is a
   * product in another matrix), or 'default' (no mark at all: every row taken as a product).
   * Rules may trust the marks more than 'default'.
   */
  levelBy?: 'prefix' | 'numbering' | 'bold' | 'indent' | 'position' | 'membership' | 'default';
}

/** A number cell; value is null when the cell is empty, or a string when typed as text. */
export type NumberCell = Located<number | string | null>;

/** A year column (or pair of columns) in a matrix. */
export interface YearColumns {
  year: number;
  /** Column of the year's header cell (to report a year-label mistake). */
  headerCol: number;
}

export interface BudgetMatrix extends MatrixBase {
  type: 'budget';
  years: (YearColumns & { col: number })[];
  programmes: {
    row: number;
    code: Located<CellValue>;
    description: Located<string>;
    /** amounts[i] belongs to years[i]. */
    amounts: NumberCell[];
  }[];
  total?: { row: number; amounts: NumberCell[] };
  /**
   * When the budget was typed as several tables continued one under the other (2026-2027, then
   * 2028-2030, same programmes), each table's own area. `range`/`headerTop`/`headerBottom` and
   * the programme rows are the first table's; every amount is located in its own table.
   */
  parts?: { range: string; headerTop: number; headerBottom: number }[];
}

export interface GoalsMatrix extends MatrixBase {
  type: 'goals';
  years: (YearColumns & { physicalCol?: number; financialCol?: number })[];
  items: (ItemRow & { physical: (NumberCell | undefined)[]; financial: (NumberCell | undefined)[] })[];
  total?: { row: number; physical: (NumberCell | undefined)[]; financial: (NumberCell | undefined)[] };
  /** Column of the unit of measure, when the matrix has one. */
  unitCol?: number;
}

export interface IndicatorMatrix extends MatrixBase {
  type: 'indicator-matrix';
  years: (YearColumns & { absoluteCol: number; relativeCol?: number })[];
  rows: (ItemRow & {
    indicator?: Located<string>;
    baseline: { year?: NumberCell; absolute?: NumberCell; relative?: NumberCell };
    absolute: (NumberCell | undefined)[];
    relative: (NumberCell | undefined)[];
    total?: { absolute?: NumberCell; relative?: NumberCell };
  })[];
}

export const FICHA_FIELDS = [
  'codeAndName',
  'category',
  'objective',
  'policy',
  'description',
  'relevance',
  'interpretation',
  'formula',
  'frequency',
  'trendExplanation',
  'howToAchieve',
  'dataSource',
  'responsibleUnit',
  'methodology',
  'associatedProduction',
  'technicalNotes',
] as const;
export type FichaField = (typeof FICHA_FIELDS)[number];

export interface IndicatorSheet extends MatrixBase {
  type: 'indicator-sheet';
  /** Each field's value cell (the cell to the right of its label, or below it), when found. */
  fields: Partial<Record<FichaField, Located<CellValue>>>;
  /** Label cells, so a missing value can be reported next to its label. */
  labels: Partial<Record<FichaField, Located<string>>>;
  /** "1. Porcentaje de …" split into code "1." and name. */
  code?: Located<string>;
  name?: Located<string>;
  trend: { years: NumberCell[]; values: NumberCell[] };
  baseline: { label?: Located<string>; year?: NumberCell; value?: NumberCell };
}

export interface ResultStatement {
  /** The year of the column the statement sits under, when the matrix has year columns. */
  columnYear?: number;
  text: Located<string>;
}

export interface ResultsMatrix extends MatrixBase {
  type: 'results';
  statements: ResultStatement[];
  items: ItemRow[];
}

export interface ProgrammaticMatrix extends MatrixBase {
  type: 'programmatic';
  items: (ItemRow & {
    activity?: Located<string>;
    programa?: Located<CellValue>;
    subprograma?: Located<CellValue>;
    proyecto?: Located<CellValue>;
    actividad?: Located<CellValue>;
  })[];
  /** Columns of the four code segments, for reporting an empty cell. */
  codeColumns: { programa: number; subprograma: number; proyecto: number; actividad: number };
}

export interface CoverageMatrix extends MatrixBase {
  type: 'coverage';
  statements: ResultStatement[];
  items: (ItemRow & {
    contribution?: Located<CellValue>;
    departments?: Located<string>;
    municipalities?: Located<string>;
  })[];
}

export interface PggMatrix extends MatrixBase {
  type: 'pgg';
  statements: ResultStatement[];
  items: (ItemRow & { contribution?: Located<CellValue> })[];
  axis?: Located<string>;
}

export interface PolicyMatrix extends MatrixBase {
  type: 'policy';
  rows: {
    row: number;
    policy?: Located<string>;
    objective?: Located<string>;
    axis?: Located<string>;
    goal?: Located<string>;
    indicator?: Located<string>;
  }[];
}

export type Matrix =
  | BudgetMatrix
  | GoalsMatrix
  | IndicatorMatrix
  | IndicatorSheet
  | ResultsMatrix
  | ProgrammaticMatrix
  | CoverageMatrix
  | PggMatrix
  | PolicyMatrix;

export type MatrixOf<T extends MatrixType> = Extract<Matrix, { type: T }>;

export interface Recognition {
  matrices: Matrix[];
  /** The plan's years when they can be told (from year headers), e.g. 2026..2030. */
  years: number[];
}
