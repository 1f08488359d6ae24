/**
 * What was recognised, in words a planner reads: one Spanish line per matrix, for the command
 * line and the task pane ("10 productos y 9 subproductos, años 2026-2030, con fila Total").
 */
import type { ItemRow, Matrix } from '../matrix';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function years(list: { year: number }[]): string | undefined {
  if (list.length === 0) return undefined;
  const sorted = list.map((y) => y.year).sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return first === last ? `año ${first}` : `años ${first}-${last}`;
}

function items(list: ItemRow[]): string {
  const products = list.filter((i) => i.level === 'product').length;
  const subproducts = list.length - products;
  const parts = [plural(products, 'producto', 'productos')];
  if (subproducts > 0) parts.push(plural(subproducts, 'subproducto', 'subproductos'));
  return parts.join(' y ');
}

/** The contents of a recognised matrix in one Spanish line. */
export function describeMatrix(matrix: Matrix): string {
  const parts: (string | undefined)[] = [];
  switch (matrix.type) {
    case 'budget':
      parts.push(plural(matrix.programmes.length, 'programa', 'programas'), years(matrix.years));
      if (matrix.total) parts.push('con fila Total');
      if (matrix.parts) parts.push(`en ${matrix.parts.length} cuadros`);
      break;
    case 'goals':
      parts.push(items(matrix.items), years(matrix.years));
      if (matrix.total) parts.push('con fila Total');
      break;
    case 'indicator-matrix':
      parts.push(plural(matrix.rows.length, 'indicador', 'indicadores'), years(matrix.years));
      break;
    case 'indicator-sheet':
      parts.push(matrix.name ? `«${matrix.name.value}»` : 'sin nombre de indicador');
      parts.push(plural(Object.keys(matrix.fields).length, 'campo', 'campos'));
      break;
    case 'results':
    case 'coverage':
    case 'pgg':
      if (matrix.items.length > 0) parts.push(items(matrix.items));
      if (matrix.statements.length > 0)
        parts.push(plural(matrix.statements.length, 'enunciado de resultado', 'enunciados de resultado'));
      break;
    case 'programmatic':
      parts.push(items(matrix.items));
      break;
    case 'policy':
      parts.push(plural(matrix.rows.length, 'fila', 'filas'));
      break;
  }
  if (matrix.generated) parts.push('generada por Planifica');
  return parts.filter((p): p is string => p !== undefined).join(', ');
}
