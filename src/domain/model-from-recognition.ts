/**
 * Reads a POM model back from recognised matrices: the inverse of generation for every field
 * the matrices carry (names, units, goals, codes, coverage, 1/0 flags, result statements,
 * indicator sheets, budget, policies). Fields no matrix shows (institution, responsible units,
 * the policy group, the PGG objective, the associated production) are not recovered;
 * `carriedFields` projects a model onto the same shape so the two can be compared.
 */
import type { CellValue } from '../core';
import { isNationalCoverage } from './catalog';
import type { FichaField, Matrix, MatrixOf, MatrixType } from './matrix';
import type { Coverage, Goal, Indicator, PomModel, Programme, Result } from './model';
import { parseResultStatement } from './statement';
import { normalize } from './text';

export interface RecoveredItem {
  name: string;
  unit: string;
  goals: Record<string, Goal>;
  coverage?: Coverage;
}

export interface RecoveredProduct extends RecoveredItem {
  activity: string;
  codes: { programa: string; subprograma: string; proyecto: string; actividad: string };
  result?: string;
  pggContribution?: 0 | 1;
  subproducts: RecoveredItem[];
}

export type RecoveredIndicator = Omit<Indicator, 'associatedProduction'>;

export interface RecoveredModel {
  years: { from: number; to: number };
  pgg?: { axis: string };
  results: Result[];
  products: RecoveredProduct[];
  indicators: RecoveredIndicator[];
  budget: Programme[];
  policies: { policy: string; objective: string; axis: string; goal: string; indicator: string }[];
}

function textOf(value: CellValue | undefined): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}

