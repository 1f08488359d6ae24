import type { SheetSnapshot } from '../../../src/core';
import rule from '../../../src/rules/narrative/cumulative-growth';
import { runRuleTests } from '../../support/rule-tester';
import { sheet, workbook } from '../../support/workbook';
import { goalsSheet, indicatorMatrixSheet, resultsSheet, statement, type GoalRow } from '../totals/pom-tables';

const YEARS = [2026, 2027, 2028, 2029, 2030];
/** Seed 001 §5, as the examples correct it (1,347,952 in 2030). */
const PEOPLE = ['686,372', '830,041', '973,710', '1,152,774', '1,347,952'];
const ASSISTANCE = 'Asistencia y Protección a las Personas Migrantes';
const CONTROL = 'Control, Registro de Nacionales y Extranjeros en el Territorio Nacional';
const DOCUMENTS = 'Emisión de Documentos Migratorios';

/** A goals row: name, unit and the physical goals (financial cells left empty). */
function goalRow(name: string, unit: string, physical: number[]): GoalRow {
  return [name, unit, ...physical.flatMap((p) => [p, null])];
}

/** §9.5 with the seed's products: assistance (personas), documents, control (personas unless told). */
function seedGoals(controlUnit = 'Documento', years = YEARS): SheetSnapshot {
  const pick = (values: number[]) => values.slice(0, years.length);
  return goalsSheet(years, [
    goalRow(`Producto: ${ASSISTANCE}`, 'Persona', pick([165924, 143669, 143669, 179064, 195178])),
    goalRow(`Producto: ${DOCUMENTS}`, 'Documento', pick([1225189, 1293948, 1367545, 1439123, 1517829])),
    goalRow(`Producto: ${CONTROL}`, controlUnit, pick([18267029, 19045289, 20852267, 22830791, 24997154])),
  ]);
}

/**
 * §9.2 as in the IGM example: "RESULTADO INSTITUCIONAL | PRODUCTO / SUBPRODUCTO" on row 4, the
 * statement in A6 merged down over its products ("Producto:" in B, the name in C from row 6).
 */
function chainSheet(resultStatement: string, products: string[], name = '9.2 Resultados y productos'): SheetSnapshot {
  const rows = [
    ['9.2. RESULTADOS, PRODUCTOS Y SUBPRODUCTOS MULTIANUALES'],
    [],
    [],
    ['RESULTADO INSTITUCIONAL', 'PRODUCTO / SUBPRODUCTO'],
    ['Descripción de Resultado'],
    ...products.map((product, i) => [i === 0 ? resultStatement : null, 'Producto:', product]),
  ];
  return sheet(name, rows, { merges: ['B4:C4', `A6:A${5 + products.length}`] });
}

const seedSeries = (values = PEOPLE) => resultsSheet(YEARS, [values.map((v, i) => statement(YEARS[i], v))]);

