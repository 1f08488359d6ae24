import {
  editDistance,
  normalize,
  phraseMatches,
  wordMatches,
  wordOverlap,
  words,
  yearOf,
  yearSpanOf,
} from '../../src/domain/text';

describe('normalize', () => {
  it('folds accents, case, spaces, line breaks and punctuation at the ends', () => {
    expect(normalize('  Producto:\nServicios de DIRECCIÓN  ')).toBe('producto: servicios de direccion');
    expect(normalize('AÑO')).toBe('ano');
    expect(normalize('TOTAL, META MULTIANUAL')).toBe('total, meta multianual');
    expect(normalize('- Visas emitidas.')).toBe('visas emitidas');
    expect(normalize('Meta\u00a0 Física')).toBe('meta fisica');
  });
});

describe('fuzzy matching', () => {
  it('measures edits and gives up past the limit', () => {
    expect(editDistance('metro', 'meta')).toBe(2);
    expect(editDistance('visas', 'vistas')).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('accepts the typos people make in headers and nothing else', () => {
    expect(wordMatches('metro', 'meta')).toBe(true);
    expect(wordMatches('financiera', 'financiera')).toBe(true);
    expect(wordMatches('finaciera', 'financiera')).toBe(true);
    expect(wordMatches('prg', 'pro')).toBe(false);
    expect(wordMatches('fisica', 'financiera')).toBe(false);
    expect(wordMatches('2026', '2027')).toBe(false);
    expect(wordMatches('beta', 'meta')).toBe(false);
  });

  it('matches phrases word by word, ignoring stopwords', () => {
    expect(phraseMatches('Métro Física', 'meta fisica')).toBe(true);
    expect(phraseMatches('Fórmula de cálculo', 'formula calculo')).toBe(true);
    expect(phraseMatches('LINEA DE BASE', 'línea base')).toBe(true);
    expect(phraseMatches('Meta Física', 'meta financiera')).toBe(false);
    expect(phraseMatches('PRODUCTOS DE MAYOR CONTRIBUCIÓN A LA PGG (1 / 0)', 'mayor contribucion', 'contains')).toBe(
      true,
    );
    expect(phraseMatches('Producción asociada al cumplimiento (aplica…)', 'produccion asociada', 'prefix')).toBe(true);
    expect(words('Producto o Subproducto')).toEqual(['producto', 'subproducto']);
  });
});

describe('years in headers', () => {
  it('reads a year typed as number or text', () => {
    expect(yearOf(2026)).toBe(2026);
    expect(yearOf('2026')).toBe(2026);
    expect(yearOf('Año 2026')).toBe(2026);
    expect(yearOf('AÑO: 2030')).toBe(2030);
    expect(yearOf(2026.5)).toBeUndefined();
    expect(yearOf(565504297)).toBeUndefined();
    expect(yearOf('Para el año 2026 se ha incrementado')).toBeUndefined();
  });

  it('reads a span of years', () => {
    expect(yearSpanOf('2026-2030')).toEqual({ from: 2026, to: 2030 });
    expect(yearSpanOf('2026 al 2030')).toEqual({ from: 2026, to: 2030 });
    expect(yearSpanOf('2030-2026')).toBeUndefined();
    expect(yearSpanOf('1120-0069')).toBeUndefined();
  });
});

describe('wordOverlap', () => {
  it('is the share of expected words present, typos allowed', () => {
    expect(wordOverlap('Emisión de Documentos Migratorios', 'Emision documentos')).toBe(1);
    expect(wordOverlap('Vistas Guatemaltecas emitidas', 'Visas guatemaltecas emitidas')).toBe(1);
    expect(wordOverlap('Residencias emitidas', 'Visas guatemaltecas emitidas')).toBeCloseTo(1 / 3);
    expect(wordOverlap('algo', '')).toBe(0);
  });
});
