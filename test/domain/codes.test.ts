import {
  analyzeRowCode,
  findCodeLikeTokens,
  parseCombinedCode,
  parseInstitutionCode,
  parseSegment,
} from '../../src/domain/codes';

describe('parseSegment', () => {
  it.each([
    ['01', 'programa', '01'],
    [1, 'programa', '01'],
    [11, 'programa', '11'],
    ['00', 'subprograma', '00'],
    [0, 'subprograma', '00'],
    ['00', 'proyecto', '00'],
    ['001', 'proyecto', '001'],
    [0, 'proyecto', '00'],
    ['002', 'actividad', '002'],
    [2, 'actividad', '002'],
    ['0101', 'ubicacion', '0101'],
    [101, 'ubicacion', '0101'],
    ['11', 'fuente', '11'],
    ['  12 ', 'programa', '12'],
  ] as const)('%j as %s → %s', (value, segment, code) => {
    const result = parseSegment(value, segment);
    expect(result.code).toBe(code);
    expect(result.problem).toBeUndefined();
  });

  it('accepts text shorter than the width but marks it short', () => {
    expect(parseSegment('1', 'programa')).toEqual({ segment: 'programa', code: '01', problem: 'short', raw: '1' });
    expect(parseSegment('2', 'actividad')).toMatchObject({ code: '002', problem: 'short' });
  });

  it.each([
    [null, 'programa', 'empty'],
    [undefined, 'actividad', 'empty'],
    ['   ', 'programa', 'empty'],
    ['011', 'programa', 'too-long'],
    [111, 'programa', 'too-long'],
    ['0001', 'proyecto', 'too-long'],
    ['1a', 'programa', 'not-digits'],
    ['11-00', 'programa', 'not-digits'],
    [1.5, 'programa', 'not-digits'],
    [-1, 'programa', 'not-digits'],
    [true, 'programa', 'not-digits'],
    [{ error: '#REF!' }, 'programa', 'not-digits'],
  ] as const)('%j as %s is %s', (value, segment, problem) => {
    const result = parseSegment(value, segment);
    expect(result.problem).toBe(problem);
    expect(result.code).toBeUndefined();
  });
});

describe('parseCombinedCode', () => {
  it.each([
    ['11-00-00-002', '11-00-00-002'],
    ['11 00 00 002', '11-00-00-002'],
    ['01 - 00 - 000 - 001', '01-00-000-001'],
    ['11-00-00-002-000', '11-00-00-002-000'],
    ['11-00-00-002-000-181-0101-11', '11-00-00-002-000-181-0101-11'],
  ])('%j → %s', (text, code) => {
    const parsed = parseCombinedCode(text);
    expect(parsed.code).toBe(code);
    expect(parsed.problem).toBeUndefined();
  });

  it('rejects "11-0-3-0-1" (segments without their width)', () => {
    const parsed = parseCombinedCode('11-0-3-0-1');
    expect(parsed.code).toBeUndefined();
    expect(parsed.problem).toBe('segment');
    expect(parsed.segments.map((s) => s.problem)).toEqual([undefined, 'short', 'short', 'short', 'short']);
  });

  it.each(['11-00', '11-0-0-1-0-1', '', 'once'])('rejects %j (wrong number of segments)', (text) => {
    const parsed = parseCombinedCode(text);
    expect(parsed.code).toBeUndefined();
    expect(parsed.problem).toBe('segment-count');
  });
});

describe('findCodeLikeTokens', () => {
  it('finds the malformed code inside the seed ficha formula', () => {
    const text =
      '11-0-0-1-0-1 - Asistencia y Protección a las Personas Migrantes *FAP / Total de solicitudes de asistencia';
    const tokens = findCodeLikeTokens(text);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ text: '11-0-0-1-0-1', start: 0, end: 12 });
    expect(tokens[0].parsed.code).toBeUndefined();
  });

  it('keeps a well-formed code as valid', () => {
    const [token] = findCodeLikeTokens('Producción de la actividad 11-00-00-002 / total programado');
    expect(token.parsed.code).toBe('11-00-00-002');
  });

  it('ignores year ranges, dates and amounts', () => {
    expect(findCodeLikeTokens('Metas 2026-2030, corte al 01-04-2025 por Q1,234,567.00 (100%)')).toEqual([]);
  });
});

describe('analyzeRowCode', () => {
  it('joins four good segments, text or numbers', () => {
    expect(analyzeRowCode({ programa: '11', subprograma: '00', proyecto: '00', actividad: '002' }).code).toBe(
      '11-00-00-002',
    );
    expect(analyzeRowCode({ programa: 1, subprograma: 0, proyecto: 0, actividad: 1 }).code).toBe('01-00-00-001');
  });

  it('sees the seed Aportes row slid one column to the right', () => {
    const analysis = analyzeRowCode({ programa: null, subprograma: '99', proyecto: '00', actividad: '00' });
    expect(analysis.code).toBeUndefined();
    expect(analysis.segments.programa.problem).toBe('empty');
    expect(analysis.slid).toEqual({
      by: 1,
      corrected: { programa: '99', subprograma: '00', proyecto: '00' },
      missing: ['actividad'],
    });
  });

  it('sees a slide of two columns', () => {
    const analysis = analyzeRowCode({ programa: '', subprograma: '', proyecto: '11', actividad: '00' });
    expect(analysis.slid).toEqual({
      by: 2,
      corrected: { programa: '11', subprograma: '00' },
      missing: ['proyecto', 'actividad'],
    });
  });

  it('does not call a slide what is just an empty segment', () => {
    expect(
      analyzeRowCode({ programa: '11', subprograma: '00', proyecto: null, actividad: '001' }).slid,
    ).toBeUndefined();
    // Values that would not fit the earlier segments ("001" cannot be a subprograma) are not a slide.
    expect(
      analyzeRowCode({ programa: null, subprograma: '11', proyecto: '001', actividad: '001' }).slid,
    ).toBeUndefined();
    expect(analyzeRowCode({}).slid).toBeUndefined();
  });
});

describe('parseInstitutionCode', () => {
  it('reads the IGM code with its name after it', () => {
    expect(parseInstitutionCode('1120-0069-000-000 INSTITUTO GUATEMALTECO DE MIGRACIÓN')).toEqual({
      code: '1120-0069-000-000',
      entity: '1120',
      unit: '0069',
    });
  });

  it.each(['1120-69-000-000', '11200069000000', 'IGM', '1120-0069-000-0000'])('rejects %j', (text) => {
    expect(parseInstitutionCode(text)).toEqual({ problem: 'format' });
  });
});
