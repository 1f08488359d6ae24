import rule from '../../../src/rules/narrative/year-span';
import { runRuleTests } from '../../support/rule-tester';
import { sheet, workbook } from '../../support/workbook';
import { budgetSheet, q } from '../totals/pom-tables';

const programmes: [string, string, number, number, number][] = [
  ['01', 'Actividades Centrales', 1, 2, 3],
  ['11', 'Derecho Migratorio', 4, 5, 6],
];

runRuleTests(rule, {
  valid: [
    {
      name: 'a sentence that names the table years',
      workbook: workbook(
        budgetSheet([2026, 2027, 2028], programmes, [5, 7, 9], {
          sentence:
            'El presupuesto distribuido por programa y la proyección para los años 2026 al 2028, se presenta a continuación:',
        }),
      ),
    },
    {
      name: 'other ranges cited in passing (PEI 2021-2030, PGG 2024-2028) are not the table years',
      workbook: workbook(
        budgetSheet([2026, 2027, 2028], programmes, [5, 7, 9], {
          sentence:
            'Según el PEI 2021-2030 y la Política General de Gobierno 2024-2028, el presupuesto se presenta a continuación:',
        }),
      ),
    },
    {
      name: 'a sentence far from any table',
      workbook: workbook(
        sheet('Notas', [
          ['Proyección para los años 2025 al 2029'],
          [],
          [],
          [],
          [],
          [],
          [],
          [],
          [],
          [],
          ['PRG', 'DESCRIPCIÓN', 2026],
          ['01', 'Actividades Centrales', q(1)],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'the seed §8: "para los años 2025 al 2029" over a 2026-2030 budget split in two tables',
      workbook: workbook(
        sheet('8 Presupuesto', [
          ['8. PROYECCIÓN DEL PRESUPUESTO'],
          [],
          [
            'El presupuesto distribuido por programa y la proyección para los años 2025 al 2029, se presenta a continuación:',
          ],
          [],
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
      findings: [
        {
          messageId: 'span',
          kind: 'narrative-mismatch',
          severity: 'warning',
          sheet: '8 Presupuesto',
          range: 'A3',
          expected: '2026-2030',
          actual: '2025-2029',
          data: { said: '2025 a 2029', table: '2026 a 2030' },
          related: [
            { sheet: '8 Presupuesto', range: 'C5' },
            { sheet: '8 Presupuesto', range: 'E10' },
          ],
        },
      ],
    },
  ],
});
