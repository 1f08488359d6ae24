import { ceilingsOf, parseAmount, parseCeilings } from '../../../src/domain/review/ceilings';

describe('parseAmount', () => {
  it.each([
    ['85000000', 85000000],
    ['85000000.5', 85000000.5],
    ['Q 85,000,000.50', 85000000.5],
    ['Q85,000,000', 85000000],
    ['85.000.000,50', 85000000.5],
    ['85.000.000', 85000000],
    ['1234,5', 1234.5],
    ['1,234', 1234],
  ])('%s → %d', (text, value) => expect(parseAmount(text)).toBe(value));

  it.each(['', 'mucho', '12a', 'Q'])('refuses «%s»', (text) => expect(parseAmount(text)).toBeUndefined());
});

describe('parseCeilings', () => {
  it('reads commas or semicolons, a BOM, accents in the header, quoted fields and blank lines', () => {
    const comma = parseCeilings(
      '\uFEFFInstitución,Programa,Año,Monto\r\n1120-0069-000-000,11,2026,"85,000,000.00"\r\n\r\n',
    );
    const semicolon = parseCeilings('institucion;programa;anio;monto\n1120-0069-000-000;1;2027;85.000.000,00\n');
    expect(comma).toEqual({
      ok: true,
      ceilings: [{ institution: '1120-0069-000-000', programme: '11', year: 2026, amount: 85000000, line: 2 }],
    });
    expect(semicolon).toEqual({
      ok: true,
      ceilings: [{ institution: '1120-0069-000-000', programme: '01', year: 2027, amount: 85000000, line: 2 }],
    });
  });

  it('names the first problem and its line', () => {
    expect(parseCeilings('')).toEqual({ ok: false, error: 'el archivo de techos está vacío' });
    expect(parseCeilings('institucion,programa,monto\n')).toMatchObject({
      ok: false,
      error: expect.stringContaining('faltan: anio'),
    });
    expect(parseCeilings('institucion,programa,anio,monto\nX,111,2026,1\n')).toMatchObject({
      ok: false,
      error: 'línea 2: el programa «111» no es un código de dos dígitos',
    });
    expect(parseCeilings('institucion,programa,anio,monto\nX,11,26,1\n')).toMatchObject({
      ok: false,
      error: 'línea 2: el año «26» no es válido',
    });
    expect(parseCeilings('institucion,programa,anio,monto\n,11,2026,1\n')).toMatchObject({
      ok: false,
      error: 'línea 2: falta el código de la institución',
    });
  });

  it('selects one institution’s ceilings', () => {
    const parsed = parseCeilings('institucion,programa,anio,monto\nA,11,2026,1\nB,11,2026,2\n');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(ceilingsOf(parsed.ceilings, ' A ').map((c) => c.amount)).toEqual([1]);
    expect(ceilingsOf(parsed.ceilings, undefined)).toEqual([]);
  });
});
