import rule from '../../../src/rules/totals/programme-budget';
import { runRuleTests } from '../../support/rule-tester';
import { f, sheet, workbook } from '../../support/workbook';
import { budgetSheet, goalsSheet, programmaticSheet, q, type GoalRow } from './pom-tables';

const network = programmaticSheet([
  { name: 'Dirección y Coordinación', unit: 'Documento', codes: ['01', '00', '00', '001'] },
  { name: 'Asistencia y Protección a las Personas Migrantes', unit: 'Persona', codes: ['11', '00', '00', '001'] },
  { name: 'Emisión de Documentos Migratorios', unit: 'Documento', codes: [11, 0, 0, 2] },
  { name: 'Aportes a Instituciones Nacionales e Internacionales', unit: 'Documento', codes: [null, '99', '00', '00'] },
]);

const goals: GoalRow[] = [
  ['Producto: Dirección y Coordinación', 'Documento', 3, 292649151, 3, 350187509],
  ['Producto: Asistencia y Protección a las Personas Migrantes', 'Persona', 165924, 38495564, 143669, 38389074],
  ['Producto: Emisión de Documentos Migratorios', 'Documento', 1225189, null, 1293948, 41469822],
  ['Emisión de pasaportes', 'Documento', 1135189, 42696173, 1191948, 41289182],
  ['Prórroga de documentos', 'Documento', 90000, 178999, 102000, 180640],
  ['Producto: Aportes a Instituciones Nacionales e Internacionales', 'Documento', 23, 82260000, 23, 76260000],
];

const budget = (programme11: [number, number]) =>
  budgetSheet(
    [2026, 2027],
    [
      ['01', 'Actividades Centrales', 292649151, 350187509],
      [11, 'Derecho Migratorio', ...programme11],
      ['99', 'Partidas no Asignables a Programas', 82260000, 76260000],
    ],
    undefined,
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'a product amount that is a formula never calculated (no saved result): the programme is not compared',
      workbook: workbook(
        budget([81370736, 79858896]),
        network,
        goalsSheet(
          [2026, 2027],
          goals.map((row, i) => (i === 1 ? ([...row.slice(0, 3), f('SUM(H9:J9)'), ...row.slice(4)] as GoalRow) : row)),
        ),
      ),
    },
    {
      name: 'each programme budget is the sum of its products (a product through its subproducts, codes as numbers, a slid code)',
      workbook: workbook(budget([81370736, 79858896]), network, goalsSheet([2026, 2027], goals)),
    },
    {
      name: 'a product without a programme: the check is not made',
      workbook: workbook(
        budget([1, 1]),
        network,
        goalsSheet([2026, 2027], [...goals, ['Producto: Producto nuevo', 'Documento', 1, 5, 1, 5]]),
      ),
    },
    {
      name: 'without a programmatic matrix there is no link',
      workbook: workbook(budget([1, 1]), goalsSheet([2026, 2027], goals)),
    },
  ],
  invalid: [
    {
      name: 'programme 11 budget differs from its products in 2027',
      workbook: workbook(budget([81370736, 79858895]), network, goalsSheet([2026, 2027], goals)),
      findings: [
        {
          messageId: 'mismatch',
          kind: 'total-mismatch',
          sheet: '8 Presupuesto',
          range: 'D7',
          expected: 79858896,
          actual: 79858895,
          data: { year: 2027, programme: '11', expected: 'Q79,858,896.00', actual: 'Q79,858,895.00' },
          related: [
            { sheet: '9.5 Metas', range: 'F9' },
            { sheet: '9.5 Metas', range: 'F10' },
          ],
        },
      ],
    },
  ],
});

describe('totals/programme-budget with the codes in the goals matrix (a POA)', () => {
  // Uses the same table runner on a POA whose products carry "11-00-000-001" in their own column.
  const poa = (programme11: number) =>
    workbook(
      budget([programme11, 0]),
      sheet('POA 2026', [
        ['PLAN OPERATIVO ANUAL 2026'],
        [],
        [
          'Estructura programática',
          'Producto / Subproducto',
          'Unidad de medida',
          'Meta física 2026',
          'Meta financiera 2026',
        ],
        ['01-00-000-001', 'Producto: Dirección y Coordinación', 'Documento', 3, q(292649151)],
        ['11-00-000-001', 'Producto: Asistencia y Protección', 'Persona', 10, q(38495564)],
        ['11-00-000-02', 'Producto: Emisión de Documentos', 'Documento', 10, q(42875172)],
        ['99-00-000-001', 'Producto: Aportes', 'Documento', 23, q(82260000)],
      ]),
    );
  runRuleTests(rule, {
    valid: [{ name: 'each programme budget is the sum of its products', workbook: poa(81370736) }],
    invalid: [
      {
        name: 'programme 11 does not add up (a malformed actividad still tells the programme)',
        workbook: poa(81370737),
        findings: [
          { messageId: 'mismatch', sheet: '8 Presupuesto', range: 'C7', expected: 81370736, actual: 81370737 },
        ],
      },
    ],
  });
});
