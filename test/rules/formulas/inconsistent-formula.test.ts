import rule from '../../../src/rules/formulas/inconsistent-formula';
import { runRuleTests } from '../../support/rule-tester';
import { f, sheet, styled, workbook, type CellSpec } from '../../support/workbook';

/** Rows of a budget: label, five years and a totals column built by `total(row)`. */
function budget(total: (row: number) => CellSpec, rows = 5): CellSpec[][] {
  const table: CellSpec[][] = [['Programa', 2026, 2027, 2028, 2029, 2030, 'Total']];
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    table.push([`Programa ${i + 1}`, 10, 20, 30, 40, 50, total(r)]);
  }
  return table;
}

runRuleTests(rule, {
  valid: [
    {
      name: 'a totals column copied down consistently',
      workbook: workbook(
        sheet(
          'P',
          budget((r) => f(`SUM(B${r}:F${r})`, 150)),
        ),
      ),
    },
    {
      name: 'subtotal rows that sum the rows under them follow their own pattern',
      workbook: workbook(
        sheet('Metas', [
          ['Producto', 2026, 2027, 'Total'],
          ['Producto 1', f('SUM(B3:B4)', 3), f('SUM(C3:C4)', 3), f('SUM(B2:C2)', 6)],
          ['Sub 1.1', 1, 1, f('SUM(B3:C3)', 2)],
          ['Sub 1.2', 2, 2, f('SUM(B4:C4)', 4)],
          ['Producto 2', f('SUM(B6:B8)', 6), f('SUM(C6:C8)', 6), f('SUM(B5:C5)', 12)],
          ['Sub 2.1', 1, 1, f('SUM(B6:C6)', 2)],
          ['Sub 2.2', 2, 2, f('SUM(B7:C7)', 4)],
          ['Sub 2.3', 3, 3, f('SUM(B8:C8)', 6)],
          ['Total', f('B2+B5', 9), f('C2+C5', 9), f('SUM(D2,D5)', 18)],
        ]),
      ),
    },
    {
      name: 'two formulas are not a majority',
      workbook: workbook(
        sheet('P', [
          [1, 2, f('A1+B1', 3)],
          [1, 2, f('A2+B2', 3)],
          [1, 2, f('A3*B3', 2)],
        ]),
      ),
    },
    {
      name: 'a blank row separates unrelated blocks',
      workbook: workbook(
        sheet('P', [
          [1, 2, f('SUM(A1:B1)', 3)],
          [1, 2, f('SUM(A2:B2)', 3)],
          [1, 2, f('SUM(A3:B3)', 3)],
          [],
          [1, 2, f('SUM(B5:B5)', 2)],
        ]),
      ),
    },
    {
      name: 'links to another sheet whose rows do not line up with ours',
      workbook: workbook(
        sheet('Origen', [[1], [2], [3], [4], [5], [6]]),
        sheet('Vinculos', [
          [f('Origen!A1', 1)],
          [f('Origen!A2', 2)],
          [f('Origen!A3', 3)],
          [f('Origen!A5', 5)],
          [f('Origen!A6', 6)],
        ]),
      ),
    },
    {
      name: 'a different computation (not a near miss) is left alone',
      workbook: workbook(
        sheet(
          'P',
          budget((r) => (r === 4 ? f(`AVERAGE(B${r}:F${r})`, 30) : f(`SUM(B${r}:F${r})`, 150))),
        ),
      ),
    },
    {
      name: 'product rows summing two or three subproducts in one contiguous block',
      workbook: workbook(
        sheet('Metas', [
          ['Producto', 'Meta'],
          [styled('Producto 1', { bold: true }), f('SUM(B3:B4)', 3)],
          ['Sub 1.1', 1],
          ['Sub 1.2', 2],
          [styled('Producto 2', { bold: true }), f('SUM(B6:B7)', 3)],
          ['Sub 2.1', 1],
          ['Sub 2.2', 2],
          [styled('Producto 3', { bold: true }), f('SUM(B9:B10)', 3)],
          ['Sub 3.1', 1],
          ['Sub 3.2', 2],
          [styled('Producto 4', { bold: true }), f('SUM(B12:B14)', 6)],
          ['Sub 4.1', 1],
          ['Sub 4.2', 2],
          ['Sub 4.3', 3],
        ]),
      ),
    },
    {
      name: 'an overall average over the 2-D block among column totals is another computation',
      workbook: workbook(
        sheet('P', [
          ['Programa', 2026, 2027, 2028, 2029],
          ['A', 10, 20, 30, 40],
          ['B', 11, 21, 31, 41],
          ['C', 12, 22, 32, 42],
          ['Total', f('SUM(B2:B4)', 33), f('SUM(C2:C4)', 63), f('SUM(D2:D4)', 93), f('AVERAGE(B2:E4)', 26)],
        ]),
      ),
    },
    {
      name: "a chain that skips label columns on purpose: the neighbour's form would read a label",
      workbook: workbook(
        sheet('P', [
          ['Meta', 'Unidad', 'T1', 'Nota', 'T2', 'Total'],
          ['A', 'Aula', 1, 'ok', 2, f('C2+E2', 3)],
          ['B', 'Aula', 3, 'ok', 4, f('C3+E3', 7)],
          ['C', 'Beca', 5, 'ok', 6, f('C4+E4', 11)],
          ['D', 'Beca', 7, 'ok', 8, f('C5+E5', 15)],
          // The subtotal row keeps its T1 figure in B (C holds a label): the neighbours' =C6+E6
          // would read that label.
          ['Suma', f('SUM(C2:C5)', 16), 'Subtotal', 'ok', f('SUM(E2:E5)', 20), f('B6+E6', 36)],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a typed total between formulas does not hide a break in the pattern',
      workbook: workbook(
        sheet('POA', [
          ['Producto', 'Anual', 'T1', 'T2', 'T3', 'T4'],
          ['A', f('SUM(C2:F2)', 4), 1, 1, 1, 1],
          ['B', f('SUM(C3:F3)', 4), 1, 1, 1, 1],
          ['C', f('SUM(C4:F4)', 4), 1, 1, 1, 1],
          ['D', 4, 1, 1, 1, 1],
          ['E', f('SUM(C6:E6)', 3), 1, 1, 1, 1],
          ['F', f('SUM(C7:F7)', 4), 1, 1, 1, 1],
        ]),
      ),
      findings: [{ messageId: 'inconsistent', range: 'B6', expected: '=SUM(C6:F6)', data: { count: 4 } }],
    },
    {
      name: 'one row of the totals column stops a column early',
      workbook: workbook(
        sheet(
          'P',
          budget((r) => (r === 4 ? f(`SUM(B${r}:E${r})`, 100) : f(`SUM(B${r}:F${r})`, 150))),
        ),
      ),
      findings: [
        {
          messageId: 'inconsistent',
          range: 'G4',
          expected: '=SUM(B4:F4)',
          actual: '=SUM(B4:E4)',
          fix: { range: 'G4', formula: '=SUM(B4:F4)' },
          data: { count: 4, region: 'G2:G6' },
        },
      ],
    },
    {
      name: 'one column of the totals row stops a row early',
      workbook: workbook(
        sheet('P', [
          ['Programa', 2026, 2027, 2028, 2029],
          ['A', 1, 1, 1, 1],
          ['B', 2, 2, 2, 2],
          ['C', 3, 3, 3, 3],
          ['Total', f('SUM(B2:B4)', 6), f('SUM(C2:C4)', 6), f('SUM(D2:D3)', 3), f('SUM(E2:E4)', 6)],
        ]),
      ),
      findings: [{ messageId: 'inconsistent', range: 'D5', expected: '=SUM(D2:D4)' }],
    },
    {
      name: 'a formula that reads the wrong row',
      workbook: workbook(
        sheet('P', [
          [2, 3, f('A1*B1', 6)],
          [2, 3, f('A2*B2', 6)],
          [2, 3, f('A2*B3', 6)],
          [2, 3, f('A4*B4', 6)],
          [2, 3, f('A5*B5', 6)],
        ]),
      ),
      findings: [{ messageId: 'inconsistent', range: 'C3', expected: '=A3*B3' }],
    },
    {
      name: 'a whole formula slipped one row (both references together) is one fault',
      workbook: workbook(
        sheet('P', [
          ['Programa', 'Monto', 'Tasa', 'Ajuste'],
          ['A', 100, 0.1, f('B2*C2', 10)],
          ['B', 200, 0.1, f('B3*C3', 20)],
          ['C', 300, 0.1, f('B5*C5', 40)],
          ['D', 400, 0.1, f('B5*C5', 40)],
          ['E', 500, 0.1, f('B6*C6', 50)],
        ]),
      ),
      findings: [{ messageId: 'inconsistent', range: 'D4', expected: '=B4*C4' }],
    },
    {
      name: 'a totals row across a blank spacer column between two groups',
      workbook: workbook(
        sheet('P', [
          ['Producto', 'Física', 'Financiera', null, 'Física', 'Financiera'],
          ['A', 1, 10, null, 2, 20],
          ['B', 3, 30, null, 4, 40],
          ['C', 5, 50, null, 6, 60],
          ['Total', f('SUM(B2:B4)', 9), f('SUM(C2:C4)', 90), null, f('SUM(E2:E4)', 12), f('SUM(F2:F3)', 60)],
        ]),
      ),
      findings: [{ messageId: 'inconsistent', range: 'F5', expected: '=SUM(F2:F4)' }],
    },
    {
      name: 'an addition that lost one member among additions skipping label columns',
      workbook: workbook(
        sheet('P', [
          ['Meta', 'C1', 'Nota', 'C2', 'Nota', 'C3', 'Año'],
          ['A', 1, 'ok', 2, 'ok', 3, f('B2+D2+F2', 6)],
          ['B', 1, 'ok', 1, 'ok', 1, f('B3+D3+F3', 3)],
          ['C', 2, 'ok', 2, 'ok', 2, f('B4+D4', 4)],
          ['D', 3, 'ok', 3, 'ok', 3, f('B5+D5+F5', 9)],
          ['E', 4, 'ok', 4, 'ok', 4, f('B6+D6+F6', 12)],
        ]),
      ),
      findings: [{ messageId: 'inconsistent', range: 'G4', expected: '=B4+D4+F4' }],
    },
    {
      name: 'absolute anchors are kept in the proposed formula',
      workbook: workbook(
        sheet('P', [
          ['Tasa', 7.8],
          [1, f('A2*$B$1', 7.8)],
          [2, f('A3*$B$1', 15.6)],
          [3, f('A4*B1', 23.4)],
          [4, f('A5*$B$1', 31.2)],
        ]),
      ),
      findings: [{ messageId: 'inconsistent', range: 'B4', expected: '=A4*$B$1' }],
    },
  ],
});
