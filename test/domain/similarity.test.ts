import { compareNames, damerauDistance, nameKey, nameSimilarity, typoAllowance } from '../../src/domain/similarity';

describe('nameKey', () => {
  it('ignores accents, case, spacing and punctuation', () => {
    expect(nameKey('  Control,  Registro de Nacionales y Extranjeros en el Territorio Nacional. ')).toBe(
      'control registro de nacionales y extranjeros en el territorio nacional',
    );
    expect(nameKey('Prórroga de Documentos Migratorios')).toBe(nameKey('Prorroga de documentos  migratorios'));
  });
});

describe('damerauDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['visas', 'vistas', 1],
    ['ab', 'ba', 1],
    ['metro', 'meta', 2],
    ['emision', 'prorroga', 7],
  ])('%s ↔ %s = %d', (a, b, d) => {
    expect(damerauDistance(a, b)).toBe(d);
    expect(damerauDistance(b, a)).toBe(d);
  });

  it('gives the same answer within a limit as without one', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () =>
      Array.from({ length: 3 + Math.floor(random() * 10) }, () => 'abcde'[Math.floor(random() * 5)]).join('');
    for (let n = 0; n < 500; n++) {
      const a = word();
      const b = random() < 0.5 ? word() : a.slice(0, 2) + a.slice(3, 5) + a.slice(2, 3) + a.slice(5) + 'x';
      const full = damerauDistance(a, b);
      for (const limit of [0, 1, 2, 3])
        expect([a, b, limit, damerauDistance(a, b, limit)]).toEqual([a, b, limit, Math.min(full, limit + 1)]);
    }
  });

  it('stops early beyond the limit', () => {
    expect(damerauDistance('emision de documentos', 'prorroga de documentos', 2)).toBe(3);
    expect(damerauDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('typoAllowance', () => {
  it('grows with length and forgives nothing in short names', () => {
    expect([3, 8, 20, 60].map(typoAllowance)).toEqual([0, 1, 2, 3]);
  });
});

// Names from the IGM's POM 2026-2030 (seed 001, §3.1, §7, §9.1–§9.5).
describe('compareNames', () => {
  it.each([
    ['Registro, Control y Emisión de Visas y Residencias', 'Registro, control y emisión de visas y residencias'],
    ['Prórroga de Documentos Migratorios', 'Prorroga de Documentos Migratorios'],
    ['Aportes a Instituciones Nacionales e Internacionales', 'Aportes a instituciones nacionales e internacionales'],
    ['Dirección y Coordinación', 'Dirección y coordinación'],
    ['Control registro de Nacionales', 'Control, Registro de Nacionales'],
    [
      'Control, Registro de Nacionales y Extranjeros en el Territorio Nacional',
      'Control, registro de Nacionales y extranjeros en el territorio nacional',
    ],
  ])('same: %s ↔ %s', (a, b) => {
    expect(compareNames(a, b)).toBe('same');
  });

  it.each([
    ['Visas guatemaltecas emitidas', 'Vistas Guatemaltecas emitidas'],
    ['Registro de extranjería', 'Registro de extranjeria.'.replace('extranjeria', 'extrangería')],
    ['Emisión de Documentos Migratorios', 'Emision de Documentos Migratorio'],
    [
      'Control registro Nacionales y Extranjeros en el Territorio Nacional',
      'Control, Registro de Nacionales y Extranjeros en el Territorio Nacional',
    ],
    [
      'Personas nacionales y extranjeras con registro de ingreso, permanencia y egreso del país',
      'Personas nacionales y extranjeras con permanencia y egreso del país',
    ],
    [
      'Migrantes nacionales y extranjeros atendidos para la protección y asistencia de sus derechos',
      'Migrantes nacionales y extranjeros atendidos para la protección y asistencia de derechos',
    ],
    ['Asistencia y Protección a las Personas Migrantes', 'Asistencia y Protección a Personas Migrantes'],
  ])('near (likely typo): %s ↔ %s', (a, b) => {
    expect(compareNames(a, b)).toBe('near');
    expect(compareNames(b, a)).toBe('near');
  });

  it.each([
    ['Emisión de Documentos Migratorios', 'Prórroga de Documentos Migratorios'],
    ['Residencias emitidas', 'Visas guatemaltecas emitidas'],
    ['Registro de extranjería', 'Residencias emitidas'],
    ['Registro, control y emisión de visas y residencias', 'Registro de Documentos Migratorios'],
    ['Emisión de Documentos Migratorios', 'Registro de Documentos Migratorios'],
    [
      'Migrantes nacionales y extranjeros atendidos para la protección y asistencia de sus derechos',
      'Migrantes atendidos en albergues y centros de retornados',
    ],
    [
      'Informes de avances de socialización, implementación, ejecución y evaluación de la Política Migratoria',
      'Informes de ejecución, seguimiento, evaluación y actualización de la Política Migratoria',
    ],
    ['Porcentaje de documentos migratorios emitidos', 'Porcentaje de documentos de extranjería'],
    ['Informe trimestral', 'Informe semestral'],
    ['Fase 1 del sistema', 'Fase 2 del sistema'],
    ['Visas', 'Vistas'],
    ['', ''],
    ['Visas emitidas', ''],
  ])('different: %s ↔ %s', (a, b) => {
    expect(compareNames(a, b)).toBe('different');
    expect(compareNames(b, a)).toBe('different');
  });
});

describe('nameSimilarity', () => {
  it('ranks a one-letter typo above a different name', () => {
    const typo = nameSimilarity('Visas guatemaltecas emitidas', 'Vistas guatemaltecas emitidas');
    const other = nameSimilarity('Visas guatemaltecas emitidas', 'Residencias emitidas');
    expect(typo).toBeGreaterThan(0.9);
    expect(other).toBeLessThan(typo);
    expect(nameSimilarity('Visas', 'visas')).toBe(1);
    expect(nameSimilarity('', '')).toBe(0);
  });
});
