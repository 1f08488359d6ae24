/**
 * Small POM matrices laid out as planners type them (the IGM example's layout), for the tests of
 * the totals, form and narrative rules: readable tables in, snapshots recognition understands out.
 */
import type { SheetSnapshot } from '../../../src/core';
import { sheet, styled, type CellSpec } from '../../support/workbook';

export const Q = '"Q"#,##0.00';

/** A money cell with the Quetzal format. */
export function q(value: number): CellSpec {
  return styled(value, {}, Q);
}

/**
 * §8 budget: A1 title, A3 sentence, header on row 5 (PRG | DESCRIPCIÓN | years), programmes
 * from row 6, then the Total row. Amounts may be numbers (formatted as Q) or any cell spec.
 */
export function budgetSheet(
  years: number[],
  programmes: [string | number, string, ...CellSpec[]][],
  total: CellSpec[] | undefined,
  options: { name?: string; sentence?: string } = {},
): SheetSnapshot {
  const money = (cells: CellSpec[]) => cells.map((c) => (typeof c === 'number' ? q(c) : c));
  const rows: CellSpec[][] = [
    ['8. PROYECCIÓN DEL PRESUPUESTO'],
    [],
    [options.sentence ?? 'El presupuesto distribuido por programa se presenta a continuación:'],
    [],
    ['PRG', 'DESCRIPCIÓN', ...years],
    ...programmes.map(([code, description, ...amounts]) => [code, description, ...money(amounts)]),
  ];
  if (total) rows.push([null, 'Total', ...money(total)]);
  return sheet(options.name ?? '8 Presupuesto', rows);
}

/** One row of the goals matrix: name, unit, then [physical, financial] per year. */
export type GoalRow = [string, string, ...CellSpec[]];

/**
 * §9.5 goals: header on rows 6-7 (PRODUCTO / SUBPRODUCTO | UNIDAD DE MEDIDA | year over
 * Meta Física, Meta Financiera), items from row 8, product rows prefixed "Producto: ".
 * Financial amounts given as numbers are formatted as Q.
 */
export function goalsSheet(years: number[], items: GoalRow[], total?: CellSpec[], name = '9.5 Metas'): SheetSnapshot {
  const money = (cells: CellSpec[]) => cells.map((c, i) => (i % 2 === 1 && typeof c === 'number' ? q(c) : c));
  const rows: CellSpec[][] = [
    ['9.5. PRODUCTOS, SUBPRODUCTOS Y METAS MULTIANUALES'],
    [],
    [],
    [],
    ['PLAN OPERATIVO MULTIANUAL'],
    ['PRODUCTO / SUBPRODUCTO', 'UNIDAD DE MEDIDA', ...years.flatMap((y) => [y, null])],
    [null, null, ...years.flatMap(() => ['Meta Física', 'Meta Financiera'])],
    ...items.map(([label, unit, ...goals]) => [label, unit, ...money(goals)]),
  ];
  if (total) rows.push(['Total', null, ...money(total)]);
  const merges = years.map((_, i) => {
    const col = String.fromCharCode(67 + 2 * i);
    const next = String.fromCharCode(68 + 2 * i);
    return `${col}6:${next}6`;
  });
  return sheet(name, rows, { merges });
}

/** One product of the programmatic matrix: name, unit, the four code cells, then its subproducts. */
export interface ProgrammaticProduct {
  name: string;
  unit: string;
  codes: CellSpec[];
  /** Name, unit and, when the subproduct repeats them, its code cells. */
  subproducts?: [string, string, ...CellSpec[]][];
}

/**
 * §9.3 programmatic network: header on row 4 (PRODUCTO / SUBPRODUCTO | UNIDAD DE MEDIDA |
 * DESCRIPCIÓN DE LA ACTIVIDAD | PROGRAMA | SUBPROGRAMA | PROYECTO | ACTIVIDAD), "Producto:" in
 * column A and the name in B; codes in E:H; a blank row after each product's subproducts.
 */
