import { STANDARD_UNITS, createUnitCatalog, findUnit, sameUnit } from '../../../src/domain/catalog';

describe('findUnit', () => {
  it.each([
    ['Documento', 'Documento'],
    ['Documentos', 'Documento'],
    ['Personas', 'Persona'],
    ['PERSONA', 'Persona'],
    ['  persona\n', 'Persona'],
    ['Persona(s)', 'Persona'],
    ['Hectareas', 'Hectárea'],
    ['HECTÁREA', 'Hectárea'],
    ['ha', 'Hectárea'],
    ['Kilómetros', 'Kilómetro'],
    ['Metros cuadrados', 'Metro cuadrado'],
    ['m2', 'Metro cuadrado'],
    ['m²', 'Metro cuadrado'],
    ['Capacitaciones', 'Capacitación'],
    ['Resoluciones', 'Resolución'],
    ['Raciones', 'Ración'],
    ['Entidades', 'Entidad'],
    ['Dictámenes', 'Dictamen'],
    ['Dosis', 'Dosis'],
    ['Asistencias técnicas', 'Asistencia técnica'],
    ['Evento', 'Evento'],
    ['Aportes', 'Aporte'],
  ])('%s → %s', (typed, unit) => {
    expect(findUnit(typed)).toBe(unit);
  });

  it.each(['', '   ', 'Delegación', 'Porcentaje', 'Documento Persona', '12'])('%j is not a standard unit', (typed) => {
    expect(findUnit(typed)).toBeUndefined();
  });

  it('has about forty standard units, none repeated once folded', () => {
    expect(STANDARD_UNITS.length).toBeGreaterThanOrEqual(40);
    expect(createUnitCatalog().units).toHaveLength(STANDARD_UNITS.length);
  });
});

describe('createUnitCatalog', () => {
  const catalog = createUnitCatalog(['Delegación', 'Sede migratoria', 'documento', '']);

  it('adds an institution’s own units, with plurals and without accents', () => {
    expect(catalog.find('Delegaciones')).toBe('Delegación');
    expect(catalog.find('SEDES MIGRATORIAS')).toBe('Sede migratoria');
    expect(catalog.has('delegacion')).toBe(true);
  });

  it('keeps the standard units and does not add a unit twice or an empty one', () => {
    expect(catalog.find('Personas')).toBe('Persona');
    expect(catalog.units.filter((u) => u.toLowerCase() === 'documento')).toEqual(['Documento']);
    expect(catalog.units).toHaveLength(STANDARD_UNITS.length + 2);
  });

  it('does not change the standard catalogue', () => {
    expect(findUnit('Delegación')).toBeUndefined();
  });
});

describe('sameUnit', () => {
  it('compares typed units through the catalogue', () => {
    expect(sameUnit('Documentos', 'documento')).toBe(true);
    expect(sameUnit('Persona', 'Documento')).toBe(false);
    expect(sameUnit('Delegación', 'Delegación')).toBe(false);
    expect(sameUnit('Delegaciones', 'Delegación', createUnitCatalog(['Delegación']))).toBe(true);
  });
});