runRuleTests(rule, {
  valid: [
    {
      name: 'the seed result grows by the assistance goal each year (§5 by year, §9.2 linking three products)',
      workbook: workbook(
        seedSeries(),
        chainSheet(statement(2030, '1,347,952'), [ASSISTANCE, DOCUMENTS, CONTROL]),
        seedGoals(),
      ),
    },
    {
      name: 'two products in personas beside the result: which one serves it cannot be told',
      workbook: workbook(
        seedSeries(['686,372', '830,041', '973,710', '1,152,774', '1,400,000']),
        chainSheet(statement(2030, '1,400,000'), [ASSISTANCE, DOCUMENTS, CONTROL]),
        seedGoals('Persona'),
      ),
    },
    {
      name: 'statements that do not say "acumulado", and a result in a unit no product has',
      workbook: workbook(
        resultsSheet(
          [2026, 2027],
          [
            [
              'Para el año 2026 se ha incrementado la protección de derechos a personas migrantes a 686,372 personas (de 64,660 en el año 2021 a 686,372 personas en el año 2026).',
              'Para el año 2027 se ha incrementado la protección de derechos a personas migrantes a 700,000 personas (de 64,660 en el año 2021 a 700,000 personas en el año 2027).',
            ],
            [
              'Para el año 2026 se ha incrementado la cobertura del registro de control migratorio a 7 delegaciones, acumulado (de 1 delegación en el año 2021 a 7 en el año 2026).',
              'Para el año 2027 se ha incrementado la cobertura del registro de control migratorio a 9 delegaciones, acumulado (de 1 delegación en el año 2021 a 9 en el año 2027).',
            ],
          ],
        ),
        seedGoals(),
      ),
    },
    {
      name: 'what narrative/result-statement reports: a statement whose two figures differ, a cumulative that goes down',
      workbook: workbook(
        resultsSheet(
          [2026, 2027, 2028],
          [[statement(2026, '686,372'), statement(2027, '600,000'), statement(2028, '973,710', '973,000')]],
        ),
        seedGoals('Documento', [2026, 2027, 2028]),
      ),
    },
    {
      name: 'a first year whose baseline is not the year before, and no goals for the year',
      workbook: workbook(
        resultsSheet([2026, 2031], [[statement(2026, '686,372'), statement(2031, '2,000,000')]]),
        seedGoals(),
      ),
    },
    {
      name: 'no matrix links the result and two goals products are in personas',
      workbook: workbook(seedSeries(['686,372', '830,042', '973,710', '1,152,774', '1,347,952']), seedGoals('Persona')),
    },
  ],
  invalid: [
    {
      name: 'seed 001: 1,152,774 + 195,178 is 1,347,952, not 1,347,953 (copied in §9.2)',
      workbook: workbook(
        seedSeries(['686,372', '830,041', '973,710', '1,152,774', '1,347,953']),
        chainSheet(statement(2030, '1,347,953'), [ASSISTANCE, DOCUMENTS, CONTROL]),
        seedGoals(),
      ),
      findings: [
        {
          messageId: 'growth',
          kind: 'narrative-mismatch',
          severity: 'error',
          sheet: '5 Resultados',
          range: 'E4',
          expected: 1347952,
          actual: 1347953,
          data: {
            year: 2030,
            actual: '1,347,953',
            expected: '1,347,952',
            previousYear: 2029,
            previous: '1,152,774',
            product: ASSISTANCE,
            goal: '195,178',
          },
          related: [
            { sheet: '9.5 Metas', range: 'K8' },
            { sheet: '5 Resultados', range: 'D4' },
            { sheet: '9.2 Resultados y productos', range: 'A6' },
          ],
        },
      ],
    },
    {
      name: 'a result listed with every product (PGG) and with its own (§9.2); a typo is reported once, not in the next year too',
      workbook: workbook(
        seedSeries(['686,372', '830,041', '973,711', '1,152,774', '1,347,952']),
        chainSheet(statement(2026, '686,372'), [ASSISTANCE, DOCUMENTS, CONTROL], '3.1 PGG'),
        chainSheet(statement(2030, '1,347,952'), [ASSISTANCE, DOCUMENTS]),
        seedGoals('Persona'),
      ),
      findings: [{ messageId: 'growth', range: 'C4', expected: 973710, actual: 973711 }],
    },
    {
      name: 'the first year checked against a baseline of the year before',
      workbook: workbook(
        resultsSheet(
          [2027],
          [
            [
              'Para el año 2027 se ha incrementado la protección de derechos a personas migrantes a 830,000 personas acumulado (de 686,372 personas en el año 2026 a 830,000 personas en el año 2027).',
            ],
          ],
        ),
        chainSheet(statement(2030, '1,347,952'), [ASSISTANCE, DOCUMENTS]),
        seedGoals(),
      ),
      findings: [
        {
          messageId: 'baseline',
          range: 'A4',
          expected: 830041,
          actual: 830000,
          data: { previousYear: 2026, previous: '686,372', goal: '143,669' },
          related: [{ sheet: '9.5 Metas', range: 'E8' }],
        },
      ],
    },
    {
      name: 'no matrix links the result: the only goals product in personas, as a warning',
      workbook: workbook(seedSeries(['686,372', '830,041', '973,710', '1,152,774', '1,347,953']), seedGoals()),
      findings: [{ messageId: 'growth', range: 'E4', severity: 'warning', expected: 1347952, actual: 1347953 }],
    },
    {
      name: 'no goals matrix: the multiannual indicator matrix gives the yearly absolute',
      workbook: workbook(
        seedSeries(['686,372', '830,041', '973,710', '1,152,774', '1,350,000']),
        chainSheet(statement(2030, '1,350,000'), [ASSISTANCE]),
        indicatorMatrixSheet(YEARS, [
          {
            product: ASSISTANCE,
            unit: 'Persona',
            indicator: 'Personas migrantes atendidas',
            baseline: [2021, 64660, null],
            years: [
              [165924, null],
              [143669, null],
              [143669, null],
              [179064, null],
              [195178, null],
            ],
            total: [827504, null],
          },
        ]),
      ),
      findings: [
        {
          messageId: 'growth',
          range: 'E4',
          expected: 1347952,
          actual: 1350000,
          related: [
            { sheet: '9.1 Multianual', range: 'O8' },
            { sheet: '5 Resultados', range: 'D4' },
            { sheet: '9.2 Resultados y productos', range: 'A6' },
          ],
        },
      ],
    },
  ],
});
