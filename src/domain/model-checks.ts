/**
 * Cross-field checks of a POM model that passed its shape check: what a reviewer would reject
 * before any matrix is generated (years outside the window, subproducts that do not add up to
 * their product, products that do not add up to the budget, units outside the catalogue).
 * Each message starts with the path of the field at fault.
 */
import { formatNumber, formatQuetzales, sameMoney, sameQuantity } from '../core';
import { createUnitCatalog } from './catalog';
import type { PomModel } from './model';
import { clip, echo } from './model-errors';
import { normalize } from './text';

function windowYears(model: PomModel): number[] {
  const years: number[] = [];
  for (let y = model.years.from; y <= model.years.to; y++) years.push(y);
  return years;
}

/** Where a yearly record (goals, targets, amounts) differs from the window. */
interface YearKeyIssue {
  path: string;
  key: string;
  kind: 'outside' | 'missing';
}

/** Yearly keys must be exactly the window's years. */
function checkYearKeys(path: string, keys: string[], years: number[], issues: YearKeyIssue[]): void {
  for (const key of keys) {
    if (!years.includes(Number(key))) issues.push({ path, key, kind: 'outside' });
  }
  for (const y of years) {
    if (!keys.includes(String(y))) issues.push({ path, key: String(y), kind: 'missing' });
  }
}

/**
 * When every yearly record misses the same year, or has the same extra one, the plan's window
 * is what is wrong: one message ("las metas llegan hasta 2030, pero el plan dice 2031") instead
 * of one per record. Other issues stay one per record.
 */
function yearKeyMessages(issues: YearKeyIssue[], records: number, years: number[]): string[] {
  const from = years[0];
  const to = years[years.length - 1];
  const window = `${from}-${to}`;
  const everywhere = (kind: YearKeyIssue['kind']): Set<string> => {
    const counts = new Map<string, number>();
    for (const issue of issues) if (issue.kind === kind) counts.set(issue.key, (counts.get(issue.key) ?? 0) + 1);
    return new Set([...counts].filter(([, n]) => n === records).map(([key]) => key));
  };
  const missing = everywhere('missing');
  const extra = everywhere('outside');
  const messages: string[] = [];
  if (records > 0 && (missing.size > 0 || extra.size > 0)) {
    const present = years.filter((y) => !missing.has(String(y))).concat([...extra].map(Number));
    const first = Math.min(...present);
    const last = Math.max(...present);
    if (present.length > 0 && last !== to) {
      messages.push(`years.to: las metas llegan hasta ${last}, pero el plan dice ${to}`);
    }
    if (present.length > 0 && first !== from) {
      messages.push(`years.from: las metas empiezan en ${first}, pero el plan dice ${from}`);
    }
    if (present.length === 0) messages.push(`years: ninguna meta tiene los años del plan (${window})`);
  }
  const explained = (issue: YearKeyIssue): boolean =>
    messages.length > 0 && (issue.kind === 'missing' ? missing : extra).has(issue.key);
  for (const issue of issues) {
    if (explained(issue)) continue;
    messages.push(
      issue.kind === 'missing'
        ? `${issue.path}: falta el año ${issue.key}`
        : `${issue.path}.${issue.key}: el año ${issue.key} está fuera de la ventana ${window}`,
    );
  }
  return messages;
}

export interface CheckOptions {
  /** The institution's own units of measure, besides the standard catalogue's. */
  extraUnits?: readonly string[];
}

