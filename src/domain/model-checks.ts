/**
 * Cross-field checks of a POM model that passed its shape check: what a reviewer would reject
 * before any matrix is generated (years outside the window, subproducts that do not add up to
 * their product, products that do not add up to the budget, units outside the catalogue).
 * Each message starts with the path of the field at fault.
 */
import { formatNumber, formatQuetzales, sameMoney, sameQuantity } from '../core';
import { createUnitCatalog } from './catalog';
import type { PomModel } from './model';
import { normalize } from './text';

function windowYears(model: PomModel): number[] {
  const years: number[] = [];
  for (let y = model.years.from; y <= model.years.to; y++) years.push(y);
  return years;
}

/** Yearly keys must be exactly the window's years. */
function checkYearKeys(path: string, keys: string[], years: number[], errors: string[]): void {
  const window = `${years[0]}-${years[years.length - 1]}`;
  for (const key of keys) {
    if (!years.includes(Number(key))) errors.push(`${path}.${key}: el año ${key} está fuera de la ventana ${window}`);
  }
  for (const y of years) {
    if (!keys.includes(String(y))) errors.push(`${path}: falta el año ${y}`);
  }
}

export interface CheckOptions {
  /** The institution's own units of measure, besides the standard catalogue's. */
  extraUnits?: readonly string[];
}

export function checkModel(model: PomModel, options: CheckOptions = {}): string[] {
  const errors: string[] = [];
  const years = windowYears(model);
  const units = createUnitCatalog(options.extraUnits ?? []);
  const checkUnit = (path: string, unit: string): void => {
    if (!units.has(unit)) {
      errors.push(`${path}: la unidad de medida "${unit}" no está en el catálogo`);
    }
  };

  const resultIds = new Set<string>();
  model.results.forEach((result, i) => {
    const path = `results[${i}]`;
    if (resultIds.has(result.id)) errors.push(`${path}.id: el id "${result.id}" está repetido`);
    resultIds.add(result.id);
    checkYearKeys(`${path}.targets`, Object.keys(result.targets), years, errors);
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
    if (productNames.has(key)) errors.push(`${path}.name: el producto "${product.name}" está repetido`);
    productNames.set(key, i);
    checkUnit(`${path}.unit`, product.unit);
    checkYearKeys(`${path}.goals`, Object.keys(product.goals), years, errors);
    if (product.result !== undefined && !resultIds.has(product.result)) {
      errors.push(`${path}.result: no hay ningún resultado con id "${product.result}"`);
    }
    product.subproducts.forEach((sub, j) => {
      checkUnit(`${path}.subproducts[${j}].unit`, sub.unit);
      checkYearKeys(`${path}.subproducts[${j}].goals`, Object.keys(sub.goals), years, errors);
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
          `${path}.goals.${y}.physical: el producto tiene ${formatNumber(own.physical)} y sus subproductos en ${product.unit} suman ${formatNumber(physical)}`,
        );
      }
    }
  });

  const codes = new Set<string>();
  model.indicators.forEach((indicator, i) => {
    const path = `indicators[${i}]`;
    if (codes.has(indicator.code)) errors.push(`${path}.code: el código "${indicator.code}" está repetido`);
    codes.add(indicator.code);
    checkYearKeys(`${path}.targets`, Object.keys(indicator.targets), years, errors);
    if (indicator.baseline.year >= model.years.from) {
      errors.push(
        `${path}.baseline.year: el año de la línea base (${indicator.baseline.year}) debe preceder a ${model.years.from}`,
      );
    }
    if (indicator.product !== undefined && !productNames.has(normalize(indicator.product))) {
      errors.push(`${path}.product: no hay ningún producto "${indicator.product}"`);
    }
  });

  if (model.budget.length > 0) {
    const programmes = new Set<string>();
    model.budget.forEach((programme, i) => {
      const path = `budget[${i}]`;
      if (programmes.has(programme.code)) errors.push(`${path}.code: el programa ${programme.code} está repetido`);
      programmes.add(programme.code);
      checkYearKeys(`${path}.amounts`, Object.keys(programme.amounts), years, errors);
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
  return errors;
}
