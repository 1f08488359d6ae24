/**
 * The rule index, id → rule, sorted by id (as ESLint's lib/rules/index.js). Every rule file
 * under src/rules/<group>/<name>.ts is listed here; a test checks that none is missing and that
 * each has its doc page in docs/rules/<group>/<name>.md and its test in test/rules/<group>/<name>.test.ts.
 */
import { interpolate, type AnyRule, type Finding } from '../core';
import catalogContributionFlag from './catalog/contribution-flag';
import geography from './catalog/geography';
import indicatorCategory from './catalog/indicator-category';
import measurementFrequency from './catalog/measurement-frequency';
import unitOfMeasure from './catalog/unit-of-measure';
import contributionFlag from './crossref/contribution-flag';
import indicatorTargets from './crossref/indicator-targets';
import itemGoals from './crossref/item-goals';
import itemName from './crossref/item-name';
import itemUnit from './crossref/item-unit';
import membership from './crossref/membership';
import baselineBeforeTarget from './form/baseline-before-target';
import fichaRequiredFields from './form/ficha-required-fields';
import indicatorCodeUnique from './form/indicator-code-unique';
import programmaticCode from './form/programmatic-code';
import relativeRange from './form/relative-range';
import emptyReference from './formulas/empty-reference';
import errorValue from './formulas/error-value';
import inconsistentFormula from './formulas/inconsistent-formula';
import rangeOmitsCells from './formulas/range-omits-cells';
import cumulativeGrowth from './narrative/cumulative-growth';
import resultStatement from './narrative/result-statement';
import yearSpan from './narrative/year-span';
import incompleteMatrix from './structure/incomplete-matrix';
import noMatrixFound from './structure/no-matrix-found';
import unreadableSheet from './structure/unreadable-sheet';
import approvedTotal from './totals/approved-total';
import budgetCeiling from './totals/budget-ceiling';
import budgetYearTotal from './totals/budget-year-total';
import doubleCount from './totals/double-count';
import goalsVsBudget from './totals/goals-vs-budget';
import goalsYearTotal from './totals/goals-year-total';
import hardcodedTotal from './totals/hardcoded-total';
import multiannualTotal from './totals/multiannual-total';
import programmeBudget from './totals/programme-budget';
import staleTotal from './totals/stale-total';
import subproductsSum from './totals/subproducts-sum';
import numberAsText from './values/number-as-text';

const rules: AnyRule[] = [
  catalogContributionFlag,
  geography,
  indicatorCategory,
  measurementFrequency,
  unitOfMeasure,
  contributionFlag,
  indicatorTargets,
  itemGoals,
  itemName,
  itemUnit,
  membership,
  emptyReference,
  errorValue,
  inconsistentFormula,
  rangeOmitsCells,
  hardcodedTotal,
  staleTotal,
  numberAsText,
  approvedTotal,
  budgetCeiling,
  budgetYearTotal,
  doubleCount,
  goalsVsBudget,
  goalsYearTotal,
  multiannualTotal,
  programmeBudget,
  subproductsSum,
  incompleteMatrix,
  noMatrixFound,
  unreadableSheet,
  programmaticCode,
  baselineBeforeTarget,
  fichaRequiredFields,
  indicatorCodeUnique,
  relativeRange,
  cumulativeGrowth,
  resultStatement,
  yearSpan,
];

// By code point, not localeCompare: the ids are ASCII (the same order), and the first
// localeCompare of a process loads ICU's collator (≈ 15 ms at every start of the command).
export const allRules: readonly AnyRule[] = [...rules].sort((a, b) =>
  a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0,
);

export function findRule(id: string): AnyRule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}

export type MessageLanguage = 'es' | 'en';

/** A finding's message in the language asked for (Spanish when the rule has no translation). */
export function localizedMessage(finding: Finding, language: MessageLanguage): string {
  if (language === 'es') return finding.message;
  const english = (findRule(finding.rule)?.meta.messagesEn as Record<string, string> | undefined)?.[finding.messageId];
  return english === undefined ? finding.message : interpolate(english, finding.data);
}

/** A rule's human title for people, falling back to its id. */
export function ruleTitle(id: string, language: MessageLanguage): string {
  const meta = findRule(id)?.meta;
  return (language === 'en' ? meta?.titleEn : meta?.title) ?? meta?.title ?? id;
}
