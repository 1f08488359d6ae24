import rule from '../../../src/rules/values/number-as-text';
import { parseNumberText } from '../../../src/rules/formulas/support/sheet-facts';
import { runRuleTests } from '../../support/rule-tester';
import { f, sheet, workbook } from '../../support/workbook';

describe('parseNumberText', () => {
  it.each([
    ['1,234', 1234],
    ['  56 ', 56],
    ['Q 1,500.00', 1500],
    ['Q1,500.50', 1500.5],
    ['12%', 0.12],
    ['-3.5', -3.5],
    ['(1,234.00)', -1234],
    ['0.75', 0.75],
    ['565504297', 565504297],
  ])('reads %j as %p', (text, value) => {
    expect(parseNumberText(text)).toBeCloseTo(value, 10);
  });

  it.each([
    '01',
    '001',
    '11-00-00-002',
    '1120-0069-000-000',
    '2026',
    '5555 1234',
    '2411-2411',
    '1234567890123',
    '1,23',
    'Meta 2026',
    'Se atendió al 83.77 % de la población',
    '',
    '(12',
  ])('leaves %j as text', (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });
});

runRuleTests(rule, {
  valid: [
    {
      name: 'codes typed as text in a code column',
      workbook: workbook(
        sheet('P', [
          ['PRG', 'Estructura', 'Monto'],
          ['01', '01-00-000-001', 100],
          ['11', '11-00-00-002', 200],
          ['99', '99-00-000-001', 300],
        ]),
      ),
    },
    {
      name: 'a label column and a notes column with numbers inside sentences',
      workbook: workbook(
        sheet('P', [
          ['Producto', 'Meta', 'Notas'],
          ['Personas atendidas', 100, 'Se atendió al 83.77 %'],
          ['Documentos emitidos', 200, '15%'],
          ['Eventos', 300, 'Sin cambios'],
          ['Entidades', 400, 'Meta revisada'],
        ]),
      ),
    },
    {
      name: 'years as text labels in the header, and a column-numbering row',
      workbook: workbook(
        sheet('P', [
          ['Programa', '2026', '2027'],
          ['(1)', '2', '3'],
          ['A', 1, 2],
          ['B', 3, 4],
          ['C', 5, 6],
        ]),
      ),
    },
    {
      name: 'a programme code typed as text among codes typed as numbers',
      workbook: workbook(
        sheet('P', [
          ['PRG', 'Descripción', 'Monto'],
          [11, 'Servicios', 100],
          [12, 'Control', 200],
          ['13', 'Atención', 300],
          [14, 'Documentos', 400],
        ]),
      ),
    },
    {
      name: 'a column that is mostly text is not a numeric column',
      workbook: workbook(
        sheet('P', [
          ['Teléfono', 'Nombre'],
          ['2411 2411', 'Ana'],
          ['55', 'Luis'],
          ['Sin dato', 'Eva'],
        ]),
      ),
    },
    {
      name: 'a row of column numbers typed as text inside the range of a total',
      workbook: workbook(
        sheet('P', [
          ['Producto', 'Meta 2026', 'Meta 2027'],
          ['(1)', '(2)', '(3)'],
          ['A', 10, 20],
          ['B', 30, 40],
          ['Total', f('SUM(B2:B4)', 40), f('SUM(C2:C4)', 60)],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a baseline value typed as text under a two-row header, above the other values',
      workbook: workbook(
        sheet('Indicadores', [
          ['Producto', 'Línea base', null, 'Meta 2026'],
          [null, 'Año', 'Valor', 'Absoluto'],
          ['Hectáreas bajo manejo', 2024, '72.5', 19000],
          ['Plantas producidas', 2024, 95, 2500000],
          ['Hectáreas protegidas', 2024, 88, 35000],
        ]),
      ),
      findings: [{ messageId: 'numberAsText', range: 'C3', expected: 72.5, actual: '72.5' }],
    },
    {
      name: 'a number typed as text in a column of numbers',
      workbook: workbook(
        sheet('P', [
          ['Producto', 'Meta'],
          ['A', 100],
          ['B', '1,234'],
          ['C', 300],
          ['D', 400],
        ]),
      ),
      findings: [
        {
          messageId: 'numberAsText',
          severity: 'warning',
          range: 'B3',
          expected: 1234,
          actual: '1,234',
          fix: { range: 'B3', value: 1234 },
        },
      ],
    },
    {
      name: 'a total that silently drops a number typed as text is an error',
      workbook: workbook(
        sheet('P', [
          ['Producto', 'Meta'],
          ['A', 100],
          ['B', 'Q 1,500.00'],
          ['Total', f('SUM(B2:B3)', 100)],
        ]),
      ),
      findings: [
        {
          messageId: 'droppedFromTotal',
          severity: 'error',
          range: 'B3',
          related: [{ sheet: 'P', range: 'B4' }],
          data: { total: 'B4', value: '1,500' },
        },
      ],
    },
    {
      name: 'a total on another sheet that drops a run of texts gives one finding',
      workbook: workbook(
        sheet('Datos', [['Meta'], ['10'], ['20'], ['30']]),
        sheet('Resumen', [['Total', f('SUM(Datos!A2:A4)', 0)]]),
      ),
      findings: [
        {
          messageId: 'droppedManyFromTotal',
          sheet: 'Datos',
          range: 'A2:A4',
          related: [{ sheet: 'Resumen', range: 'B1' }],
          data: { count: 3, total: 'Resumen!B1', value: '60' },
        },
      ],
    },
  ],
});
