/**
 * Closed lists of the MINFIN indicator sheet (Ficha técnica para definición de indicadores):
 * the indicator's category and its measurement frequency. Lookups ignore accents and case.
 *
 *   findCategory('Producto') → 'PRODUCTO'     findFrequency('ANUAL') → 'Anual'
 */
import { foldName } from './fold';

export const INDICATOR_CATEGORIES = ['RESULTADO', 'PRODUCTO'] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

export const MEASUREMENT_FREQUENCIES = ['Mensual', 'Trimestral', 'Cuatrimestral', 'Semestral', 'Anual'] as const;
export type MeasurementFrequency = (typeof MEASUREMENT_FREQUENCIES)[number];

/** "Indicador de resultado", "De producto" say the category with a few words around it. */
const CATEGORY_PREFIX = /^(?:indicador\s+)?(?:de\s+)?/;

export function findCategory(text: string): IndicatorCategory | undefined {
  const folded = foldName(text).replace(CATEGORY_PREFIX, '');
  return INDICATOR_CATEGORIES.find((category) => foldName(category) === folded);
}

export function findFrequency(text: string): MeasurementFrequency | undefined {
  const folded = foldName(text);
  return MEASUREMENT_FREQUENCIES.find((frequency) => foldName(frequency) === folded);
}

/** How many measurements a frequency makes in one year (Anual → 1, Mensual → 12). */
export const MEASUREMENTS_PER_YEAR: Readonly<Record<MeasurementFrequency, number>> = {
  Mensual: 12,
  Trimestral: 4,
  Cuatrimestral: 3,
  Semestral: 2,
  Anual: 1,
};
