import rule from '../../../src/rules/formulas/range-omits-cells';
import { runRuleTests } from '../../support/rule-tester';
import { f, sheet, styled, workbook } from '../../support/workbook';

runRuleTests(rule, {
  valid: [
    {
      name: 'an annual goal typed before the quarters, equal to their total, states the same figure again',
      // A blank row parts the header from the block, as a follow-up report does between products.
      workbook: workbook(
        sheet('Seguimiento', [
          ['Producto', 'Meta anual', 'T1', 'T2', 'T3', 'T4', 'Total'],
          [],
          ['Agua potable', 41400, 10300, 10200, 10500, 10400, f('SUM(C3:F3)', 41400)],
          ['Bacheo', 23000, 5200, 6800, 6500, 4500, f('SUM(C4:F4)', 23000)],
        ]),
      ),
    },
    {
      name: 'a total over the whole list',
      workbook: workbook(
        sheet('P', [
          ['Programa', 'Monto'],
          ['A', 100],
          ['B', 200],
          ['Total', f('SUM(B2:B3)', 300)],
        ]),
      ),
    },
    {
      name: 'the year in the header above the list is not part of it',
      workbook: workbook(
        sheet('P', [
          ['Programa', 2026],
          ['A', 100],
          ['B', 200],
          ['Total', f('SUM(B2:B3)', 300)],
        ]),
      ),
    },
    {
      name: 'numbers beyond a blank row belong to another block',
      workbook: workbook(sheet('P', [['Monto'], [100], [200], [f('SUM(A2:A3)', 300)], [], [50]])),
    },
    {
      name: 'a product row sums only its subproducts; the next product is not omitted',
      workbook: workbook(
        sheet('Metas', [
          ['Producto', 'Meta'],
          [styled('Producto 1', { bold: true }), f('SUM(B3:B4)', 30)],
          ['Subproducto 1.1', 10],
          ['Subproducto 1.2', 20],
          [styled('Producto 2', { bold: true }), 40],
          ['Subproducto 2.1', 40],
        ]),
      ),
    },
    {
      name: 'a subtotal next to the range is not omitted',
      workbook: workbook(
        sheet('P', [
          ['Programa', 'Monto'],
          ['A', 100],
          ['B', 200],
          ['Subtotal', f('SUM(B2:B3)', 300)],
          ['C', 50],
          ['Subtotal', f('SUM(B5:B5)', 50)],
          ['Total', f('SUBTOTAL(9,B2:B6)', 350)],
        ]),
      ),
    },
    {
      name: 'a code column left of the years is not part of a row sum',
      workbook: workbook(
        sheet('P', [
          ['PRG', 'Descripción', 2026, 2027, 'Total'],
          [11, 'Servicios', 100, 200, f('SUM(C2:D2)', 300)],
          [12, 'Control', 100, 200, f('SUM(C3:D3)', 300)],
        ]),
      ),
    },
    {
      name: 'percentages next to amounts are another kind of number',
      workbook: workbook(
        sheet('P', [
          ['Monto', '%'],
          [100, styled(0.25, {}, '0.00%')],
          [300, styled(0.75, {}, '0.00%')],
          [f('SUM(A2:A3)', 400), f('SUM(B2:B3)', 1, { numFmt: '0.00%' })],
        ]),
      ),
    },
    {
      name: 'the row of column numbers under the header is not part of the list',
      workbook: workbook(
        sheet('P', [
          ['PRG', 'Descripción', 'Monto 2026', 'Monto 2027'],
          [1, 2, 3, 4],
          ['01', 'Actividades centrales', 100, 150],
          ['11', 'Servicios', 200, 250],
          ['Total', null, f('SUM(C3:C4)', 300), f('SUM(D3:D4)', 400)],
        ]),
      ),
    },
    {
      name: 'a running total beside its list reads up to its own row',
      workbook: workbook(
        sheet('P', [
          ['Monto', 'Acumulado'],
          [100, f('SUM($A$2:A2)', 100)],
          [200, f('SUM($A$2:A3)', 300)],
          [300, f('SUM($A$2:A4)', 600)],
        ]),
      ),
    },
    {
      name: 'a grand total over subtotals: extending over the rows a subtotal reads would count them twice',
      workbook: workbook(
        sheet('P', [
          ['Programa', 'Monto'],
          ['A', 100],
          ['B', 200],
          ['Programa 11', f('B2+B3', 300)],
          ['Total', f('SUM(B4:B4)', 300)],
        ]),
      ),
    },
    {
      name: 'never more omitted cells than the range holds',
      workbook: workbook(
        sheet('P', [
          ['Programa', 'Monto'],
          ['A', 100],
          ['B', 200],
          ['C', 300],
          ['D', 400],
          ['Último', f('SUM(B5:B5)', 400)],
        ]),
      ),
    },
    {
      name: 'a total labelled as a part covers a subset on purpose',
      workbook: workbook(
        sheet('P', [
          ['Municipio', 'Monto'],
          ['Tenjo', 500],
          ['Cota', 400],
          ['Chía', 300],
          ['Total de los dos principales', f('SUM(B2:B3)', 900)],
        ]),
      ),
    },
    {
      name: 'a row of rates above the amounts is not part of the list',
      workbook: workbook(
        sheet('P', [
          [null, 'Tasa', 12],
          ['Programa', 'Código', 'Monto'],
          ['A', '11', 100],
          ['B', '12', 200],
          ['Total', null, f('SUM(C3:C4)', 300)],
        ]),
      ),
    },
    {
      name: 'rows of another programme (key column) are the next group',
      workbook: workbook(
        sheet('P', [
          ['Prog.', 'Actividad', 'Monto'],
          ['11', 'Actividad 1', 100],
          ['11', 'Actividad 2', 200],
          ['12', 'Actividad 1', 300],
          ['Total 11', null, f('SUM(C2:C3)', 300)],
        ]),
      ),
    },
    {
      name: 'a sum across one year group of a two-row merged header stops at the next year',
      workbook: workbook(
        sheet(
          'P',
          [
            ['Producto', 'Total 2026', 2026, null, 2027, null],
            [null, null, 'Física', 'Financiera', 'Física', 'Financiera'],
            ['A', f('SUM(C3:D3)', 30), 10, 20, 40, 50],
          ],
          { merges: ['C1:D1', 'E1:F1'] },
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'a number before the quarters that is not their total is an omitted quarter',
      workbook: workbook(
        sheet('Seguimiento', [
          ['Producto', 'T1', 'T2', 'T3', 'T4', 'Total'],
          [],
          ['Agua potable', 10300, 10200, 10500, 10400, f('SUM(C3:E3)', 31100)],
        ]),
      ),
      findings: [{ messageId: 'omits', range: 'F3', expected: '=SUM(B3:E3)', data: { omitted: 'B3' } }],
    },
    {
      name: 'two numbers left out, one above and one below',
      workbook: workbook(
        sheet('P', [
          ['Programa', 'Monto'],
          ['A', 100],
          ['B', 200],
          ['C', 300],
          ['D', 400],
          ['Total', f('SUM(B3:B4)', 500)],
        ]),
      ),
      findings: [
        { messageId: 'omitsMany', range: 'B6', expected: '=SUM(B2:B5)', data: { omitted: 'B2, B5', count: 2 } },
      ],
    },
    {
      name: 'an annual goal that sums its quarters but stops before the fourth',
      workbook: workbook(
        sheet('POA', [
          ['Producto', 'Meta física 2026', null, null, null, null, 'Meta financiera 2026'],
          [null, 'Anual', 'Trim. 1', 'Trim. 2', 'Trim. 3', 'Trim. 4', null],
          ['A', f('SUM(C3:E3)', 30), 10, 10, 10, 5, 1000],
        ]),
      ),
      findings: [{ messageId: 'omits', range: 'B3', expected: '=SUM(C3:F3)', data: { omitted: 'F3' } }],
    },
    {
      name: 'totals that all stop at the same place look chosen: info, not a warning',
      workbook: workbook(
        sheet('P', [
          ['Meta', 'T1', 'T2', 'T3', 'T4', 'Suma T2-T4'],
          ['A', 1, 2, 3, 4, f('SUM(C2:E2)', 9)],
          ['B', 1, 1, 1, 1, f('SUM(C3:E3)', 3)],
          ['C', 2, 2, 2, 2, f('SUM(C4:E4)', 6)],
        ]),
      ),
      findings: [
        { messageId: 'omits', range: 'F2', severity: 'info' },
        { messageId: 'omits', range: 'F3', severity: 'info' },
        { messageId: 'omits', range: 'F4', severity: 'info' },
      ],
    },
    {
      name: 'the total stops one row short',
      workbook: workbook(
        sheet('P', [
          ['Programa', 'Monto'],
          ['A', 100],
          ['B', 200],
          ['C', 300],
          ['Total', f('SUM(B2:B3)', 300)],
        ]),
      ),
      findings: [
        {
          messageId: 'omits',
          range: 'B5',
          expected: '=SUM(B2:B4)',
          fix: { range: 'B5', formula: '=SUM(B2:B4)' },
          data: { omitted: 'B4' },
          related: [{ sheet: 'P', range: 'B4' }],
        },
      ],
    },
    {
      name: 'the total starts one row late, below the header',
      workbook: workbook(
        sheet('P', [
          ['Programa', 'Monto'],
          ['A', 100],
          ['B', 200],
          ['Total', f('SUM($B$3:$B$3)', 200)],
        ]),
      ),
      findings: [{ messageId: 'omits', range: 'B4', expected: '=SUM($B$2:$B$3)', data: { omitted: 'B2' } }],
    },
    {
      name: 'a totals column that stops before the last year',
      workbook: workbook(
        sheet('P', [
          ['Programa', 2026, 2027, 2028, 'Total'],
          ['A', 1, 2, 3, f('SUM(B2:C2)', 3)],
        ]),
      ),
      findings: [{ messageId: 'omits', range: 'E2', expected: '=SUM(B2:D2)', data: { omitted: 'D2' } }],
    },
    {
      name: 'a product row that skips its first subproduct',
      workbook: workbook(
        sheet('Metas', [
          ['Producto', 'Meta'],
          [styled('Producto 1', { bold: true }), f('SUM(B4:B5)', 50)],
          ['Subproducto 1.1', 10],
          ['Subproducto 1.2', 20],
          ['Subproducto 1.3', 30],
        ]),
      ),
      findings: [{ messageId: 'omits', range: 'B2', expected: '=SUM(B3:B5)', data: { omitted: 'B3' } }],
    },
  ],
});
