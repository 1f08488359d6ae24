import rule from '../../../src/rules/totals/hardcoded-total';
import { runRuleTests } from '../../support/rule-tester';
import { f, sheet, styled, workbook } from '../../support/workbook';

const Q = '"Q"#,##0.00';

runRuleTests(rule, {
  valid: [
    {
      name: 'every total is a formula',
      workbook: workbook(
        sheet('P', [
          ['Programa', 2026, 2027, 2028],
          ['A', 1, 2, 3],
          ['B', 4, 5, 6],
          ['Total', f('SUM(B2:B3)', 5), f('SUM(C2:C3)', 7), f('SUM(D2:D3)', 9)],
        ]),
      ),
    },
    {
      name: 'a totals row typed entirely by hand is a choice, not an accident',
      workbook: workbook(
        sheet('P', [
          ['Programa', 2026, 2027],
          ['A', 1, 2],
          ['Total', 1, 2],
        ]),
      ),
    },
    {
      name: 'a code in the label area of the totals row is not a total',
      workbook: workbook(
        sheet('P', [
          ['PRG', 'Programa', 2026, 2027, 2028],
          ['01', 'A', 1, 2, 3],
          [99, 'Total', f('SUM(C2:C2)', 1), f('SUM(D2:D2)', 2), f('SUM(E2:E2)', 3)],
        ]),
      ),
    },
    {
      name: 'a typed percentage beside formula totals',
      workbook: workbook(
        sheet('P', [
          ['Programa', 2026, 2027, 'Avance'],
          ['A', 1, 2, styled(0.5, {}, '0%')],
          ['B', 3, 4, styled(0.8, {}, '0%')],
          ['Total', f('SUM(B2:B3)', 4), f('SUM(C2:C3)', 6), styled(0.65, {}, '0%')],
        ]),
      ),
    },
    {
      name: 'a "Total" header over formulas only',
      workbook: workbook(
        sheet('P', [
          ['Programa', 2026, 2027, 'Total'],
          ['A', 1, 2, f('SUM(B2:C2)', 3)],
          ['B', 1, 2, f('SUM(B3:C3)', 3)],
        ]),
      ),
    },
    {
      name: 'a typed value where the quarters are blank is a lone value, not a total',
      workbook: workbook(
        sheet('POA', [
          ['Producto', 'Anual', 'T1', 'T2', 'T3', 'T4'],
          ['A', f('SUM(C2:F2)', 4), 1, 1, 1, 1],
          ['B', f('SUM(C3:F3)', 8), 2, 2, 2, 2],
          ['C', 12],
          ['D', f('SUM(C5:F5)', 16), 4, 4, 4, 4],
        ]),
      ),
    },
    {
      name: 'product rows that sum their subproducts are not a column of row totals',
      workbook: workbook(
        sheet('Metas', [
          ['Producto', 'Meta'],
          [styled('Producto 1', { bold: true }), f('SUM(B3:B4)', 3)],
          ['Sub 1.1', 1],
          ['Sub 1.2', 2],
          [styled('Producto 2', { bold: true }), f('SUM(B6:B7)', 3)],
          ['Sub 2.1', 1],
          ['Sub 2.2', 2],
          [styled('Producto 3', { bold: true }), 3],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a sheet with hundreds of typed totals is capped and says so',
      workbook: workbook(
        sheet('P', [
          ['Programa', 2026, 2027, 'Total'],
          ...Array.from({ length: 603 }, (_, i) => [
            `Programa ${i + 1}`,
            1,
            2,
            i % 3 === 2 ? 3 : f(`SUM(B${i + 2}:C${i + 2})`, 3),
          ]),
        ]),
      ),
      findings: [
        { messageId: 'tooMany', range: 'A1', data: { count: 1 } },
        ...Array.from({ length: 200 }, (_, k) => ({ messageId: 'hardcoded', range: `D${3 * k + 4}` })),
      ],
    },
    {
      name: 'a typed annual goal in a column of formulas that sum the quarters (no "Total" label)',
      workbook: workbook(
        sheet('POA', [
          ['Producto', 'Anual', 'T1', 'T2', 'T3', 'T4'],
          ['A', f('SUM(C2:F2)', 4), 1, 1, 1, 1],
          ['B', f('SUM(C3:F3)', 8), 2, 2, 2, 2],
          ['C', 12, 3, 3, 3, 3],
          ['D', f('SUM(C5:F5)', 16), 4, 4, 4, 4],
        ]),
      ),
      findings: [{ messageId: 'hardcoded', range: 'B4', expected: '=SUM(C4:F4)', data: { region: 'B2:B5' } }],
    },
    {
      name: 'a typed number in a totals row of formulas, equal to the sum',
      workbook: workbook(
        sheet('P', [
          ['Programa', 2026, 2027, 2028],
          ['A', 1, 2, 3],
          ['B', 4, 5, 6],
          ['TOTAL', f('SUM(B2:B3)', 5), 7, f('SUM(D2:D3)', 9)],
        ]),
      ),
      findings: [
        {
          messageId: 'hardcoded',
          severity: 'warning',
          range: 'C4',
          actual: 7,
          expected: '=SUM(C2:C3)',
          fix: { range: 'C4', formula: '=SUM(C2:C3)' },
          data: { region: 'B4:D4', value: '7' },
        },
      ],
    },
    {
      name: 'a typed total that does not add up is an error',
      workbook: workbook(
        sheet('P', [
          ['Programa', 2026, 2027, 2028],
          ['A', styled(100, {}, Q), styled(200, {}, Q), styled(300, {}, Q)],
          ['B', styled(400, {}, Q), styled(500, {}, Q), styled(600, {}, Q)],
          ['Total', f('SUM(B2:B3)', 500, { numFmt: Q }), f('SUM(C2:C3)', 700, { numFmt: Q }), styled(800, {}, Q)],
        ]),
      ),
      findings: [
        {
          messageId: 'hardcodedMismatch',
          severity: 'error',
          range: 'D4',
          actual: 800,
          expected: 900,
          data: { sum: 'Q900.00', value: 'Q800.00' },
        },
      ],
    },
    {
      name: 'a typed number in a column headed "Total" of formulas, under a merged two-row header',
      workbook: workbook(
        sheet(
          'P',
          [
            ['Programa', 'Meta física', null, 'Total'],
            [null, 2026, 2027, null],
            ['A', 1, 2, f('SUM(B3:C3)', 3)],
            ['B', 3, 4, 7],
            ['C', 5, 6, f('SUM(B5:C5)', 11)],
          ],
          { merges: ['A1:A2', 'B1:C1', 'D1:D2'] },
        ),
      ),
      findings: [{ messageId: 'hardcoded', range: 'D4', expected: '=SUM(B4:C4)' }],
    },
  ],
});