export function programmaticSheet(products: ProgrammaticProduct[], name = '9.3 Red programática'): SheetSnapshot {
  const rows: CellSpec[][] = [
    ['9.3. VINCULACIÓN DE PRODUCTOS Y SUBPRODUCTOS CON RED DE CATEGORÍAS PROGRAMÁTICAS'],
    [],
    [],
    [
      'PRODUCTO / SUBPRODUCTO',
      null,
      'UNIDAD DE MEDIDA',
      'DESCRIPCIÓN DE LA ACTIVIDAD',
      'PROGRAMA',
      'SUBPROGRAMA',
      'PROYECTO',
      'ACTIVIDAD',
    ],
  ];
  products.forEach((p, i) => {
    if (i > 0) rows.push([]);
    rows.push(['Producto:', p.name, p.unit, p.name, ...p.codes]);
    for (const [sub, unit, ...codes] of p.subproducts ?? []) rows.push([null, sub, unit, null, ...codes]);
  });
  return sheet(name, rows, { merges: ['A4:B4'] });
}

/** One ficha técnica; fields left out get a plausible text, `null` leaves them empty. */
export interface FichaSpec {
  codeAndName?: string | null;
  category?: string | null;
  objective?: string | null;
  description?: string | null;
  formula?: string | null;
  frequency?: string | null;
  dataSource?: string | null;
  responsibleUnit?: string | null;
  methodology?: string | null;
  associatedProduction?: string | null;
  trendYears?: CellSpec[];
  trendValues?: CellSpec[];
  baselineYear?: CellSpec;
  baselineValue?: CellSpec;
}

/** Rows per ficha in `fichaSheet`: ficha i starts on sheet row 1 + FICHA_ROWS * i. */
export const FICHA_ROWS = 28;

/**
 * §9.1 fichas stacked on one sheet as MINFIN prints them (the IGM example's layout): labels in
 * column A, values in B; trend years on row 14 and values on row 15 (B:H); baseline on row 16 as
 * "Línea Base | Año: | <year> | Valor: | <value>" (C16 and E16); every row shifted by 28 per ficha.
 */
export function fichaSheet(fichas: FichaSpec[], name = '9.1 Fichas'): SheetSnapshot {
  const rows: CellSpec[][] = [];
  const pick = (value: string | null | undefined, fallback: string): string | null =>
    value === undefined ? fallback : value;
  fichas.forEach((ficha, i) => {
    const years = ficha.trendYears ?? [2023, 2025, 2026, 2027, 2028, 2029, 2030];
    const values = ficha.trendValues ?? [83.77, 100, 100, 100, 100, 100, 100];
    rows.push(
      [
        'Ministerio de Finanzas Públicas Dirección Técnica del Presupuesto',
        null,
        'FICHA TÉCNICA PARA DEFINICIÓN DE INDICADORES',
      ],
      ['1120-0069-000-000 INSTITUTO GUATEMALTECO DE MIGRACIÓN'],
      [],
      [
        'Código y Nombre del Indicador',
        pick(ficha.codeAndName, `${i + 1}. Porcentaje de documentos emitidos ${i + 1}`),
      ],
      ['Categoría del Indicador', pick(ficha.category, 'PRODUCTO')],
      ['Objetivo Asociado del Indicador', pick(ficha.objective, 'Documentos migratorios emitidos')],
      ['Política Pública Asociada', 'Política General de Gobierno 2024-2028'],
      ['Descripción del Indicador', pick(ficha.description, 'Mide el porcentaje de documentos emitidos')],
      ['Pertinencia', 'Refleja la eficiencia de la gestión'],
      ['Interpretación', 'Valores de cero a 100%'],
      ['Formula Calculo', pick(ficha.formula, 'Documentos emitidos / documentos programados * 100')],
      ['Frecuencia de Medición', pick(ficha.frequency, 'Anual')],
      ['Tendencia y meta del indicador'],
      ['Años', ...years],
      ['Valor', ...values],
      [
        'Línea Base',
        'Año:',
        ficha.baselineYear === undefined ? 2023 : ficha.baselineYear,
        'Valor:',
        ficha.baselineValue === undefined ? 83.77 : ficha.baselineValue,
      ],
      ['Explicación de la Tendencia', 'Se proyecta el 100% de ejecución'],
      ['Como se va a lograr la meta', 'A través de la Subdirección'],
      ['Medios de Verificación'],
      ['Procedencia de los Datos', pick(ficha.dataSource, 'Informes mensuales')],
      ['Unidad Responsable', pick(ficha.responsibleUnit, 'Departamento de Estadística y Archivos')],
      ['Metodología de Recopilación', pick(ficha.methodology, 'Recopilación mensual de los sistemas')],
      ['Producción asociada al cumplimiento de la meta (aplica únicamente para indicadores de resultado)'],
      ['Productos', 'Indicadores'],
      [pick(ficha.associatedProduction, ''), ficha.associatedProduction ? 'Producción / programada' : null],
      ['Notas Técnicas', 'La institución atiende según la demanda'],
      [],
      [],
    );
  });
  return sheet(name, rows);
}

