import rule from '../../../src/rules/form/baseline-before-target';
import { runRuleTests } from '../../support/rule-tester';
import { workbook } from '../../support/workbook';
import { fichaSheet, goalsSheet, indicatorMatrixSheet, pct, type IndicatorRowSpec } from '../totals/pom-tables';

const row = (baselineYear: IndicatorRowSpec['baseline'][0]): IndicatorRowSpec => ({
  product: 'Emisión de Documentos Migratorios',
  unit: 'Documento',
  indicator: 'Porcentaje de documentos migratorios emitidos',
  baseline: [baselineYear, 758200, pct(0.9753)],
  years: [
    [1225189, pct(1)],
    [1293948, pct(1)],
  ],
  total: [2519137, pct(1)],
});
// Plan years come from the year columns of other matrices (here a goals matrix 2026-2027).
const plan = goalsSheet([2026, 2027], [['Producto: Emisión de Documentos Migratorios', 'Documento', 1, 1, 1, 1]]);

runRuleTests(rule, {
  valid: [
    {
      name: 'baselines of 2023 before a 2026 plan (matrix and ficha, the trend listing past years)',
      workbook: workbook(indicatorMatrixSheet([2026, 2027], [row(2023)]), fichaSheet([{}])),
    },
    {
      name: 'a ficha alone: its baseline precedes its last trend year',
      workbook: workbook(fichaSheet([{ baselineYear: 2025 }])),
    },
    {
      name: 'an empty baseline year is ficha-required-fields’ finding',
      workbook: workbook(indicatorMatrixSheet([2026, 2027], [row(null)])),
    },
  ],
  invalid: [
    {
      name: 'a matrix baseline in the first target year',
      workbook: workbook(indicatorMatrixSheet([2026, 2027], [row(2026)])),
      findings: [
        {
          messageId: 'notBefore',
          kind: 'out-of-range',
          sheet: '9.1 Multianual',
          range: 'D8',
          actual: 2026,
          expected: 2025,
          data: { year: 2026, first: 2026, name: 'Porcentaje de documentos migratorios emitidos' },
          related: [{ sheet: '9.1 Multianual', range: 'G5' }],
        },
      ],
    },
    {
      name: 'a ficha baseline after the plan starts',
      workbook: workbook(plan, fichaSheet([{ baselineYear: 2027 }])),
      findings: [
        {
          messageId: 'notBefore',
          sheet: '9.1 Fichas',
          range: 'C16',
          data: { year: 2027, first: 2026 },
          related: [{ sheet: '9.1 Fichas', range: 'D14' }],
        },
      ],
    },
    {
      name: 'a baseline year that is not a year',
      workbook: workbook(plan, fichaSheet([{ baselineYear: 23 }])),
      findings: [{ messageId: 'notAYear', range: 'C16', actual: 23 }],
    },
  ],
});
