import rule from '../../../src/rules/totals/approved-total';
import { runRuleTests } from '../../support/rule-tester';
import { f, sheet, styled, workbook, type CellSpec } from '../../support/workbook';

const Q = '"Q"#,##0.00';
const HEADER = ['Código', 'Descripción', 'T1', 'T2', 'T3', 'T4', 'Meta anual', 'Meta aprobada (POA)'];

/** A goal row at sheet row `n` (1-based): four quarters, their SUM, and the approved figure. */
function goal(n: number, code: string, quarters: number[], approved: CellSpec, totalHeader = true): CellSpec[] {
  const sum = quarters.reduce((a, b) => a + b, 0);
  return [code, `Producto ${code}`, ...quarters, totalHeader ? f(`SUM(C${n}:F${n})`, sum) : sum, approved];
}

/** `count` rows from sheet row `from` whose approved figure equals their total. */
function agreeing(from: number, count: number): CellSpec[][] {
  return Array.from({ length: count }, (_, i) => {
    const quarters = [10 + i, 20, 30, 40];
    return goal(from + i, `P${from + i}`, quarters, 100 + i);
  });
}

runRuleTests(rule, {
  valid: [
    {
      name: 'the two columns agree on every row',
      workbook: workbook(sheet('Metas', [HEADER, ...agreeing(2, 6)])),
    },
    {
      name: 'a total of another stage (vigente) differs from the approved figure by design',
      workbook: workbook(
        sheet('Presupuesto', [
          [...HEADER.slice(0, 6), 'Vigente', 'Presupuesto aprobado'],
          ...agreeing(2, 5),
          goal(7, 'P7', [50, 50, 50, 50], 150),
        ]),
      ),
    },
    {
      name: 'columns that disagree on most rows do not state the same fact',
      workbook: workbook(
        sheet('Metas', [
          HEADER,
          ...agreeing(2, 3),
          goal(5, 'P5', [1, 2, 3, 4], 99),
          goal(6, 'P6', [1, 2, 3, 4], 98),
          goal(7, 'P7', [1, 2, 3, 4], 97),
        ]),
      ),
    },
    {
      name: 'a quarter of the rows off on their own is a systematic difference, not slips: no flood of findings',
      workbook: workbook(
        sheet('Metas', [
          HEADER,
          ...agreeing(2, 9),
          goal(11, 'P11', [1, 2, 3, 4], 11),
          goal(12, 'P12', [1, 2, 3, 4], 12),
          goal(13, 'P13', [1, 2, 3, 4], 13),
        ]),
      ),
    },
    {
      name: 'fewer than three agreeing rows are no evidence',
      workbook: workbook(sheet('Metas', [HEADER, ...agreeing(2, 2), goal(4, 'P4', [1, 2, 3, 4], 99)])),
    },
    {
      name: 'the approved column inside the summed range (aprobado + modificaciones)',
      workbook: workbook(
        sheet('Presupuesto', [
          ['Programa', 'Aprobado', 'Modificaciones', 'Total'],
          ['A', 100, 0, f('SUM(B2:C2)', 100)],
          ['B', 200, 0, f('SUM(B3:C3)', 200)],
          ['C', 300, 0, f('SUM(B4:C4)', 300)],
          ['D', 400, 50, f('SUM(B5:C5)', 450)],
        ]),
      ),
    },
    {
      name: 'a note that mentions what was approved, alone in its row, is no column header',
      workbook: workbook(
        sheet('Metas', [
          [...HEADER.slice(0, 7), 'Meta del PDM'],
          [
            undefined,
            undefined,
            undefined,
            undefined,
            undefined,
            undefined,
            undefined,
            'Cifras aprobadas por el concejo',
          ],
          ...agreeing(3, 4),
          goal(7, 'P7', [1, 2, 3, 4], 99),
        ]),
      ),
    },
    {
      name: 'typed totals are not a computed column to compare',
      workbook: workbook(
        sheet('Metas', [
          HEADER,
          ...Array.from({ length: 5 }, (_, i) => goal(2 + i, `P${i}`, [1, 2, 3, 4], 10, false)),
          goal(7, 'P7', [1, 2, 3, 4], 11, false),
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'one mistyped quarter among agreeing rows',
      workbook: workbook(sheet('Metas', [HEADER, ...agreeing(2, 6), goal(8, 'P8', [120, 1500, 160, 170], 600)])),
      findings: [
        {
          messageId: 'differs',
          range: 'G8',
          severity: 'error',
          confidence: 0.9,
          actual: 1950,
          related: [{ sheet: 'Metas', range: 'H8' }],
          data: { actual: '1,950', approved: '600', difference: '1,350', agreeing: 6, cascade: '' },
        },
      ],
    },
    {
      name: 'subtotals over the faulty row differ for the same cause: one finding, at the root',
      workbook: workbook(
        sheet('Metas', [
          HEADER,
          ['11', 'Programa 11', f('C3', 600), f('D3', 1890), f('E3', 575), f('F3', 600), f('SUM(C2:F2)', 3665), 2315],
          [
            '11-001',
            'Producto 11-001',
            f('SUM(C4:C6)', 600),
            f('SUM(D4:D6)', 1890),
            f('SUM(E4:E6)', 575),
            f('SUM(F4:F6)', 600),
            f('SUM(C3:F3)', 3665),
            2315,
          ],
          goal(4, '11-001-01', [120, 1500, 160, 170], 600),
          goal(5, '11-001-02', [300, 300, 320, 330], 1250),
          goal(6, '11-001-03', [180, 90, 95, 100], 465),
          ...agreeing(7, 8),
        ]),
      ),
      findings: [
        {
          messageId: 'differs',
          range: 'G4',
          severity: 'error',
          related: [
            { sheet: 'Metas', range: 'H4' },
            { sheet: 'Metas', range: 'H2' },
            { sheet: 'Metas', range: 'H3' },
          ],
          data: { agreeing: 10, cascade: ' Las filas 2, 3 difieren por la misma causa.' },
        },
      ],
    },
    {
      name: 'an approved figure that is itself a formula over the faulty rows is a dependent too',
      workbook: workbook(
        sheet('Metas', [
          HEADER,
          ...agreeing(2, 5),
          goal(7, 'P7', [1, 2, 3, 4], 99),
          [
            '',
            'Total',
            f('SUM(C2:C7)', 61),
            f('SUM(D2:D7)', 102),
            f('SUM(E2:E7)', 153),
            f('SUM(F2:F7)', 204),
            f('SUM(C8:F8)', 520),
            f('SUM(H2:H7)', 609),
          ],
        ]),
      ),
      findings: [
        {
          messageId: 'differs',
          range: 'G7',
          related: [
            { sheet: 'Metas', range: 'H7' },
            { sheet: 'Metas', range: 'H8' },
          ],
        },
      ],
    },
    {
      name: 'weak agreement (three rows of four) is a warning; headers in capitals are read too',
      workbook: workbook(
        sheet('Metas', [
          [...HEADER.slice(0, 6), 'META ANUAL', 'META APROBADA'],
          ...agreeing(2, 3),
          goal(5, 'P5', [1, 2, 3, 4], 11),
        ]),
      ),
      findings: [
        {
          messageId: 'differs',
          range: 'G5',
          severity: 'warning',
          confidence: 0.75,
          data: { totalHeader: '«META ANUAL»', approvedHeader: '«META APROBADA»' },
        },
      ],
    },
    {
      name: 'amounts in quetzales are compared to the centavo and shown as money',
      workbook: workbook(
        sheet('Presupuesto', [
          ['Programa', 'Enero', 'Febrero', 'Total', 'Monto autorizado'],
          ...[2, 3, 4, 5].map((n) => [
            `P${n}`,
            styled(1000.1, {}, Q),
            styled(2000.2, {}, Q),
            f(`SUM(B${n}:C${n})`, 3000.3, { numFmt: Q }),
            styled(3000.3, {}, Q),
          ]),
          [
            'P6',
            styled(1000, {}, Q),
            styled(2000, {}, Q),
            f('SUM(B6:C6)', 3000, { numFmt: Q }),
            styled(3000.01, {}, Q),
          ],
        ]),
      ),
      findings: [
        {
          messageId: 'differs',
          range: 'D6',
          valueType: 'money',
          data: { actual: 'Q3,000.00', approved: 'Q3,000.01', difference: '-Q0.01' },
        },
      ],
    },
    {
      name: 'two separate mistakes are two findings',
      workbook: workbook(
        sheet('Metas', [
          HEADER,
          ...agreeing(2, 8),
          goal(10, 'P10', [1, 2, 3, 4], 11),
          goal(11, 'P11', [5, 5, 5, 5], 21),
        ]),
      ),
      findings: [
        { messageId: 'differs', range: 'G10', data: { cascade: '' } },
        { messageId: 'differs', range: 'G11', data: { cascade: '' } },
      ],
    },
  ],
});
