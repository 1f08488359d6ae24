import {
  INDICATOR_CATEGORIES,
  MEASUREMENTS_PER_YEAR,
  MEASUREMENT_FREQUENCIES,
  findCategory,
  findFrequency,
} from '../../../src/domain/catalog';

describe('findCategory', () => {
  it.each([
    ['PRODUCTO', 'PRODUCTO'],
    ['Producto', 'PRODUCTO'],
    [' resultado ', 'RESULTADO'],
    ['Indicador de resultado', 'RESULTADO'],
    ['De producto', 'PRODUCTO'],
  ])('%j → %s', (typed, category) => {
    expect(findCategory(typed)).toBe(category);
  });

  it.each(['', 'Proceso', 'Impacto', 'PRODUCTOS Y RESULTADOS', 'Subproducto'])('%j is not a category', (typed) => {
    expect(findCategory(typed)).toBeUndefined();
  });

  it('lists exactly RESULTADO and PRODUCTO', () => {
    expect(INDICATOR_CATEGORIES).toEqual(['RESULTADO', 'PRODUCTO']);
  });
});

describe('findFrequency', () => {
  it.each([
    ['Anual', 'Anual'],
    ['ANUAL', 'Anual'],
    ['mensual', 'Mensual'],
    ['Trimestral', 'Trimestral'],
    ['CUATRIMESTRAL', 'Cuatrimestral'],
    ['Semestral.', 'Semestral'],
  ])('%j → %s', (typed, frequency) => {
    expect(findFrequency(typed)).toBe(frequency);
  });

  it.each(['', 'Bianual', 'Diaria', 'Anualmente', 'Quinquenal'])('%j is not a frequency', (typed) => {
    expect(findFrequency(typed)).toBeUndefined();
  });

  it('knows how often each frequency measures in a year', () => {
    expect(MEASUREMENT_FREQUENCIES.map((f) => MEASUREMENTS_PER_YEAR[f])).toEqual([12, 4, 3, 2, 1]);
  });
});
