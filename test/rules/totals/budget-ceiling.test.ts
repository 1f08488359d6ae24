import type { WorkbookSnapshot } from '../../../src/core';
import type { Ceiling } from '../../../src/domain/review/ceilings';
import indexed, { createBudgetCeilingRule } from '../../../src/rules/totals/budget-ceiling';
import { runRuleTests } from '../../support/rule-tester';
import { sheet, workbook } from '../../support/workbook';
import { budgetSheet } from './pom-tables';

const IGM = '1120-0069-000-000';

const ceiling = (programme: string, year: number, amount: number, institution = IGM): Ceiling => ({
  institution,
  programme,
  year,
  amount,
  line: 2,
});

const rule = createBudgetCeilingRule([
  ceiling('01', 2026, 292649151),
  ceiling('11', 2026, 80000000),
  ceiling('11', 2027, 79858896),
  ceiling('99', 2026, 1, '1112-0021-000-000'),
]);

function plan(programme11: [number, number], title = `${IGM} INSTITUTO GUATEMALTECO DE MIGRACIÓN`): WorkbookSnapshot {
  return workbook(
    sheet('Portada', [[title], ['PLAN OPERATIVO MULTIANUAL 2026-2027']]),
    budgetSheet(
      [2026, 2027],
      [
        ['01', 'Actividades Centrales', 292649151, 350187509],
        [11, 'Derecho Migratorio', ...programme11],
        ['99', 'Partidas no Asignables a Programas', 82260000, 76260000],
      ],
      undefined,
    ),
  );
}

runRuleTests(rule, {
  valid: [
    { name: 'every programme at or below its ceiling (to the centavo)', workbook: plan([80000000, 79858896]) },
    {
      name: 'a workbook without an institution code is not checked',
      workbook: plan([99000000, 99000000], 'INSTITUTO GUATEMALTECO DE MIGRACIÓN'),
    },
    {
      name: 'another institution’s ceilings do not apply',
      workbook: plan([99000000, 99000000], '1113-0017-000-000 SECRETARÍA DE BIENESTAR SOCIAL'),
    },
  ],
  invalid: [
    {
      name: 'programme 11 above its 2026 ceiling; programme 01 without excess; 2027 of 01 has no ceiling',
      workbook: plan([81370736.5, 79858896]),
      findings: [
        {
          messageId: 'above',
          sheet: '8 Presupuesto',
          range: 'C7',
          kind: 'total-mismatch',
          severity: 'error',
          expected: 80000000,
          actual: 81370736.5,
          data: {
            year: 2026,
            programme: '11',
            actual: 'Q81,370,736.50',
            expected: 'Q80,000,000.00',
            excess: 'Q1,370,736.50',
            institution: IGM,
          },
        },
      ],
    },
    {
      name: 'one centavo above the 2027 ceiling',
      workbook: plan([80000000, 79858896.01]),
      findings: [{ messageId: 'above', range: 'D7', data: expect.objectContaining({ excess: 'Q0.01' }) }],
    },
    {
      name: 'the ceilings of the workbook’s own institution apply, whoever else is listed',
      workbook: plan([80000000, 79858896], '1112-0021-000-000 INSTITUTO NACIONAL DE BOSQUES'),
      findings: [{ messageId: 'above', range: 'C8', data: expect.objectContaining({ programme: '99' }) }],
    },
  ],
});

runRuleTests(indexed, {
  valid: [{ name: 'the indexed rule (no --techos) never reports', workbook: plan([999999999, 999999999]) }],
  invalid: [],
});
