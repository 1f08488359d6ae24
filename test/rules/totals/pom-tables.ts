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