function numberOf(value: CellValue | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function only<T extends MatrixType>(matrices: Matrix[], type: T): MatrixOf<T>[] {
  return matrices.filter((m): m is MatrixOf<T> => m.type === type);
}

function coverageOf(departments: string, municipalities: string): Coverage | undefined {
  if (departments === '' && municipalities === '') return undefined;
  if (isNationalCoverage(departments)) return { national: true };
  const split = (text: string) =>
    text
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  return { departments: split(departments), municipalities: split(municipalities) };
}

/** Results from the statements of the results matrix: one result per row of statements. */
function recoverResults(matrix: MatrixOf<'results'> | undefined): { results: Result[]; rows: number[] } {
  if (!matrix) return { results: [], rows: [] };
  const byRow = new Map<number, typeof matrix.statements>();
  for (const statement of matrix.statements) {
    const list = byRow.get(statement.text.row) ?? [];
    list.push(statement);
    byRow.set(statement.text.row, list);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const results = rows.map((row, i): Result => {
    const targets: Record<string, number> = {};
    let result: Result | undefined;
    for (const statement of byRow.get(row)!) {
      const parsed = parseResultStatement(statement.text.value);
      if (!parsed) continue;
      targets[String(statement.columnYear ?? parsed.year.value)] = parsed.target.value;
      if (result) continue;
      result = {
        id: `R${i + 1}`,
        direction: parsed.direction === 'decrease' ? 'reducido' : 'incrementado',
        what: parsed.subject,
        unit: parsed.targetUnit ?? '',
        cumulative: parsed.cumulative,
        baseline: { year: parsed.baseline?.year.value ?? 0, value: parsed.baseline?.value.value ?? 0 },
        targets,
      };
      const baselineUnit = parsed.baseline?.unit;
      if (baselineUnit && baselineUnit !== result.unit) result.baselineUnit = baselineUnit;
    }
    return (
      result ?? {
        id: `R${i + 1}`,
        direction: 'incrementado',
        what: '',
        unit: '',
        cumulative: false,
        baseline: { year: 0, value: 0 },
        targets,
      }
    );
  });
  return { results, rows };
}

function recoverIndicator(
  sheet: MatrixOf<'indicator-sheet'>,
  years: number[],
  matrix: MatrixOf<'indicator-matrix'> | undefined,
): RecoveredIndicator {
  const field = (name: FichaField) => textOf(sheet.fields[name]?.value);
  const name = sheet.name?.value ?? '';
  const row = matrix?.rows.find((r) => normalize(r.indicator?.value ?? '') === normalize(name));
  const targets: Record<string, number> = {};
  sheet.trend.years.forEach((cell, i) => {
    const year = numberOf(cell.value);
    const value = numberOf(sheet.trend.values[i]?.value);
    if (year !== undefined && value !== undefined && years.includes(year)) targets[String(year)] = value;
  });
  const indicator: RecoveredIndicator = {
    code: sheet.code?.value ?? '',
    name,
    category: field('category') as Indicator['category'],
    objective: field('objective'),
    policy: field('policy'),
    description: field('description'),
    relevance: field('relevance'),
    interpretation: field('interpretation'),
    formula: field('formula'),
    frequency: field('frequency') as Indicator['frequency'],
    baseline: { year: numberOf(sheet.baseline.year?.value) ?? 0, value: numberOf(sheet.baseline.value?.value) ?? 0 },
    targets,
    trendExplanation: field('trendExplanation'),
    howToAchieve: field('howToAchieve'),
    dataSource: field('dataSource'),
    responsibleUnit: field('responsibleUnit'),
    methodology: field('methodology'),
    technicalNotes: field('technicalNotes'),
  };
  if (row) {
    indicator.product = row.name.value;
    const absolute = numberOf(row.baseline.absolute?.value);
    if (absolute !== undefined) indicator.baseline.absolute = absolute;
  }
  return indicator;
}

/** The model the recognised matrices describe (see the module comment for what is left out). */
export function modelFromRecognition(matrices: Matrix[]): RecoveredModel {
  const goals = only(matrices, 'goals')[0];
  const years = (goals?.years ?? only(matrices, 'budget')[0]?.years ?? []).map((y) => y.year);
  const programmatic = only(matrices, 'programmatic')[0];
  const coverage = only(matrices, 'coverage')[0];
  const pgg = only(matrices, 'pgg')[0];
  const resultsMatrix = only(matrices, 'results')[0];
  const { results, rows: resultRows } = recoverResults(resultsMatrix);

  const goalsOf = (item: {
    physical: ({ value: CellValue } | undefined)[];
    financial: ({ value: CellValue } | undefined)[];
  }) =>
    Object.fromEntries(
      years.map((year, i) => [
        String(year),
        { physical: numberOf(item.physical[i]?.value) ?? 0, financial: numberOf(item.financial[i]?.value) ?? 0 },
      ]),
    );
  /** Finds the row of a product (or of subproduct `sub` of it) in another item matrix, by name. */
  const find = <T extends { level: string; key: string; parent?: number }>(
    items: readonly T[] | undefined,
    productKey: string,
    subKey?: string,
  ): T | undefined => {
    if (!items) return undefined;
    const productIndex = items.findIndex((it) => it.level === 'product' && it.key === productKey);
    if (productIndex < 0 || subKey === undefined) return items[productIndex];
    return items.find((it) => it.level === 'subproduct' && it.parent === productIndex && it.key === subKey);
  };

  const products: RecoveredProduct[] = [];
  goals?.items.forEach((item) => {
    if (item.level === 'subproduct') {
      const parent = products[products.length - 1];
      if (!parent) return;
      const sub: RecoveredItem = { name: item.name.value, unit: item.unit?.value ?? '', goals: goalsOf(item) };
      const covered = find(coverage?.items, normalize(parent.name), item.key);
      const subCoverage =
        covered && coverageOf(textOf(covered.departments?.value), textOf(covered.municipalities?.value));
      if (subCoverage) sub.coverage = subCoverage;
      parent.subproducts.push(sub);
      return;
    }
    const link = find(programmatic?.items, item.key);
    const product: RecoveredProduct = {
      name: item.name.value,
      unit: item.unit?.value ?? '',
      activity: textOf(link?.activity?.value),
      codes: {
        programa: textOf(link?.programa?.value),
        subprograma: textOf(link?.subprograma?.value),
        proyecto: textOf(link?.proyecto?.value),
        actividad: textOf(link?.actividad?.value),
      },
      goals: goalsOf(item),
      subproducts: [],
    };
    const covered = find(coverage?.items, item.key);
    const productCoverage =
      covered && coverageOf(textOf(covered.departments?.value), textOf(covered.municipalities?.value));
    if (productCoverage) product.coverage = productCoverage;
    const flag = numberOf(find(pgg?.items, item.key)?.contribution?.value);
    if (flag === 0 || flag === 1) product.pggContribution = flag;
    const inResults = find(resultsMatrix?.items, item.key);
    if (inResults) {
      const index = resultRows.filter((r) => r <= inResults.row).length - 1;
      if (index >= 0) product.result = results[index].id;
    }
    products.push(product);
  });

  const indicatorMatrix = only(matrices, 'indicator-matrix')[0];
  const recovered: RecoveredModel = {
    years: { from: years[0] ?? 0, to: years[years.length - 1] ?? 0 },
    results,
    products,
    indicators: only(matrices, 'indicator-sheet').map((sheet) => recoverIndicator(sheet, years, indicatorMatrix)),
    budget: (only(matrices, 'budget')[0]?.programmes ?? []).map((p) => ({
      code: textOf(p.code.value),
      description: p.description.value,
      amounts: Object.fromEntries(years.map((year, i) => [String(year), numberOf(p.amounts[i]?.value) ?? 0])),
    })),
    policies: (only(matrices, 'policy')[0]?.rows ?? []).map((r) => ({
      policy: r.policy?.value ?? '',
      objective: r.objective?.value ?? '',
      axis: r.axis?.value ?? '',
      goal: r.goal?.value ?? '',
      indicator: r.indicator?.value ?? '',
    })),
  };
  if (pgg?.axis) recovered.pgg = { axis: pgg.axis.value };
  return recovered;
}

/** A model reduced to what the matrices carry, results numbered R1, R2… in order. */
export function carriedFields(model: PomModel): RecoveredModel {
  const resultIds = new Map(model.results.map((r, i) => [r.id, `R${i + 1}`]));
  const carried: RecoveredModel = {
    years: { ...model.years },
    results: model.results.map((r) => ({ ...r, id: resultIds.get(r.id)! })),
    products: model.products.map((p) => {
      const product: RecoveredProduct = {
        name: p.name,
        unit: p.unit,
        activity: p.activity,
        codes: { ...p.codes },
        goals: p.goals,
        subproducts: p.subproducts.map((s) => {
          const sub: RecoveredItem = { name: s.name, unit: s.unit, goals: s.goals };
          if (s.coverage) sub.coverage = s.coverage;
          return sub;
        }),
        pggContribution: p.pggContribution,
      };
      if (p.result !== undefined) {
        product.result = resultIds.get(p.result);
        product.coverage = p.coverage;
      }
      return product;
    }),
    indicators: model.indicators.map(({ associatedProduction: _omitted, ...indicator }) => indicator),
    budget: model.budget,
    policies: model.policies.map(({ group: _group, ...policy }) => policy),
  };
  if (model.pgg) carried.pgg = { axis: model.pgg.axis };
  return carried;
}
