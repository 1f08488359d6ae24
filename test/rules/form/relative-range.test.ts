import rule from '../../../src/rules/form/relative-range';
import { runRuleTests } from '../../support/rule-tester';
import { workbook } from '../../support/workbook';
import { fichaSheet, goalsSheet, indicatorMatrixSheet, pct, type IndicatorRowSpec } from '../totals/pom-tables';

const row = (over: Partial<IndicatorRowSpec> = {}): IndicatorRowSpec => ({
  product: 'Emisión de Documentos Migratorios',
  unit: 'Documento',
  indicator: 'Porcentaje de documentos migratorios emitidos',
  baseline: [2023, 758200, pct(0.9753)],
  years: [
    [1225189, pct(1)],
    [1293948, pct(1)],
  ],
  total: [2519137, pct(1)],
  ...over,
});

runRuleTests(rule, {
  valid: [
    {
      name: 'shares with a % format (0.9753 = 97.53 %), typed as numbers (83.77) and as text ("100%")',
      workbook: workbook(
        indicatorMatrixSheet(
          [2026, 2027],
          [
            row(),
            row({
              product: 'Visas',
              baseline: [2023, 36439, 89.49],
              years: [
                [45654, 100],
                [47937, '100%'],
              ],
              total: [93591, 0],
            }),
          ],
        ),
      ),
    },
    {
      name: 'percentage fichas with values up to 100, and a ficha that is not a percentage',
      workbook: workbook(
        fichaSheet([
          {},
          {
            codeAndName: '2. Número de documentos emitidos',
            trendValues: [758200, 1225189, 1293948, 1367545, 1439123, 1517829, 1600000],
            baselineValue: 758200,
          },
        ]),
      ),
    },
    {
      name: 'goals of zero and positive goals',
      workbook: workbook(goalsSheet([2026], [['Producto: Aportes', 'Documento', 0, 0]])),
    },
  ],
  invalid: [
    {
      name: 'relative data above 100 % or below 0 %, however written',
      workbook: workbook(
        indicatorMatrixSheet(
          [2026, 2027],
          [
            row({
              baseline: [2023, 758200, 175.3],
              years: [
                [1225189, pct(1.2)],
                [1293948, '-5%'],
              ],
            }),
          ],
        ),
      ),
      findings: [
        {
          messageId: 'relative',
          kind: 'out-of-range',
          range: 'F8',
          actual: 175.3,
          data: { where: 'de la línea base', value: '175.3 %' },
        },
        { messageId: 'relative', range: 'H8', data: { where: '2026', value: '120 %' } },
        { messageId: 'relative', range: 'J8', data: { where: '2027', value: '-5 %' } },
      ],
    },
    {
      name: 'a percentage ficha with a trend value of 1000',
      workbook: workbook(fichaSheet([{ trendValues: [83.77, 100, 1000, 100, 100, 100, 100] }])),
      findings: [{ messageId: 'relative', sheet: '9.1 Fichas', range: 'D15', data: { where: '2026' } }],
    },
    {
      name: 'negative goals: physical, financial and absolute',
      workbook: workbook(
        goalsSheet([2026], [['Producto: Aportes', 'Documento', -23, -82260000]]),
        indicatorMatrixSheet(
          [2026, 2027],
          [
            row({
              years: [
                [-5, pct(1)],
                [10, pct(1)],
              ],
            }),
          ],
        ),
      ),
      findings: [
        { messageId: 'negative', sheet: '9.5 Metas', range: 'C8', actual: -23, data: { where: 'física 2026' } },
        {
          messageId: 'negative',
          sheet: '9.5 Metas',
          range: 'D8',
          data: { where: 'financiera 2026', value: '-82,260,000' },
        },
        { messageId: 'negative', sheet: '9.1 Multianual', range: 'G8', actual: -5 },
      ],
    },
  ],
});
