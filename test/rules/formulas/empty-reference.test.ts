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
      name: 'SUM(a+b+c) is a sum of members: a blank member of a list with data is not a mistake',
      workbook: workbook(
        sheet('P', [
          ['A', 10],
          ['B', null],
          ['C', 30],
          ['Total', f('SUM(B1+B2+B3)', 40)],
        ]),
      ),
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
      name: 'a total over a wholly empty range is data still to come: one info',
      workbook: workbook(sheet('P', [['Total', f('SUM(C5:C9)', 0)]])),
      findings: [
        {
          messageId: 'missingData',
          severity: 'info',
          range: 'C5:C9',
          related: [{ sheet: 'P', range: 'B1' }],
          data: { blanks: 5, count: 1, formulas: 'B1' },
        },
      ],
    },
    {
      name: 'a link to an empty cell on another sheet is data still to come, reported on that sheet',
      workbook: workbook(sheet('Datos', [[1, null]]), sheet('P', [['Meta', f('Datos!B1', 0)]])),
      findings: [
        {
          messageId: 'missingData',
          severity: 'info',
          sheet: 'Datos',
          range: 'B1',
          related: [{ sheet: 'P', range: 'B1' }],
          data: { formulas: 'P!B1' },
        },
      ],
    },
    {
      name: 'quarterly totals copied down a plan in mid-year: one info for the whole block, no warning',
      workbook: workbook(
        sheet('P', [
          ['Meta', 'T1', 'T2', 'T3', 'T4', 'Año'],
          ['Aulas', 2, 3, null, null, f('(B2+C2+D2+E2)', 5)],
          ['Becas', null, null, null, null, f('(B3+C3+D3+E3)', 0)],
          ['Textos', null, null, null, null, f('(B4+C4+D4+E4)', 0)],
          ['Talleres', 1, null, null, null, f('(B5+C5+D5+E5)', 1)],
        ]),
      ),
      findings: [
        {
          messageId: 'missingData',
          severity: 'info',
          range: 'B3:E4',
          data: { blanks: 8, count: 2, formulas: 'F3:F4' },
        },
      ],
    },
    {
      name: 'the odd one out: every copy reads its rate but one, whose rate is blank',
      workbook: workbook(
        sheet('P', [
          ['Programa', 'Monto', 'Tasa', 'Ajuste'],
          ['11', 100, 0.1, f('B2*C2', 10)],
          ['12', 200, 0.1, f('B3*C3', 20)],
          ['13', 300, null, f('B4*C4', 0)],
          ['14', 400, 0.1, f('B5*C5', 40)],
          ['15', 500, 0.2, f('B6*C6', 100)],
        ]),
      ),
      findings: [
        {
          messageId: 'oddOneOut',
          severity: 'warning',
          range: 'D4',
          related: [{ sheet: 'P', range: 'C4' }],
          data: { reference: 'C4', copies: 4 },
        },
      ],
    },
    {
      name: 'a link that slipped to the blank row under the total on another sheet',
      workbook: workbook(
        sheet('Ejecución', [
          ['Renglón', 'Ene', 'Feb'],
          ['011', 10, 20],
          ['Total', f('SUM(B2:B2)', 10), f('SUM(C2:C2)', 20)],
        ]),
        sheet('Resumen', [['Devengado', f('Ejecución!B3', 10), f('Ejecución!C4', 0)]]),
      ),
      findings: [
        {
          messageId: 'emptyCell',
          severity: 'warning',
          sheet: 'Resumen',
          range: 'C1',
          related: [{ sheet: 'Ejecución', range: 'C4' }],
        },
      ],
    },
    {
      name: 'a sheet whose name Excel quotes is named as Excel writes it',
      workbook: workbook(
        sheet('9.1 Indicadores multianual', [['Meta', 1], [], ['Total', 3]]),
        sheet('P', [['Meta', f("'9.1 Indicadores multianual'!B2", 0)]]),
      ),
      findings: [
        {
          messageId: 'emptyCell',
          sheet: 'P',
          range: 'B1',
          related: [{ sheet: '9.1 Indicadores multianual', range: 'B2' }],
          data: { reference: "'9.1 Indicadores multianual'!B2" },
        },
      ],
    },
    {
      name: 'a division by a blank cell',
      workbook: workbook(
        sheet('P', [
          ['Logrado', 'Meta', '%'],
          [50, null, f('A2/B2', { error: '#DIV/0!' })],
        ]),
      ),
      findings: [{ messageId: 'emptyDivisor', severity: 'warning', range: 'C2', data: { reference: 'B2' } }],
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
