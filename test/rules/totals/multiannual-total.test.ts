import rule from '../../../src/rules/totals/multiannual-total';
import { runRuleTests } from '../../support/rule-tester';
import { f, workbook } from '../../support/workbook';
import { indicatorMatrixSheet, pct, type IndicatorRowSpec } from './pom-tables';

const YEARS = [2026, 2027, 2028, 2029, 2030];
// Row 8; years' absolutes in G, I, K, M, O; the total in Q.
const row = (product: string, absolutes: number[], total: IndicatorRowSpec['total'][0]): IndicatorRowSpec => ({
  product,
  unit: 'Documento',
  indicator: `Porcentaje de ${product.toLowerCase()}`,
  baseline: [2023, 758200, pct(0.9753)],
  years: absolutes.map((a) => [a, pct(1)] as [number, ReturnType<typeof pct>]),
  total: [total, pct(1)],
});

runRuleTests(rule, {
  valid: [
    {
      name: 'typed totals that are the sum of the years',
      workbook: workbook(
        indicatorMatrixSheet(YEARS, [
          row('Emisión de Documentos Migratorios', [1225189, 1293948, 1367545, 1439123, 1517829], 6843634),
          row('Visas y Residencias', [45654, 47937, 50334, 52850, 55492], 252267),
        ]),
      ),
    },
    {
      name: 'a total as a formula over the year columns',
      workbook: workbook(
        indicatorMatrixSheet(YEARS, [
          row('Visas y Residencias', [45654, 47937, 50334, 52850, 55492], f('G8+I8+K8+M8+O8', 252267)),
        ]),
      ),
    },
    {
      name: 'an empty total is not checked',
      workbook: workbook(indicatorMatrixSheet(YEARS, [row('Visas y Residencias', [1, 2, 3, 4, 5], null)])),
    },
  ],
  invalid: [
    {
      name: 'the seed: Visas y Residencias years add to 252,267 but the total says 252,266',
      workbook: workbook(
        indicatorMatrixSheet(YEARS, [row('Visas y Residencias', [45654, 47937, 50334, 52850, 55492], 252266)]),
      ),
      findings: [
        {
          messageId: 'mismatch',
          kind: 'total-mismatch',
          sheet: '9.1 Multianual',
          range: 'Q8',
          expected: 252267,
          actual: 252266,
          data: { product: 'Visas y Residencias', expected: '252,267', actual: '252,266' },
          fix: { range: 'Q8', formula: '=SUM(G8,I8,K8,M8,O8)' },
        },
      ],
    },
    {
      name: 'the seed: Emisión 2030 typed 1,517 for 1,517,829 (the total is right, the year cut short)',
      workbook: workbook(
        indicatorMatrixSheet(YEARS, [
          row('Emisión de Documentos Migratorios', [1225189, 1293948, 1367545, 1439123, 1517], 6843634),
        ]),
      ),
      findings: [
        {
          messageId: 'truncated',
          range: 'Q8',
          expected: 5327322,
          actual: 6843634,
          data: { year: 2030, typed: '1,517', full: '1,517,829', total: '6,843,634' },
          related: [{ sheet: '9.1 Multianual', range: 'O8' }],
        },
      ],
    },
  ],
});
