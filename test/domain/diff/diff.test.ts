/**
 * diffPlans on small plans laid out as planners type them: products added, removed and renamed;
 * a goal changed in one matrix only; a cell edit with no meaning in the plan.
 */
import type { WorkbookSnapshot } from '../../../src/core';
import { diffPlans } from '../../../src/domain/diff/diff';
import { f, workbook } from '../../support/workbook';
import { goalsSheet, programmaticSheet, type GoalRow } from '../../rules/totals/pom-tables';

const DIRECCION = 'Dirección y Coordinación';
const VISAS = 'Visas guatemaltecas emitidas';
const PASAPORTES = 'Emisión de pasaportes';

function plan(
  goals: GoalRow[],
  network: { name: string; unit: string; codes: (string | number | null)[] }[],
  total?: unknown[],
): WorkbookSnapshot {
  return workbook(goalsSheet([2026, 2027], goals, total as never), programmaticSheet(network as never));
}

const before = plan(
  [
    [`Producto: ${DIRECCION}`, 'Documento', 3, 292649151, 3, 350187509],
    [`Producto: ${VISAS}`, 'Documento', 1000, 500000, 1100, 550000],
    [`Producto: ${PASAPORTES}`, 'Documento', 2000, 900000, 2100, 950000],
  ],
  [
    { name: DIRECCION, unit: 'Documento', codes: ['01', '00', '00', '001'] },
    { name: VISAS, unit: 'Documento', codes: ['11', '00', '00', '002'] },
    { name: PASAPORTES, unit: 'Documento', codes: ['11', '00', '00', '003'] },
  ],
);