export function checkModel(model: PomModel, options: CheckOptions = {}): string[] {
  const errors: string[] = [];
  const yearIssues: YearKeyIssue[] = [];
  let yearRecords = 0;
  const years = windowYears(model);
  const checkYears = (path: string, record: Record<string, unknown>): void => {
    yearRecords++;
    checkYearKeys(path, Object.keys(record), years, yearIssues);
  };
  const units = createUnitCatalog(options.extraUnits ?? []);
  const checkUnit = (path: string, unit: string): void => {
    if (!units.has(unit)) {
      errors.push(`${path}: la unidad de medida ${echo(unit)} no está en el catálogo`);
    }
  };

  const resultIds = new Set<string>();
  model.results.forEach((result, i) => {
    const path = `results[${i}]`;
    if (resultIds.has(result.id)) errors.push(`${path}.id: el id ${echo(result.id)} está repetido`);
    resultIds.add(result.id);
    checkYears(`${path}.targets`, result.targets);
    if (result.baseline.year >= model.years.from) {
      errors.push(
        `${path}.baseline.year: el año de la línea base (${result.baseline.year}) debe preceder a ${model.years.from}`,
      );
    }
  });

  const productNames = new Map<string, number>();
  model.products.forEach((product, i) => {
    const path = `products[${i}]`;
    const key = normalize(product.name);
    if (productNames.has(key)) errors.push(`${path}.name: el producto ${echo(product.name)} está repetido`);
    productNames.set(key, i);
    checkUnit(`${path}.unit`, product.unit);
    checkYears(`${path}.goals`, product.goals);
    if (product.result !== undefined && !resultIds.has(product.result)) {
      errors.push(`${path}.result: no hay ningún resultado con id ${echo(product.result)}`);
    }
    product.subproducts.forEach((sub, j) => {
      checkUnit(`${path}.subproducts[${j}].unit`, sub.unit);
      checkYears(`${path}.subproducts[${j}].goals`, sub.goals);
    });
    if (product.subproducts.length === 0) return;
    const sameUnit = product.subproducts.filter((s) => normalize(s.unit) === normalize(product.unit));
    for (const y of years) {
      const own = product.goals[String(y)];
      if (!own) continue;
      const financial = product.subproducts.reduce((sum, s) => sum + (s.goals[String(y)]?.financial ?? 0), 0);
      if (!sameMoney(financial, own.financial)) {
        errors.push(
          `${path}.goals.${y}.financial: el producto tiene ${formatQuetzales(own.financial)} y sus subproductos suman ${formatQuetzales(financial)}`,
        );
      }
      // Physical goals add up only across the product's own unit of measure.
      if (sameUnit.length === 0) continue;
      const physical = sameUnit.reduce((sum, s) => sum + (s.goals[String(y)]?.physical ?? 0), 0);
      if (!sameQuantity(physical, own.physical)) {
        errors.push(
          `${path}.goals.${y}.physical: el producto tiene ${formatNumber(own.physical)} y sus subproductos en ${clip(product.unit)} suman ${formatNumber(physical)}`,
        );
      }
    }
  });

  const codes = new Set<string>();
  model.indicators.forEach((indicator, i) => {
    const path = `indicators[${i}]`;
    if (codes.has(indicator.code)) errors.push(`${path}.code: el código ${echo(indicator.code)} está repetido`);
    codes.add(indicator.code);
    checkYears(`${path}.targets`, indicator.targets);
    if (indicator.baseline.year >= model.years.from) {
      errors.push(
        `${path}.baseline.year: el año de la línea base (${indicator.baseline.year}) debe preceder a ${model.years.from}`,
      );
    }
    if (indicator.product !== undefined && !productNames.has(normalize(indicator.product))) {
      errors.push(`${path}.product: no hay ningún producto ${echo(indicator.product)}`);
    }
  });

  if (model.budget.length > 0) {
    const programmes = new Set<string>();
    model.budget.forEach((programme, i) => {
      const path = `budget[${i}]`;
      if (programmes.has(programme.code)) errors.push(`${path}.code: el programa ${programme.code} está repetido`);
      programmes.add(programme.code);
      checkYears(`${path}.amounts`, programme.amounts);
      const products = model.products.filter((p) => p.codes.programa === programme.code);
      for (const y of years) {
        const budgeted = programme.amounts[String(y)];
        if (budgeted === undefined) continue;
        const goals = products.reduce((sum, p) => sum + (p.goals[String(y)]?.financial ?? 0), 0);
        if (!sameMoney(goals, budgeted)) {
          errors.push(
            `${path}.amounts.${y}: el programa ${programme.code} tiene ${formatQuetzales(budgeted)} y las metas financieras de sus productos suman ${formatQuetzales(goals)}`,
          );
        }
      }
    });
    model.products.forEach((product, i) => {
      if (!programmes.has(product.codes.programa)) {
        errors.push(`products[${i}].codes.programa: el programa ${product.codes.programa} no está en el presupuesto`);
      }
    });
  }
  // The window's mismatch is the plainest cause: it leads.
  return [...yearKeyMessages(yearIssues, yearRecords, years), ...errors];
}
