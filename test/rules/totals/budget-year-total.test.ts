import rule from '../../../src/rules/totals/budget-year-total';
import { runRuleTests } from '../../support/rule-tester';
import { f, sheet, workbook } from '../../support/workbook';
import { budgetSheet, goalsSheet, q } from './pom-tables';

const programmes: [string, string, number, number][] = [
  ['01', 'Actividades Centrales', 292649151, 350187509],
  ['11', 'Derecho Migratorio', 85563028, 84419647],
  ['99', 'Partidas no Asignables a Programas', 82260000, 76260000],
];

runRuleTests(rule, {
  valid: [
    {
      name: 'typed totals that are right',
      workbook: workbook(budgetSheet([2026, 2027], programmes, [460472179, 510867156])),
    },
    {
      name: 'totals as formulas that are right',
      workbook: workbook(
        budgetSheet([2026, 2027], programmes, [
          f('SUM(C6:C8)', 460472179, { numFmt: '"Q"#,##0.00' }),
          f('SUM(D6:D8)', 510867156, { numFmt: '"Q"#,##0.00' }),
        ]),
      ),
    },
    {
      name: 'money equal to the centavo but different in float noise',
      workbook: workbook(
        budgetSheet(
          [2026],
          [
            ['01', 'Actividades Centrales', 0.1],
            ['11', 'Derecho Migratorio', 0.2],
          ],
          [0.30000000000000004],
        ),
      ),
    },
    {
      name: 'a formula over the right cells whose cached value is stale is left to totals/stale-total',
      workbook: workbook(
        budgetSheet([2026], [programmes[0].slice(0, 3) as [string, string, number]], [f('SUM(C6:C6)', 1)]),
      ),
    },
    {
      name: 'a programme that shows an error makes the sum unknown (formulas/error-value reports it)',
      workbook: workbook(
        budgetSheet(
          [2026],
          [
            ['01', 'Actividades Centrales', 100],
            ['11', 'Derecho Migratorio', f('1/0', { error: '#DIV/0!' })],
          ],
          [150],
        ),
      ),
    },
    {
      name: 'no Total row, or an empty Total cell',
      workbook: workbook(
        budgetSheet([2026, 2027], programmes, undefined),
        budgetSheet([2026, 2027], programmes, [null, 510867156], { name: 'Otra' }),
      ),
    },
    {
      name: 'a budget split in two tables, each with its right total',
      workbook: workbook(
        sheet('8 Presupuesto', [
          ['PRG', 'DESCRIPCIÓN', 2026, 2027],
          ['01', 'Actividades Centrales', q(10), q(20)],
          ['11', 'Derecho Migratorio', q(1), q(2)],
          [null, 'Total', q(11), q(22)],
          [],
          ['PRG', 'DESCRIPCIÓN', 2028, 2029, 2030],
          ['01', 'Actividades Centrales', q(30), q(40), q(50)],
          ['11', 'Derecho Migratorio', q(3), q(4), q(5)],
          [null, 'Total', q(33), q(44), q(55)],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a typed total that does not add up',
      workbook: workbook(budgetSheet([2026, 2027], programmes, [460472179, 510867155])),
      findings: [
        {
          messageId: 'mismatch',
          kind: 'total-mismatch',
          severity: 'error',
          sheet: '8 Presupuesto',
          range: 'D9',
          expected: 510867156,
          actual: 510867155,
          data: { year: 2027, actual: 'Q510,867,155.00', expected: 'Q510,867,156.00' },
          related: [
            { sheet: '8 Presupuesto', range: 'D6' },
            { sheet: '8 Presupuesto', range: 'D7' },
            { sheet: '8 Presupuesto', range: 'D8' },
          ],
          fix: { range: 'D9', formula: '=SUM(D6:D8)' },
        },
      ],
    },
    {
      name: 'a goals matrix whose total agrees with the programmes is named as related',
      workbook: workbook(
        budgetSheet(
          [2026],
          [programmes[0].slice(0, 3) as [string, string, number], ['11', 'Derecho Migratorio', 85563028]],
          [1],
        ),
        goalsSheet(
          [2026],
          [
            ['Producto: Dirección y Coordinación', 'Documento', 3, 292649151],
            ['Producto: Asistencia', 'Persona', 10, 85563028],
          ],
          [null, 378212179],
        ),
      ),
      findings: [
        {
          messageId: 'mismatch',
          range: 'C8',
          related: [
            { sheet: '8 Presupuesto', range: 'C6' },
            { sheet: '8 Presupuesto', range: 'C7' },
            { sheet: '9.5 Metas', range: 'D10' },
          ],
        },
      ],
    },
    {
      name: 'a formula that leaves a programme out',
      workbook: workbook(
        budgetSheet([2026, 2027], programmes, [f('SUM(C6:C7)', 378212179), f('SUM(D6:D8)', 510867156)]),
      ),
      findings: [{ messageId: 'mismatch', range: 'C9', expected: 460472179, actual: 378212179 }],
    },
    {
      name: 'the second table of a split budget',
      workbook: workbook(
        sheet('8 Presupuesto', [
          ['PRG', 'DESCRIPCIÓN', 2026, 2027],
          ['01', 'Actividades Centrales', q(10), q(20)],
          ['11', 'Derecho Migratorio', q(1), q(2)],
          [null, 'Total', q(11), q(22)],
          [],
          ['PRG', 'DESCRIPCIÓN', 2028, 2029, 2030],
          ['01', 'Actividades Centrales', q(30), q(40), q(50)],
          ['11', 'Derecho Migratorio', q(3), q(4), q(5)],
          [null, 'Total', q(33), q(46), q(55)],
        ]),
      ),
      findings: [
        {
          messageId: 'mismatch',
          range: 'D9',
          data: { year: 2029 },
          expected: 44,
          actual: 46,
          fix: { range: 'D9', formula: '=SUM(D7:D8)' },
        },
      ],
    },
  ],
});
