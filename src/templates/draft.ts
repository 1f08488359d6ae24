/**
 * What the sheet builders lay out: a POM model, or the empty frame of a blank template. Every
 * figure may be missing (null: the cell is left empty for the planner) and every text may be
 * empty; yearly figures are arrays aligned with `years`.
 */
import type { Coverage, PomModel, Result } from '../domain/model';

export const NATIONAL_COVERAGE = 'COBERTURA A NIVEL NACIONAL';

export interface DraftGoal {
  physical: number | null;
  financial: number | null;
}

export interface DraftCoverage {
  departments: string;
  municipalities: string;
}

export interface DraftItem {
  name: string;
  unit: string;
  responsible: string;
  goals: DraftGoal[];
  coverage?: DraftCoverage;
}

export interface DraftProduct extends DraftItem {
  activity: string;
  codes: { programa: string; subprograma: string; proyecto: string; actividad: string };
  /** Index in `results`, or undefined for products that serve no result (central activities). */
  result?: number;
  pggContribution: 0 | 1 | null;
  subproducts: DraftItem[];
}

export interface DraftResult {
  /** One statement per year of the window. */
  statements: string[];
}

export interface DraftIndicator {
  code: string;
  name: string;
  category: string;
  /** Index in `products` of the product whose physical goals are the yearly absolutes. */
  product?: number;
  objective: string;
  policy: string;
  description: string;
  relevance: string;
  interpretation: string;
  formula: string;
  frequency: string;
  baseline: { year: number | null; value: number | null; absolute: number | null };
  targets: (number | null)[];
  trendExplanation: string;
  howToAchieve: string;
  dataSource: string;
  responsibleUnit: string;
  methodology: string;
  associatedProduction: { product: string; indicator: string }[];
  technicalNotes: string;
}

export interface DraftProgramme {
  code: string;
  description: string;
  amounts: (number | null)[];
}

export interface DraftPolicy {
  group: string;
  policy: string;
  objective: string;
  axis: string;
  goal: string;
  indicator: string;
}

