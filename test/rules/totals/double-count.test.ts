import rule from '../../../src/rules/totals/double-count';
import { runRuleTests } from '../../support/rule-tester';
import { f, sheet, workbook } from '../../support/workbook';

/** Two activities with their inputs and subtotals, and a grand total written by `total`. */
function costs(
  total: ReturnType<typeof f>,
  subtotal = (range: string, value: number) => f(`SUBTOTAL(9,${range})`, value),
) {
  return workbook(
    sheet('Costos', [
      ['Insumo', 'Costo'],
      ['Balanzas', 100],
      ['Tallímetros', 200],
      ['Subtotal', subtotal('B2:B3', 300)],
      ['Refacciones', 50],
      ['Subtotal', subtotal('B5:B5', 50)],
      ['Total general', total],
    ]),
  );
}

runRuleTests(rule, {
  valid: [
    { name: 'SUBTOTAL over subtotals skips them', workbook: costs(f('SUBTOTAL(9,B2:B6)', 350)) },
    { name: 'a total of the subtotals alone', workbook: costs(f('SUM(B4,B6)', 350)) },
    {
      name: 'a total of the details alone, the subtotals outside its range',
      workbook: workbook(
        sheet('P', [
          ['A', 100],
          ['B', 200],
          ['Total', f('SUM(B1:B2)', 300)],
          ['Subtotal A', f('SUM(B1:B1)', 100)],
        ]),
      ),
    },
    {
      name: 'a single-cell link inside the range is not a subtotal',
      workbook: workbook(
        sheet('P', [
          ['A', 100],
          ['Copia de A', f('B1', 100)],
          ['Total', f('SUM(B1:B2)', 200)],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a grand total retyped as SUM over the details and their SUBTOTALs',
      workbook: costs(f('SUM(B2:B6)', 700)),
      findings: [
        {
          messageId: 'doubleCount',
          range: 'B7',
          severity: 'error',
          expected: 350,
          actual: 700,
          related: [
            { sheet: 'Costos', range: 'B4' },
            { sheet: 'Costos', range: 'B6' },
          ],
        },
      ],
    },
    {
      name: 'a subtotal stretched over the next group and its subtotal',
      workbook: workbook(
        sheet('P', [
          ['Servicios', 10],
          ['Viáticos', 20],
          ['Subtotal servicios', f('SUM(B1:B2)', 30)],
          ['Materiales', 5],
          ['Subtotal materiales', f('SUM(B1:B4)', 65)],
        ]),
      ),
      findings: [{ messageId: 'doubleCount', range: 'B5', expected: 35, related: [{ sheet: 'P', range: 'B3' }] }],
    },
  ],
});
