import rule from '../../../src/rules/structure/no-matrix-found';
import { runRuleTests } from '../../support/rule-tester';
import { sheet, workbook } from '../../support/workbook';

const budget = sheet('Presupuesto', [
  ['PRG', 'DESCRIPCIÓN', 2026, 2027],
  ['01', 'Actividades Centrales', 292649151, 350187509],
  ['11', 'Derecho Migratorio', 85563028, 84419647],
  [null, 'Total', 378212179, 434607156],
]);

const cooperationReport = sheet('Informe', [
  ['INFORME DE COOPERACIÓN: EJECUCIÓN Y DIVULGACIÓN DE LA POLÍTICA MIGRATORIA'],
  [],
  ['Concepto', 'Monto USD', 'Monto Q'],
  ['Talleres de divulgación', 1200, 9240],
  ['Material impreso', 800, 6160],
  ['Total', 2000, 15400],
]);

const prose = sheet('Notas', [
  ['El producto principal de la institución es la emisión de documentos migratorios.'],
  ['Cada producto tiene una unidad de medida y metas por año.'],
]);

runRuleTests(rule, {
  valid: [
    { name: 'a workbook with a budget matrix', workbook: workbook(budget) },
    { name: 'a matrix on the second sheet is enough', workbook: workbook(prose, budget) },
    { name: 'a workbook without sheets has nowhere to report', workbook: workbook() },
  ],
  invalid: [
    {
      name: 'a cooperation report with a Total row (seed 004) holds no POM matrix',
      workbook: workbook(cooperationReport),
      findings: [
        {
          messageId: 'none',
          sheet: 'Informe',
          range: 'A1',
          severity: 'warning',
          kind: 'structure',
          data: { sheets: '1 hoja' },
        },
      ],
    },
    {
      name: 'prose that mentions "producto" is not a matrix; reported on the first sheet',
      workbook: workbook(prose, cooperationReport),
      findings: [{ messageId: 'none', sheet: 'Notas', range: 'A1', data: { sheets: '2 hojas' } }],
    },
    {
      name: 'an empty sheet',
      workbook: workbook(sheet('Hoja1', [])),
      findings: [{ messageId: 'none', sheet: 'Hoja1', range: 'A1' }],
    },
  ],
});
