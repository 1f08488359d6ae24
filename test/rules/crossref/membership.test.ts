import rule from '../../../src/rules/crossref/membership';
import { runRuleTests } from '../../support/rule-tester';
import { workbook } from '../../support/workbook';
import {
  coverageSheet,
  goalsSheet,
  indicatorMatrixSheet,
  P,
  programmaticSheet,
  resultsSheet,
  S,
  type ItemSpec,
} from './pom-sheets';

const control = 'Control, Registro de Nacionales y Extranjeros en el Territorio Nacional';
const certificaciones = 'Personas atendidas en la emisión de certificaciones de control migratorio';
const full: ItemSpec[] = [
  P('Dirección y Coordinación'),
  S('Dirección y Coordinación'),
  P(control),
  S('Personas nacionales y extranjeras con registro de ingreso, permanencia y egreso del país'),
  S('Informes de avances de la Política Migratoria'),
  S(certificaciones),
];
const without = (items: ItemSpec[], name: string, level = 'subproduct') =>
  items.filter((item) => !(item.name === name && item.level === level));

runRuleTests(rule, {
  valid: [
    {
      name: 'every product and subproduct in every matrix',
      workbook: workbook(programmaticSheet(full), goalsSheet(full), resultsSheet(full)),
    },
    {
      name: 'a matrix that leaves out a whole product (results omit Dirección y Coordinación)',
      workbook: workbook(
        programmaticSheet(full),
        goalsSheet(full),
        resultsSheet(without(without(full, 'Dirección y Coordinación'), 'Dirección y Coordinación', 'product')),
      ),
    },
    {
      name: 'no programmatic matrix at all: products are not reported one by one',
      workbook: workbook(goalsSheet(full)),
    },
    {
      name: 'no coverage matrix, and an indicator matrix that lists products only',
      workbook: workbook(
        programmaticSheet(full),
        goalsSheet(full),
        indicatorMatrixSheet([{ product: control, indicator: 'Porcentaje de cobertura', absolute: [1, 2] }]),
      ),
    },
    {
      name: 'names that differ only in accents and case are the same item',
      workbook: workbook(
        programmaticSheet(full),
        goalsSheet(
          full.map((item) =>
            item.name === certificaciones
              ? { ...item, name: 'PERSONAS ATENDIDAS EN LA EMISION DE CERTIFICACIONES DE CONTROL MIGRATORIO' }
              : item,
          ),
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'a subproduct missing from the programmatic matrix (seed 001 §9.3)',
      workbook: workbook(
        resultsSheet(full),
        programmaticSheet(without(full, certificaciones)),
        coverageSheet(full),
        goalsSheet(full),
      ),
      findings: [
        {
          messageId: 'missingSubproduct',
          sheet: '9.3 Red',
          range: 'B4',
          kind: 'cross-sheet-mismatch',
          severity: 'error',
          expected: certificaciones,
          related: [
            { sheet: '9.2 Resultados', range: 'C8' },
            { sheet: '9.4 Cobertura', range: 'C8' },
            { sheet: '9.5 Metas', range: 'A8' },
          ],
          data: { subproduct: certificaciones, product: control },
        },
      ],
    },
    {
      name: 'a subproduct only one matrix lists, against three that leave it out: one finding where it is',
      workbook: workbook(
        resultsSheet(full),
        programmaticSheet(full),
        coverageSheet(full),
        goalsSheet([...full, S('Migrantes atendidos y persona para la protección y persona')]),
      ),
      findings: [
        {
          messageId: 'onlyHere',
          sheet: '9.5 Metas',
          range: 'A9',
          related: [
            { sheet: '9.3 Red', range: 'B4' },
            { sheet: '9.2 Resultados', range: 'C5' },
            { sheet: '9.4 Cobertura', range: 'C5' },
          ],
        },
      ],
    },
    {
      name: 'a subproduct placed under another product in one matrix: one finding where it is misplaced',
      workbook: workbook(
        programmaticSheet([P('Registro de Visas'), S('Registro de extranjería'), P(control), S(certificaciones)]),
        coverageSheet([P('Registro de Visas'), P(control), S(certificaciones), S('Registro de extranjería')]),
        goalsSheet([P('Registro de Visas'), S('Registro de extranjería'), P(control), S(certificaciones)]),
      ),
      findings: [
        {
          messageId: 'underOtherProduct',
          sheet: '9.4 Cobertura',
          range: 'C6',
          expected: 'Registro de Visas',
          actual: control,
          related: [
            { sheet: '9.3 Red', range: 'B3' },
            { sheet: '9.5 Metas', range: 'A4' },
          ],
        },
      ],
    },
    {
      name: 'a product of the goals matrix without a programmatic category',
      workbook: workbook(
        programmaticSheet(full),
        goalsSheet([...full, P('Aportes a Instituciones Nacionales e Internacionales')]),
      ),
      findings: [{ messageId: 'productWithoutCategory', sheet: '9.5 Metas', range: 'A9' }],
    },
    {
      name: 'a programmatic category whose product has no goals',
      workbook: workbook(
        programmaticSheet([...full, P('Aportes a Instituciones Nacionales e Internacionales')]),
        goalsSheet(full),
      ),
      findings: [{ messageId: 'productWithoutGoals', sheet: '9.3 Red', range: 'B8' }],
    },
    {
      name: 'the same-named subproduct missing under its product, while the product is there',
      workbook: workbook(programmaticSheet(full), goalsSheet(without(full, 'Dirección y Coordinación'))),
      findings: [
        {
          messageId: 'missingSubproduct',
          sheet: '9.5 Metas',
          range: 'A3',
          expected: 'Dirección y Coordinación',
          related: [{ sheet: '9.3 Red', range: 'B3' }],
        },
      ],
    },
  ],
});
