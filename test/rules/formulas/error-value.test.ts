import { columnName } from '../../../src/core';
import rule from '../../../src/rules/formulas/error-value';
import { runRuleTests } from '../../support/rule-tester';
import { err, f, sheet, workbook } from '../../support/workbook';

runRuleTests(rule, {
  valid: [
    {
      name: 'numbers, formulas and texts without errors',
      workbook: workbook(
        sheet('Presupuesto', [
          ['PRG', 'Descripción', 2026, 2027],
          ['01', 'Actividades centrales', 1500, 1600],
          ['11', 'Servicios migratorios', 2500, 2600],
          ['Total', null, f('SUM(C2:C3)', 4000), f('SUM(D2:D3)', 4200)],
        ]),
      ),
    },
    {
      name: 'a note that mentions #REF! as text, and a formula with "#N/A" inside a string',
      workbook: workbook(
        sheet('Notas', [
          ['Nota: la versión anterior mostraba #REF! en la columna C', 5],
          ['Estado', f('IF(B1>0,"ok","#REF!")', 'ok')],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a division by zero shown as cached result',
      workbook: workbook(sheet('Hoja', [[10, 0, f('A1/B1', err('#DIV/0!'))]])),
      findings: [{ messageId: 'errorValue', range: 'C1', actual: '#DIV/0!', data: { error: '#DIV/0!' } }],
    },
    {
      name: 'a typed #N/A',
      workbook: workbook(sheet('Hoja', [['Meta', err('#N/A')]])),
      findings: [{ messageId: 'errorValue', range: 'B1', actual: '#N/A' }],
    },
    {
      name: 'one source and the cells it spreads to give one finding',
      workbook: workbook(
        sheet('Hoja', [
          [10, 0, f('A1/B1', err('#DIV/0!')), f('C1*2', err('#DIV/0!'))],
          [null, null, f('C1+1', err('#DIV/0!')), f('SUM(C1:D1)', err('#DIV/0!'))],
        ]),
      ),
      findings: [{ messageId: 'errorValueSource', range: 'C1', data: { dependents: 3, error: '#DIV/0!' } }],
    },
    {
      name: 'a copied formula failing on every row gives one finding for the block',
      workbook: workbook(
        sheet('Hoja', [
          ['Meta', 'Logro', '%'],
          [10, 0, f('B2/A2', 0)],
          [0, 5, f('B3/A3', err('#DIV/0!'))],
          [0, 6, f('B4/A4', err('#DIV/0!'))],
          [0, 7, f('B5/A5', err('#DIV/0!'))],
        ]),
      ),
      findings: [{ messageId: 'errorBlock', range: 'C3:C5', data: { count: 3, range: 'C3:C5' } }],
    },
    {
      name: 'a deleted reference is flagged even when the cached value is a number',
      workbook: workbook(sheet('Hoja', [[10, 20, f('SUM(A1,#REF!)', 10)]])),
      findings: [{ messageId: 'deletedReference', range: 'C1', data: { formula: 'SUM(A1,#REF!)' } }],
    },
    {
      name: 'an error coming from another sheet is reported at its source only',
      workbook: workbook(
        sheet('Datos', [[f('VLOOKUP(9,B1:C2,2,FALSE)', err('#N/A'))]]),
        sheet('Resumen', [['Total', f('Datos!A1*2', err('#N/A'))]]),
      ),
      findings: [{ messageId: 'errorValueSource', sheet: 'Datos', range: 'A1', data: { dependents: 1 } }],
    },
    {
      name: 'different errors in one column are separate findings',
      workbook: workbook(sheet('Hoja', [[err('#VALUE!')], [err('#NAME?')]])),
      findings: [
        { messageId: 'errorValue', range: 'A1', actual: '#VALUE!' },
        { messageId: 'errorValue', range: 'A2', actual: '#NAME?' },
      ],
    },
    {
      name: 'a sheet full of unrelated errors is capped and says so',
      workbook: workbook(sheet('Hoja', [Array.from({ length: 205 }, () => err('#NUM!'))])),
      findings: [
        ...Array.from({ length: 200 }, () => ({ messageId: 'errorValue' })),
        { messageId: 'tooMany', data: { count: 5 } },
      ].map((finding, i) => ({ ...finding, range: columnName(i) + '1' })),
    },
  ],
});