describe('diffPlans', () => {
  it('finds nothing between a plan and itself', () => {
    expect(diffPlans(before, before)).toEqual({ changes: [], cellChanges: [], sheets: { added: [], removed: [] } });
  });

  it('reports a product removed, one added and one renamed (matched by its code), in the plan’s terms', () => {
    const after = plan(
      [
        [`Producto: ${DIRECCION}`, 'Documento', 3, 292649151, 3, 350187509],
        ['Producto: Visados de residencia temporal', 'Documento', 1000, 500000, 1100, 550000],
        ['Producto: Certificaciones de movimiento migratorio', 'Documento', 50, 10000, 60, 12000],
      ],
      [
        { name: DIRECCION, unit: 'Documento', codes: ['01', '00', '00', '001'] },
        { name: 'Visados de residencia temporal', unit: 'Documento', codes: ['11', '00', '00', '002'] },
        { name: 'Certificaciones de movimiento migratorio', unit: 'Documento', codes: ['11', '00', '00', '004'] },
      ],
    );
    const diff = diffPlans(before, after);
    const brief = diff.changes.map((c) => `${c.kind} ${c.label} ${c.subject}${c.after ? ` → ${c.after}` : ''}`).sort();
    expect(brief).toEqual(
      [
        `item-renamed Nombre ${VISAS} → «Visados de residencia temporal»`,
        // The test layout repeats the product's name as its activity's description.
        'changed Descripción de la actividad Visados de residencia temporal → «Visados de residencia temporal»',
        'item-added Producto Certificaciones de movimiento migratorio',
        `item-removed Producto ${PASAPORTES}`,
      ].sort(),
    );
    const renamed = diff.changes.find((c) => c.kind === 'item-renamed')!;
    // Renamed in both matrices: one change, two places, nothing left behind.
    expect(renamed.places.map((p) => `${p.sheet}!${p.range}`).sort()).toEqual([
      '9.3 Red programática!B7',
      '9.5 Metas!A9',
    ]);
    expect(renamed.notCarried).toEqual([]);
    expect(renamed.message).toBe(
      `Se renombró el producto «${VISAS}» como «Visados de residencia temporal» (9.3 Red programática!B7, 9.5 Metas!A9).`,
    );
    expect(diff.cellChanges).toEqual([]);
  });

  it('reports a goal changed in the goals matrix and a unit changed in one matrix only, with where it was not carried', () => {
    const after = plan(
      [
        [`Producto: ${DIRECCION}`, 'Documento', 3, 292649151, 3, 350187509],
        [`Producto: ${VISAS}`, 'Visa', 1000, 500000, 1250, 550000],
        [`Producto: ${PASAPORTES}`, 'Documento', 2000, 900000, 2100, 950000],
      ],
      [
        { name: DIRECCION, unit: 'Documento', codes: ['01', '00', '00', '001'] },
        { name: VISAS, unit: 'Documento', codes: ['11', '00', '00', '002'] },
        { name: PASAPORTES, unit: 'Documento', codes: ['11', '00', '00', '003'] },
      ],
    );
    const diff = diffPlans(before, after);
    expect(diff.changes.map((c) => [c.label, c.before, c.after, c.places.map((p) => p.range)])).toEqual([
      ['Unidad de medida', '«Documento»', '«Visa»', ['B9']],
      ['Meta física 2027', '1,100', '1,250', ['E9']],
    ]);
    expect(diff.changes[0].notCarried).toEqual([
      { matrix: 'Red de categorías programáticas', sheet: '9.3 Red programática', range: 'C7', value: '«Documento»' },
    ]);
    expect(diff.changes[0].message).toContain('No se trasladó a: 9.3 Red programática!C7 («Documento»)');
  });

  it('lists a formula rewritten to the same value, and a code spelt another way, as cell changes only', () => {
    const total = (formula: string) => [f(formula, 3000), null, 3200, null];
    const a = plan(
      [
        [`Producto: ${VISAS}`, 'Documento', 1000, 500000, 1100, 550000],
        [`Producto: ${PASAPORTES}`, 'Documento', 2000, 900000, 2100, 950000],
      ],
      [{ name: VISAS, unit: 'Documento', codes: ['11', '00', '00', '02'] }],
      total('SUM(C8:C9)'),
    );
    const b = plan(
      [
        [`Producto: ${VISAS}`, 'Documento', 1000, 500000, 1100, 550000],
        [`Producto: ${PASAPORTES}`, 'Documento', 2000, 900000, 2100, 950000],
      ],
      [{ name: VISAS, unit: 'Documento', codes: ['11', '00', '00', '002'] }],
      total('C8+C9'),
    );
    const diff = diffPlans(a, b);
    expect(diff.changes).toEqual([]);
    expect(diff.cellChanges.map((c) => `${c.sheet}!${c.range}`)).toEqual(['9.5 Metas!C10', '9.3 Red programática!H5']);
  });

  it('sees a product row inserted in the middle as one product added, not the rows below it changed', () => {
    const after = plan(
      [
        [`Producto: ${DIRECCION}`, 'Documento', 3, 292649151, 3, 350187509],
        ['Producto: Certificaciones de movimiento migratorio', 'Documento', 50, 10000, 60, 12000],
        [`Producto: ${VISAS}`, 'Documento', 1000, 500000, 1100, 550000],
        [`Producto: ${PASAPORTES}`, 'Documento', 2000, 900000, 2100, 950000],
      ],
      [
        { name: DIRECCION, unit: 'Documento', codes: ['01', '00', '00', '001'] },
        { name: VISAS, unit: 'Documento', codes: ['11', '00', '00', '002'] },
        { name: PASAPORTES, unit: 'Documento', codes: ['11', '00', '00', '003'] },
      ],
    );
    const diff = diffPlans(before, after);
    expect(diff.changes.map((c) => [c.kind, c.subject])).toEqual([
      ['item-added', 'Certificaciones de movimiento migratorio'],
    ]);
    expect(diff.changes[0].places.map((p) => p.range)).toEqual(['A9', 'B9', 'C9', 'D9', 'E9', 'F9']);
    expect(diff.cellChanges).toEqual([]);
  });
});