export interface Draft {
  institution: { name: string; code: string };
  /** Units of measure the institution is authorised to use besides the catalogue's. */
  extraUnits: string[];
  years: number[];
  pgg: { axis: string; objective: string };
  results: DraftResult[];
  products: DraftProduct[];
  indicators: DraftIndicator[];
  budget: DraftProgramme[];
  policies: DraftPolicy[];
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * The SEGEPLAN sentence of a result for one year:
 * "Para el año 2026 se ha incrementado la protección de derechos a personas migrantes a 686,372
 * personas acumulado (de 64,660 en el año 2021 a 686,372 personas en el año 2026)."
 */
export function resultStatement(result: Result, year: number): string {
  const target = numberFormat.format(result.targets[String(year)] ?? 0);
  const baseline = numberFormat.format(result.baseline.value);
  const baselineUnit = result.baselineUnit ?? result.unit;
  const cumulative = result.cumulative ? ' acumulado' : '';
  return (
    `Para el año ${year} se ha ${result.direction} ${result.what} a ${target} ${result.unit}${cumulative} ` +
    `(de ${baseline} ${baselineUnit} en el año ${result.baseline.year} a ${target} ${result.unit} en el año ${year}).`
  );
}

function coverageText(coverage: Coverage | undefined): DraftCoverage | undefined {
  if (!coverage) return undefined;
  if ('national' in coverage) return { departments: NATIONAL_COVERAGE, municipalities: NATIONAL_COVERAGE };
  return { departments: coverage.departments.join(', '), municipalities: coverage.municipalities.join(', ') };
}

export function draftFromModel(model: PomModel, extraUnits: readonly string[] = []): Draft {
  const years: number[] = [];
  for (let y = model.years.from; y <= model.years.to; y++) years.push(y);
  const goalsOf = (goals: Record<string, { physical: number; financial: number }>): DraftGoal[] =>
    years.map((y) => ({
      physical: goals[String(y)]?.physical ?? null,
      financial: goals[String(y)]?.financial ?? null,
    }));
  const resultIndex = new Map(model.results.map((r, i) => [r.id, i]));
  const productIndex = new Map(model.products.map((p, i) => [p.name.trim().toLowerCase(), i]));
  return {
    institution: { ...model.institution },
    extraUnits: [...extraUnits, ...(model.extraUnits ?? [])],
    years,
    pgg: model.pgg ?? { axis: '', objective: '' },
    results: model.results.map((r) => ({ statements: years.map((y) => resultStatement(r, y)) })),
    products: model.products.map((p) => ({
      name: p.name,
      unit: p.unit,
      responsible: p.responsible,
      goals: goalsOf(p.goals),
      coverage: coverageText(p.coverage),
      activity: p.activity,
      codes: { ...p.codes },
      result: p.result === undefined ? undefined : resultIndex.get(p.result),
      pggContribution: p.pggContribution,
      subproducts: p.subproducts.map((s) => ({
        name: s.name,
        unit: s.unit,
        responsible: s.responsible ?? '',
        goals: goalsOf(s.goals),
        coverage: coverageText(s.coverage),
      })),
    })),
    indicators: model.indicators.map((ind) => ({
      ...ind,
      product: ind.product === undefined ? undefined : productIndex.get(ind.product.trim().toLowerCase()),
      baseline: { year: ind.baseline.year, value: ind.baseline.value, absolute: ind.baseline.absolute ?? null },
      targets: years.map((y) => ind.targets[String(y)] ?? null),
      associatedProduction: ind.associatedProduction.map((a) => ({ ...a })),
    })),
    budget: model.budget.map((b) => ({
      code: b.code,
      description: b.description,
      amounts: years.map((y) => b.amounts[String(y)] ?? null),
    })),
    policies: model.policies.map((p) => ({ ...p })),
  };
}

export interface BlankOptions {
  years: number[];
  institution?: { name: string; code: string };
  /** The institution's own units of measure, offered in the drop-down lists with the catalogue's. */
  extraUnits?: readonly string[];
  /** Number of products (default 3) and subproducts under each (default 2). */
  products?: number;
  subproductsPerProduct?: number;
  /** Blank programme rows of the budget (default 4: 01, two substantive programmes, 99). */
  programmes?: number;
  /** Blank indicator sheets (default: one per product). */
  indicators?: number;
  results?: number;
  policies?: number;
}

export function blankDraft(options: BlankOptions): Draft {
  const years = options.years;
  // Figures start at 0, not empty: every total then reads a number, and typing replaces it.
  const emptyGoals = (): DraftGoal[] => years.map(() => ({ physical: 0, financial: 0 }));
  const item = (): DraftItem => ({ name: '', unit: '', responsible: '', goals: emptyGoals() });
  const productCount = options.products ?? 3;
  const subCount = options.subproductsPerProduct ?? 2;
  const resultCount = options.results ?? 1;
  const products: DraftProduct[] = Array.from({ length: productCount }, () => ({
    ...item(),
    coverage: { departments: '', municipalities: '' },
    activity: '',
    codes: { programa: '', subprograma: '', proyecto: '', actividad: '' },
    result: resultCount > 0 ? 0 : undefined,
    pggContribution: 0,
    subproducts: Array.from({ length: subCount }, item),
  }));
  const indicatorCount = options.indicators ?? productCount;
  return {
    institution: options.institution ?? { name: '', code: '' },
    extraUnits: [...(options.extraUnits ?? [])],
    years,
    pgg: { axis: '', objective: '' },
    results: Array.from({ length: resultCount }, () => ({ statements: years.map(() => '') })),
    products,
    indicators: Array.from({ length: indicatorCount }, (_, i) => ({
      code: '',
      name: '',
      category: '',
      product: i < productCount ? i : undefined,
      objective: '',
      policy: '',
      description: '',
      relevance: '',
      interpretation: '',
      formula: '',
      frequency: '',
      baseline: { year: null, value: null, absolute: null },
      targets: years.map(() => null),
      trendExplanation: '',
      howToAchieve: '',
      dataSource: '',
      responsibleUnit: '',
      methodology: '',
      associatedProduction: [],
      technicalNotes: '',
    })),
    budget: Array.from({ length: options.programmes ?? 4 }, () => ({
      code: '',
      description: '',
      amounts: years.map(() => 0),
    })),
    policies: Array.from({ length: options.policies ?? 4 }, () => ({
      group: '',
      policy: '',
      objective: '',
      axis: '',
      goal: '',
      indicator: '',
    })),
  };
}
