import rule from '../../../src/rules/formulas/empty-reference';
import { runRuleTests } from '../../support/rule-tester';
import { f, sheet, workbook } from '../../support/workbook';

runRuleTests(rule, {
  valid: [
    {
      name: 'formulas that read filled cells',
      workbook: workbook(sheet('P', [['Meta', 10, 20, f('B1+C1', 30)]])),
    },
    {
      name: 'a sum over a list with gaps',
      workbook: workbook(
        sheet('P', [
          ['A', 10],
          ['B', null],
          ['C', 30],
          ['Total', f('SUM(B1:B3)', 40)],
        ]),
      ),
    },
    {
      name: 'a sum of products where one product is empty on purpose',
      workbook: workbook(
        sheet('P', [
          ['A', 10],
          ['B', null],
          ['C', 30],
          ['Total', f('SUM(B1,B2,B3)', 40)],
        ]),
      ),
    },
    {
      name: 'a subtotal written as an addition where one product has no physical goal',
      workbook: workbook(
        sheet('P', [
          ['A', 10],
          ['B', null],
          ['C', 30],
          ['Subtotal', f('B1+B2+B3', 40)],
        ]),
      ),
    },
    {
      name: 'formulas that test for blanks on purpose',
      workbook: workbook(sheet('P', [['Meta', null, f('IF(B1="","",B1*2)', ''), f('IFERROR(1/B1,0)', 0)]])),
    },
    {
      name: 'rows prepared for data still to come (formulas only)',
      workbook: workbook(
        sheet('P', [
          ['Meta', 'Logro', 'Total'],
          [null, null, f('A2+B2', 0)],
          [null, null, f('A3+B3', 0)],
        ]),
      ),
    },
    {
      name: 'a reference to a sheet that does not exist is a #REF! matter',
      workbook: workbook(sheet('P', [['Meta', f('Otra!A1*2', 0)]])),
    },
    {
      name: 'a cross-sheet reference resolved against the right sheet',
      workbook: workbook(sheet('Datos', [[null, 7]]), sheet('P', [['Meta', f("'datos'!B1*2", 14)]])),
    },
    {
      name: 'a reference to a formula cell that shows nothing yet',
      workbook: workbook(sheet('P', [['Meta', f('C1', null), f('1+1', null)]])),
    },
  ],
  invalid: [
    {
      name: 'a subtotal that adds the blank separator row instead of the next product',
      workbook: workbook(sheet('P', [['A', 10], [], ['C', 30], ['Subtotal', f('B1+B2', 10)]])),
      findings: [{ messageId: 'emptyCell', range: 'B4', data: { reference: 'B2' } }],
    },
    {
      name: 'a formula that reads an empty cell',
      workbook: workbook(
        sheet('P', [
          ['Tasa', null],
          ['Monto', 100, f('B2*B1', 0)],
        ]),
      ),
      findings: [
        { messageId: 'emptyCell', range: 'C2', related: [{ sheet: 'P', range: 'B1' }], data: { reference: 'B1' } },
      ],
    },
    {
      name: 'a sum over a wholly empty range',
      workbook: workbook(sheet('P', [['Total', f('SUM(C5:C9)', 0)]])),
      findings: [{ messageId: 'emptyRange', range: 'B1', data: { reference: 'C5:C9' } }],
    },
    {
      name: 'an empty cell on another sheet',
      workbook: workbook(sheet('Datos', [[1, null]]), sheet('P', [['Meta', f('Datos!B1', 0)]])),
      findings: [
        {
          messageId: 'emptyCell',
          sheet: 'P',
          range: 'B1',
          related: [{ sheet: 'Datos', range: 'B1' }],
          data: { reference: 'Datos!B1' },
        },
      ],
    },
    {
      name: 'an empty cell on a sheet whose name Excel quotes, named as Excel writes it',
      workbook: workbook(
        sheet('9.1 Indicadores multianual', [[1, null]]),
        sheet('P', [['Meta', f("'9.1 Indicadores multianual'!B1", 0)]]),
      ),
      findings: [
        {
          messageId: 'emptyCell',
          sheet: 'P',
          range: 'B1',
          related: [{ sheet: '9.1 Indicadores multianual', range: 'B1' }],
          data: { reference: "'9.1 Indicadores multianual'!B1" },
        },
      ],
    },
    {
      name: 'a copied formula reading empty cells on every row gives one finding',
      workbook: workbook(
        sheet('P', [
          ['A', 1, f('B1*$E$1', 0)],
          ['B', 2, f('B2*$E$1', 0)],
          ['C', 3, f('B3*$E$1', 0)],
        ]),
      ),
      findings: [{ messageId: 'emptyBlock', range: 'C1:C3', data: { count: 3, reference: 'E1' } }],
    },
  ],
});
