/**
 * Adding a product or a subproduct to a POM model: the command line's counterpart of the
 * pane's "Agregar producto / subproducto". The product's goals grow by the new subproduct's
 * (Quetzales always, quantities when it shares the product's unit), so the model still adds
 * up and every matrix generated from it carries the new rows with their formulas, lists and
 * totals.
 */
import type { PomModel, Product, Subproduct } from './model';
import { normalize } from './text';

export class ModelEditError extends Error {
  override readonly name = 'ModelEditError';
}

function productIndex(model: PomModel, name: string): number {
  const index = model.products.findIndex((p) => normalize(p.name) === normalize(name));
  if (index < 0) throw new ModelEditError(`no hay ningún producto "${name}"`);
  return index;
}

/** The model with `sub` added at the end of the product named `productName`. */
export function addSubproduct(model: PomModel, productName: string, sub: Subproduct): PomModel {
  const index = productIndex(model, productName);
  const product = model.products[index];
  if (product.subproducts.some((s) => normalize(s.name) === normalize(sub.name))) {
    throw new ModelEditError(`el producto "${product.name}" ya tiene el subproducto "${sub.name}"`);
  }
  const sameUnit = normalize(sub.unit) === normalize(product.unit);
  const goals = Object.fromEntries(
    Object.entries(product.goals).map(([year, goal]) => {
      const added = sub.goals[year] ?? { physical: 0, financial: 0 };
      return [
        year,
        {
          physical: goal.physical + (sameUnit ? added.physical : 0),
          financial: goal.financial + added.financial,
        },
      ];
    }),
  );
  const products = model.products.map((p, i) =>
    i === index ? { ...p, goals, subproducts: [...p.subproducts, sub] } : p,
  );
  return { ...model, products };
}

/** The model with `product` added after the last product of its programme (or at the end). */
export function addProduct(model: PomModel, product: Product): PomModel {
  if (model.products.some((p) => normalize(p.name) === normalize(product.name))) {
    throw new ModelEditError(`el producto "${product.name}" ya existe`);
  }
  let at = model.products.length;
  model.products.forEach((p, i) => {
    if (p.codes.programa === product.codes.programa) at = i + 1;
  });
  const products = [...model.products.slice(0, at), product, ...model.products.slice(at)];
  return { ...model, products };
}
