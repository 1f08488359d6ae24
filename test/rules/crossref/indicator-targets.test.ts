import rule from '../../../src/rules/crossref/indicator-targets';
import { runRuleTests } from '../../support/rule-tester';
import { workbook } from '../../support/workbook';
import { fichasSheet, indicatorMatrixSheet, type IndicatorSpec } from './pom-sheets';

const name = 'Porcentaje de documentos migratorios emitidos';
const row = (extra: Partial<IndicatorSpec> = {}): IndicatorSpec => ({
  product: 'Emisión de Documentos Migratorios',
  unit: 'Documento',
  indicator: name,
  baseline: [2023, 758200, 0.9753],
  absolute: [1225189, 1293948],
  relative: [1, 1],
  ...extra,
});
const ficha = {
  name,
  baselineYear: 2023,
  baselineValue: 97.53,
  trendYears: [2023, 2026, 2027],
  trendValues: [97.53, 100, 100],
};

runRuleTests(rule, {
  valid: [
    {
      name: 'baseline and targets agree (percent typed as 97.53 in the ficha, 0.9753 with a % format in the matrix)',
      workbook: workbook(fichasSheet([ficha]), indicatorMatrixSheet([row()])),
    },
    {
      name: 'percentages typed the same way on both sides, or as text with %',
      workbook: workbook(
        fichasSheet([ficha]),
        indicatorMatrixSheet([row({ baseline: [2023, 758200, '97.53%'], relative: [100, '100%'] })]),
      ),
    },
    {
      name: 'a ficha whose baseline value is empty (a missing field, not a disagreement)',
      workbook: workbook(fichasSheet([{ ...ficha, baselineValue: null }]), indicatorMatrixSheet([row()])),
    },
    {
      name: 'a ficha with no row in the matrix, and a ficha year the matrix does not have',
      workbook: workbook(
        fichasSheet([
          ficha,
          { name: 'Porcentaje de cobertura de control migratorio', trendYears: [2023, 2025], trendValues: [50, 80] },
        ]),
        indicatorMatrixSheet([row()]),
      ),
    },
    {
      name: 'no multiannual matrix at all',
      workbook: workbook(fichasSheet([{ ...ficha, trendValues: [1, 2, 3] }])),
    },
  ],
  invalid: [
    {
      name: 'a yearly target differs',
      workbook: workbook(fichasSheet([{ ...ficha, trendValues: [97.53, 100, 95] }]), indicatorMatrixSheet([row()])),
      findings: [
        {
          messageId: 'target',
          sheet: '9.1 Fichas',
          range: 'D15',
          kind: 'cross-sheet-mismatch',
          severity: 'error',
          expected: 1,
          actual: 95,
          related: [{ sheet: '9.1 Multianual', range: 'J5' }],
          data: { year: 2027 },
        },
      ],
    },
    {
      name: 'baseline year and value differ',
      workbook: workbook(
        fichasSheet([{ ...ficha, baselineYear: 2022, baselineValue: 89.49 }]),
        indicatorMatrixSheet([row()]),
      ),
      findings: [
        {
          messageId: 'baselineYear',
          sheet: '9.1 Fichas',
          range: 'C16',
          expected: 2023,
          actual: 2022,
          related: [{ sheet: '9.1 Multianual', range: 'D5' }],
        },
        {
          messageId: 'baselineValue',
          sheet: '9.1 Fichas',
          range: 'E16',
          expected: 0.9753,
          actual: 89.49,
          related: [{ sheet: '9.1 Multianual', range: 'F5' }],
        },
      ],
    },
    {
      name: 'matched by a name that differs in accents and case',
      workbook: workbook(
        fichasSheet([
          { ...ficha, name: 'PORCENTAJE DE DOCUMENTOS MIGRATORIOS EMITIDOS', trendValues: [97.53, 90, 100] },
        ]),
        indicatorMatrixSheet([row()]),
      ),
      findings: [{ messageId: 'target', sheet: '9.1 Fichas', range: 'C15', actual: 90 }],
    },
  ],
});
