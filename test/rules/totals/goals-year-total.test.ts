import rule from '../../../src/rules/totals/goals-year-total';
import { runRuleTests } from '../../support/rule-tester';
import { f, workbook, type CellSpec } from '../../support/workbook';
import { budgetSheet, goalsSheet, type GoalRow } from './pom-tables';

// Rows 8-12 of the sheet; columns C/D = 2026 physical/financial, E/F = 2027.
const items: GoalRow[] = [
  ['Producto: Dirección y Coordinación', 'Documento', 3, 292649151, 3, 350187509],
  ['Dirección y Coordinación', 'Documento', 3, 292649151, 3, 350187509],
  ['Producto: Asistencia y Protección a las Personas Migrantes', 'Persona', 165924, 38495564, 143669, 38389074],
  ['Migrantes atendidos', 'Persona', 125924, 27495564, 103669, 27389074],
  ['Migrantes en albergues', 'Persona', 40000, 11000000, 40000, 11000000],
];
const totals = [null, 331144715, null, 388576583];

/**
 * Two programme groups with «Subtotal» rows, and a Total that adds up the subtotals: rows 8-9 are
 * programme 01's products, 10 its subtotal; 11-12 programme 11's, 13 its subtotal; 14 the Total.
 */
function withSubtotals(subtotal11: string, subtotal11Value: number, total: CellSpec) {
  return workbook(
    goalsSheet(
      [2026],
      [
        ['Producto: Dirección y Coordinación', 'Documento', 3, 1000],
        ['Producto: Servicios administrativos', 'Documento', 2, 500],
        ['Subtotal programa 01', '', null, f('SUM(D8:D9)', 1500)],
        ['Producto: Asistencia a migrantes', 'Persona', 10, 2000],
        ['Producto: Emisión de pasaportes', 'Documento', 20, 700],
        ['Subtotal programa 11', '', null, f(subtotal11, subtotal11Value)],
      ],
      [null, total],
    ),
  );
}

