import rule from '../../../src/rules/totals/stale-total';
import { runRuleTests } from '../../support/rule-tester';
import { err, f, sheet, styled, workbook } from '../../support/workbook';

const Q = '"Q"#,##0.00';

runRuleTests(rule, {
  valid: [
    {
      name: 'totals that agree with their ranges (money to the centavo, float noise forgiven)',
      workbook: workbook(
        sheet('P', [
          ['A', styled(0.1, {}, Q), 1],
          ['B', styled(0.2, {}, Q), 2],
          ['Total', f('SUM(B1:B2)', 0.30000000000000004, { numFmt: Q }), f('SUM(C1:C2)', 3)],
        ]),
      ),
    },
    {
      name: 'a covered formula that was never calculated makes the sum unknown',
      workbook: workbook(sheet('P', [[1], [f('A1*2', null)], [f('SUM(A1:A2)', 99)]])),
    },
    {
      name: 'a covered error makes the sum unknown',
      workbook: workbook(sheet('P', [[1], [err('#N/A')], [f('SUM(A1:A2)', 99)]])),
    },
    {
      name: 'a total without a cached value is skipped',
      workbook: workbook(sheet('P', [[1], [2], [f('SUM(A1:A2)', null)]])),
    },
    {
      name: 'SUM ignores text, as Excel does',
      workbook: workbook(sheet('P', [[1], ['2'], [f('SUM(A1:A2)', 1)]])),
    },
    {
      name: 'SUBTOTAL skips the subtotals inside its range',
      workbook: workbook(
        sheet('P', [
          [1],
          [2],
          [f('SUBTOTAL(9,A1:A2)', 3)],
          [4],
          [f('SUBTOTAL(9,A4:A4)', 4)],
          [f('SUBTOTAL(9,A1:A5)', 7)],
        ]),
      ),
    },
    {
      name: 'a sum over another sheet, and one over a sheet that does not exist',
      workbook: workbook(
        sheet('Datos', [[5], [6]]),
        sheet('Resumen', [[f('SUM(Datos!A1:A2)', 11), f('SUM(Otra!A1:A2)', 3)]]),
      ),
    },
    {
      name: 'a circular total is left to Excel',
      workbook: workbook(sheet('P', [[1], [2], [f('SUM(A1:A3)', 0)]])),
    },
    {
      name: 'other aggregates and sums with literal numbers are not recomputed',
      workbook: workbook(sheet('P', [[1], [3], [f('AVERAGE(A1:A2)', 7)], [f('SUM(A1:A2,10)', 1)]])),
    },
  ],
  invalid: [
    {
      name: 'a money total whose saved value is stale',
      workbook: workbook(
        sheet('P', [
          ['A', styled(565504297, {}, Q)],
          ['B', styled(4000000, {}, Q)],
          ['Total', f('SUM(B1:B2)', 565504297, { numFmt: Q })],
        ]),
      ),
      findings: [
        {
          messageId: 'stale',
          range: 'B3',
          actual: 565504297,
          expected: 569504297,
          data: { actual: 'Q565,504,297.00', expected: 'Q569,504,297.00', difference: '-Q4,000,000.00' },
        },
      ],
    },
    {
      name: 'a quantity total off by one',
      workbook: workbook(sheet('P', [[100], [152166], [f('SUM(A1:A2)', 152267)]])),
      findings: [{ messageId: 'stale', range: 'A3', expected: 152266, actual: 152267 }],
    },
    {
      name: 'a cross-sheet total',
      workbook: workbook(sheet('Datos', [[5], [6]]), sheet('Resumen', [[f("SUM('Datos'!A1:A2)", 10)]])),
      findings: [{ messageId: 'stale', sheet: 'Resumen', range: 'A1', expected: 11 }],
    },
  ],
});
