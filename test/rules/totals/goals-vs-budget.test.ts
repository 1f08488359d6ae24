import { validate } from '../../../src/core';
import rule from '../../../src/rules/totals/goals-vs-budget';
import programmeBudget from '../../../src/rules/totals/programme-budget';
import { runRuleTests } from '../../support/rule-tester';
import { f, workbook, type CellSpec } from '../../support/workbook';
import { budgetSheet, goalsSheet, programmaticSheet, type GoalRow } from './pom-tables';

const goals: GoalRow[] = [
  ['Producto: Dirección y Coordinación', 'Documento', 3, 292649151, 3, 350187509],
  ['Producto: Asistencia y Protección a las Personas Migrantes', 'Persona', 165924, 38495564, 143669, 38389074],
];
const budget = (total: CellSpec[] | undefined, second: [CellSpec, CellSpec] = [38495564, 38389074]) =>
  budgetSheet(
    [2026, 2027],
    [
      ['01', 'Actividades Centrales', 292649151, 350187509],
      ['11', 'Derecho Migratorio', ...second],
    ],
    total,
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'a budget without a Total row whose programme amount is a formula never calculated: no sum to compare',
      workbook: workbook(
        budget(undefined, [f('SUM(H7:J7)'), 38389074]),
        goalsSheet([2026, 2027], goals, [null, 331144715, null, 388576583]),
      ),
    },
    {
      name: 'the goals Total equals the budget Total every year',
      workbook: workbook(
        budget([331144715, 388576583]),
        goalsSheet([2026, 2027], goals, [null, 331144715, null, 388576583]),
      ),
    },
    {
      name: 'a budget without a Total row, whose programmes add up to the goals Total',
      workbook: workbook(budget(undefined), goalsSheet([2026, 2027], goals, [null, 331144715, null, 388576583])),
    },
    {
      name: 'a goals Total that is wrong on its own is totals/goals-year-total’s finding',
      workbook: workbook(budget([331144715, 388576583]), goalsSheet([2026, 2027], goals, [null, 1, null, 388576583])),
    },
    {
      name: 'a budget Total that is wrong on its own is totals/budget-year-total’s finding',
      workbook: workbook(budget([1, 388576583]), goalsSheet([2026, 2027], goals, [null, 331144715, null, 388576583])),
    },
    {
      name: 'years the budget does not have are not compared',
      workbook: workbook(
        budgetSheet([2027], [['01', 'Actividades Centrales', 388576583]], [388576583]),
        goalsSheet([2026, 2027], goals, [null, 5, null, 388576583]),
      ),
    },
  ],
  invalid: [
    {
      name: 'both totals right on their own but different (a programme missing from the goals): the budget total and each programme are related',
      workbook: workbook(
        budget([331144716, 388576583], [38495565, 38389074]),
        goalsSheet([2026, 2027], goals, [null, f('SUM(D8:D9)', 331144715), null, 388576583]),
      ),
      findings: [
        {
          messageId: 'mismatch',
          kind: 'total-mismatch',
          sheet: '9.5 Metas',
          range: 'D10',
          expected: 331144716,
          actual: 331144715,
          data: { year: 2026, expected: 'Q331,144,716.00', actual: 'Q331,144,715.00' },
          related: [
            { sheet: '8 Presupuesto', range: 'C8' },
            { sheet: '8 Presupuesto', range: 'C6' },
            { sheet: '8 Presupuesto', range: 'C7' },
          ],
        },
      ],
    },
    {
      name: 'against a budget without a Total row: the programme cells are related',
      workbook: workbook(
        budget(undefined, [38495564, 38389075]),
        goalsSheet([2026, 2027], goals, [null, 331144715, null, 388576583]),
      ),
      findings: [
        {
          messageId: 'mismatch',
          range: 'F10',
          expected: 388576584,
          related: [
            { sheet: '8 Presupuesto', range: 'D6' },
            { sheet: '8 Presupuesto', range: 'D7' },
          ],
        },
      ],
    },
  ],
});

describe('a programme amount mistyped in the budget', () => {
  it('is one finding, at the programme: the totals that then disagree are folded into it', () => {
    const network = programmaticSheet([
      { name: 'Dirección y Coordinación', unit: 'Documento', codes: ['01', '00', '00', '001'] },
      { name: 'Asistencia y Protección a las Personas Migrantes', unit: 'Persona', codes: ['11', '00', '00', '001'] },
    ]);
    // Programme 11's 2026 amount typed 38,495,654 for 38,495,564; the budget Total adds it up.
    const snapshot = workbook(
      budget([f('SUM(C6:C7)', 331144805), 388576583], [38495654, 38389074]),
      network,
      goalsSheet([2026, 2027], goals, [null, 331144715, null, 388576583]),
    );
    const { findings } = validate(snapshot, [programmeBudget, rule]);
    expect(findings.map((f) => [f.rule, f.sheet, f.range, f.also])).toEqual([
      ['totals/programme-budget', '8 Presupuesto', 'C7', ['totals/goals-vs-budget']],
    ]);
    expect(findings[0].related).toContainEqual({ sheet: '9.5 Metas', range: 'D10' });
  });
});
