/**
 * A programme's budget for a year (§8) does not exceed the ceiling MINFIN set for it. The
 * ceilings come from outside the workbook (`planifica review --techos techos.csv`), so the rule
 * is made for a list of them: `createBudgetCeilingRule(ceilings)`. The index holds it with no
 * ceilings (silent), so the rule is listed, documented and tested like every other.
 *
 * The workbook's institution is its code in the title rows or properties
 * (src/domain/review/identity.ts); a workbook without a code, or with no ceiling for it, is not
 * checked. Programme codes compare as two digits ("1" and 1 read as "01").
 */
import { cellAddress, createRule, formatQuetzales, toCentavos, type Rule } from '../../core';
import { ceilingsOf, type Ceiling } from '../../domain/review/ceilings';
import { identifyPlan } from '../../domain/review/identity';
import { matricesOf } from '../../domain/recognize';
import { budgetProgrammeCode } from './support/budget';
import { amountOf } from './support/sums';

const messages = {
  above:
    'El presupuesto {{year}} del programa {{programme}} ({{actual}}) supera su techo de {{expected}} en {{excess}} ({{institution}}).',
} as const;

const messagesEn = {
  above:
    'The {{year}} budget of programme {{programme}} ({{actual}}) is above its ceiling of {{expected}} by {{excess}} ({{institution}}).',
} as const;

export function createBudgetCeilingRule(ceilings: readonly Ceiling[]): Rule<typeof messages> {
  return createRule({
    meta: {
      id: 'totals/budget-ceiling',
      kind: 'total-mismatch',
      severity: 'error',
      description: 'Comprueba que el presupuesto de cada programa no supere su techo presupuestario (--techos).',
      descriptionEn: "Checks that each programme's budget stays within its budget ceiling (--techos).",
      title: 'Presupuesto sobre el techo',
      titleEn: 'Budget above its ceiling',
      messages,
      messagesEn,
    },
    create(context) {
      if (ceilings.length === 0) return;
      const institution = identifyPlan(context.workbook).code;
      const own = ceilingsOf(ceilings, institution);
      if (!institution || own.length === 0) return;
      const ceilingAt = new Map(own.map((c) => [`${c.programme}/${c.year}`, c]));
      for (const budget of matricesOf(context.workbook, 'budget')) {
        for (const programme of budget.programmes) {
          const code = budgetProgrammeCode(programme);
          if (code === undefined) continue;
          budget.years.forEach((year, i) => {
            const ceiling = ceilingAt.get(`${code}/${year.year}`);
            const cell = programme.amounts[i];
            const amount = amountOf(cell);
            if (!ceiling || !cell || amount === undefined) return;
            const excess = toCentavos(amount) - toCentavos(ceiling.amount);
            if (excess <= 0) return;
            context.report({
              messageId: 'above',
              sheet: budget.sheet,
              range: cellAddress(cell.row, cell.col),
              data: {
                year: year.year,
                programme: code,
                actual: formatQuetzales(amount),
                expected: formatQuetzales(ceiling.amount),
                excess: formatQuetzales(excess / 100),
                institution,
              },
              expected: ceiling.amount,
              actual: amount,
            });
          });
        }
      }
    },
  });
}

/** The rule as the index holds it: no ceilings given, nothing to report. */
export default createBudgetCeilingRule([]);