runRuleTests(rule, {
  valid: [
    {
      name: 'a product amount that is a formula never calculated (no saved result): the sum is unknown, not compared',
      workbook: workbook(
        goalsSheet(
          [2026],
          [
            ['Producto: Visas emitidas', 'Documento', 10, f('SUM(H8:J8)')],
            ['Producto: Residencias emitidas', 'Documento', 5, 50],
          ],
          [15, 150],
        ),
      ),
    },
    {
      name: 'a workbook written without results (ExcelJS): Total and products are formulas with no saved value',
      workbook: workbook(
        goalsSheet(
          [2026],
          [
            ['Producto: Visas emitidas', 'Documento', 10, f('D9')],
            ['Visas ordinarias', 'Documento', 10, 100],
            ['Producto: Residencias emitidas', 'Documento', 5, f('D11')],
            ['Residencias temporales', 'Documento', 5, 50],
          ],
          [f('C8+C10'), f('D8+D10')],
        ),
      ),
    },
    {
      name: 'a typed Total that adds the products (not the subproducts)',
      workbook: workbook(goalsSheet([2026, 2027], items, totals)),
    },
    {
      name: 'a Total as formulas over the product rows',
      workbook: workbook(
        goalsSheet([2026, 2027], items, [null, f('SUM(D8,D10)', 331144715), null, f('D8+D10', 388576583)]),
      ),
    },
    {
      name: 'products of different units: no physical total is expected, a physical cell left alone',
      workbook: workbook(goalsSheet([2026, 2027], items, [999, 331144715, 1, 388576583])),
    },
    {
      name: 'products of one unit with the right physical total',
      workbook: workbook(
        goalsSheet(
          [2026],
          [
            ['Producto: Visas emitidas', 'Documento', 10, 1.1],
            ['Producto: Residencias emitidas', 'Documentos', 5, 2.2],
          ],
          [15, 3.3],
        ),
      ),
    },
    {
      name: 'a product without amounts counts through its subproducts',
      workbook: workbook(
        goalsSheet(
          [2026],
          [
            ['Producto: Emisión de Documentos', 'Documento', null, null],
            ['Pasaportes', 'Documento', 10, 100],
            ['Prórrogas', 'Documento', 5, 50],
            ['Producto: Aportes', 'Documento', 1, 25],
          ],
          [null, 175],
        ),
      ),
    },
    {
      name: 'rows without any product mark: a Total of the block heads (products over their subproducts) is right',
      workbook: workbook(
        goalsSheet(
          [2026],
          [
            ['Emisión de documentos', 'Documento', 15, 30],
            ['Pasaportes', 'Documento', 10, 10],
            ['Prórrogas', 'Documento', 5, 20],
            ['Aportes', 'Documento', 1, 5],
          ],
          [null, 35],
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'a subtotal that drops a product: the finding is at the subtotal, mended there, with the Total related',
      workbook: withSubtotals('SUM(D11:D11)', 2000, f('D10+D13', 3500)),
      findings: [
        {
          messageId: 'subtotal',
          range: 'D13',
          expected: 2700,
          actual: 2000,
          fix: { range: 'D13', formula: '=SUM(D11:D12)' },
          data: { total: 'D14' },
        },
      ],
    },
    {
      name: 'a typed Total over right subtotals that is itself wrong stays on the Total',
      workbook: withSubtotals('SUM(D11:D12)', 2700, 4000),
      findings: [{ messageId: 'financial', range: 'D14', expected: 4200, actual: 4000 }],
    },
    {
      name: 'the seed: Total 2026 typed Q565,504,297 over products that add up otherwise',
      workbook: workbook(goalsSheet([2026, 2027], items, [null, 327144715, null, 388576583])),
      findings: [
        {
          messageId: 'financial',
          kind: 'total-mismatch',
          sheet: '9.5 Metas',
          range: 'D13',
          expected: 331144715,
          actual: 327144715,
          data: { year: 2026, actual: 'Q327,144,715.00', expected: 'Q331,144,715.00' },
          related: [
            { sheet: '9.5 Metas', range: 'D8' },
            { sheet: '9.5 Metas', range: 'D10' },
          ],
          fix: { range: 'D13', formula: '=SUM(D8,D10)' },
        },
      ],
    },
    {
      name: 'a Total formula that adds products and subproducts, and the budget that agrees with the products',
      workbook: workbook(
        budgetSheet(
          [2026, 2027],
          [
            ['01', 'Actividades Centrales', 292649151, 350187509],
            ['11', 'Derecho Migratorio', 38495564, 38389074],
          ],
          [331144715, 388576583],
        ),
        goalsSheet([2026, 2027], items, [null, f('SUM(D8:D12)', 662289430), null, 388576583]),
      ),
      findings: [
        {
          messageId: 'financial',
          sheet: '9.5 Metas',
          range: 'D13',
          expected: 331144715,
          actual: 662289430,
          related: [
            { sheet: '9.5 Metas', range: 'D8' },
            { sheet: '9.5 Metas', range: 'D10' },
            { sheet: '8 Presupuesto', range: 'C8' },
          ],
        },
      ],
    },
    {
      name: 'rows without any product mark and a Total that adds neither the heads nor all rows',
      workbook: workbook(
        goalsSheet(
          [2026],
          [
            ['Emisión de documentos', 'Documento', 15, 30],
            ['Pasaportes', 'Documento', 10, 10],
            ['Prórrogas', 'Documento', 5, 20],
            ['Aportes', 'Documento', 1, 5],
          ],
          [null, 36],
        ),
      ),
      findings: [
        {
          messageId: 'financial',
          range: 'D12',
          expected: 35,
          actual: 36,
          fix: { range: 'D12', formula: '=SUM(D8,D11)' },
        },
      ],
    },
    {
      name: 'products of one unit whose physical total is wrong',
      workbook: workbook(
        goalsSheet(
          [2026],
          [
            ['Producto: Visas emitidas', 'Documento', 10, 1.1],
            ['Producto: Residencias emitidas', 'Documento', 5, 2.2],
          ],
          [16, 3.3],
        ),
      ),
      findings: [{ messageId: 'physical', range: 'C10', expected: 15, actual: 16, data: { expected: '15' } }],
    },
  ],
});