/** One row of the multiannual indicator matrix. */
export interface IndicatorRowSpec {
  product: string;
  unit: string;
  indicator: string;
  baseline: [CellSpec, CellSpec, CellSpec];
  /** [absolute, relative] per year. */
  years: [CellSpec, CellSpec][];
  total: [CellSpec, CellSpec];
}

export const PERCENT = '0.00%';

/** A share with a percentage format (0.8377 shows 83.77%). */
export function pct(value: number): CellSpec {
  return styled(value, {}, PERCENT);
}

/**
 * Ficha de indicadores de productos a nivel multianual, as in the IGM example: header rows 4-7,
 * products from row 8; A product, B unit, C indicator, D:F baseline (year, absolute, relative),
 * then absolute/relative per year (G:H, I:J, …) and the multiannual total (absolute, relative).
 */
export function indicatorMatrixSheet(
  years: number[],
  rows: IndicatorRowSpec[],
  name = '9.1 Multianual',
): SheetSnapshot {
  const totalCol = 6 + 2 * years.length;
  const header: CellSpec[][] = [
    ['FICHA DE INDICADORES DE PRODUCTOS A NIVEL MULTIANUAL'],
    [],
    [],
    ['PRODUCTOS', 'UNIDAD DE MEDIDA DEL PRODUCTO', 'NOMBRE DEL INDICADOR DEL PRODUCTO', 'INDICADORES DE PRODUCTOS'],
    [null, null, null, 'LINEA DE BASE', null, null, ...years.flatMap((y) => [y, null])],
    [null, null, null, 'AÑO', 'Datos Absolutos', 'Datos Relativos', ...years.flatMap(() => ['META', null])],
    [null, null, null, null, null, null, ...years.flatMap(() => ['Datos Absolutos', 'Datos Relativos'])],
  ];
  header[3][totalCol] = 'TOTAL, META MULTIANUAL';
  header[4][totalCol] = `${years[0]}-${years[years.length - 1]}`;
  header[5][totalCol] = 'Datos absolutos';
  header[5][totalCol + 1] = 'Datos Relativos';
  const body = rows.map((r) => [
    r.product,
    r.unit,
    r.indicator,
    ...r.baseline,
    ...r.years.flatMap((pair) => pair),
    ...r.total,
  ]);
  return sheet(name, [...header, ...body]);
}

/** The result statement of seed 001 for one year, with its numbers replaceable. */
export function statement(year: number, target: string, final = target, finalYear = year): string {
  return `Para el año ${year} se ha incrementado la protección de derechos a personas migrantes a ${target} personas acumulado (de 64,660 en el año 2021 a ${final} personas en el año ${finalYear}).`;
}

/**
 * §5 results by year: "5. RESULTADO" on row 1, then for each block a header row "Año 2026 | Año
 * 2027 | …" with the statements on the row below (first block: header on row 3, statements on 4;
 * each next block three rows lower).
 */
export function resultsSheet(years: number[], blocks: string[][], name = '5 Resultados'): SheetSnapshot {
  const rows: CellSpec[][] = [['5. RESULTADO'], []];
  for (const block of blocks)
    rows.push(
      years.map((y) => `Año ${y}`),
      block,
      [],
    );
  return sheet(name, rows);
}
