import { findYearSpans, parseResultStatement, parseStatementNumber } from '../../src/domain/statement';

// Real sentences of seed 001 (§3.1, §5, §9.2, §9.4).
const SEED_31 =
  'Para el año 2026 se ha incrementado la protección de derechos a personas migrantes a 686,372 personas acumulado (de 64,660 en el año 2021 a 868,372 personas en el año 2026)';
const SEED_5_2030 =
  'Para el año 2030 se ha incrementado la protección de derechos a personas migrantes a 1,347,953 personas acumulado (de 64,660 en el año 2021 a 1,347,953 personas en el año 2030)';
const SEED_5_DELEGACIONES =
  'Para el año 2030 se ha incrementado la cobertura del registro de control migratorio por las vías de acceso legal a 11 delegaciones, acumulado (de 1 delegación en el año 2021 a 11 en el año 2025).';
const SEED_92 =
  'Para el año 2030 se ha incrementado la cobertura del registro de control migratorio por las vías de acceso legal a 11 delegaciones, acumulado (de 1 delegación en el año 2021 a 11 en el año 2030).';

describe('parseStatementNumber', () => {
  it.each([
    ['686,372', 686372],
    ['1,347,953', 1347953],
    ['11', 11],
    ['5.5', 5.5],
  ])('%s → %d', (text, value) => expect(parseStatementNumber(text)).toBe(value));
});

describe('parseResultStatement', () => {
  it('reads every part of the §3.1 statement, with offsets into the original text', () => {
    const s = parseResultStatement(SEED_31);
    expect(s).toBeDefined();
    if (!s) return;
    expect(s.year.value).toBe(2026);
    expect(s.direction).toBe('increase');
    expect(s.verb).toBe('incrementado');
    expect(s.subject).toBe('la protección de derechos a personas migrantes');
    expect(s.target).toMatchObject({ value: 686372, text: '686,372' });
    expect(SEED_31.slice(s.target.start, s.target.end)).toBe('686,372');
    expect(s.targetUnit).toBe('personas');
    expect(s.cumulative).toBe(true);
    expect(s.baseline?.value.value).toBe(64660);
    expect(s.baseline?.year.value).toBe(2021);
    expect(s.final?.value.value).toBe(868372);
    expect(s.final && SEED_31.slice(s.final.value.start, s.final.value.end)).toBe('868,372');
    expect(s.final?.unit).toBe('personas');
    expect(s.final?.year.value).toBe(2026);
  });

  it('reads millions and the year at the end of the §5 2030 statement', () => {
    const s = parseResultStatement(SEED_5_2030);
    expect(s?.target.value).toBe(1347953);
    expect(s?.final?.value.value).toBe(1347953);
    expect(s?.final?.year.value).toBe(2030);
  });

  it('reads the §5 statement whose final year is wrong, with units on the baseline only', () => {
    const s = parseResultStatement(SEED_5_DELEGACIONES);
    expect(s?.year.value).toBe(2030);
    expect(s?.target.value).toBe(11);
    expect(s?.targetUnit).toBe('delegaciones');
    expect(s?.cumulative).toBe(true);
    expect(s?.baseline).toMatchObject({ value: { value: 1 }, unit: 'delegación', year: { value: 2021 } });
    expect(s?.final?.value.value).toBe(11);
    expect(s?.final?.unit).toBeUndefined();
    expect(s?.final?.year.value).toBe(2025);
    const finalYear = s?.final?.year;
    expect(finalYear && SEED_5_DELEGACIONES.slice(finalYear.start, finalYear.end)).toBe('2025');
  });

  it('reads the §9.2 statement with a trailing period', () => {
    const s = parseResultStatement(SEED_92);
    expect(s?.final?.year.value).toBe(2030);
    expect(s?.final?.value.value).toBe(11);
  });

  it('tolerates missing accents, upper case, "reducido" and a missing closing parenthesis', () => {
    const text =
      'PARA EL ANO 2027 SE HA REDUCIDO la tasa de rechazo a 5.5 % (de 8 % en el ano 2020 a 5.5 % en el ano 2027';
    const s = parseResultStatement(text);
    expect(s?.direction).toBe('decrease');
    expect(s?.verb).toBe('REDUCIDO');
    expect(s?.target.value).toBe(5.5);
    expect(s?.targetUnit).toBe('%');
    expect(s?.cumulative).toBe(false);
    expect(s?.baseline?.value.value).toBe(8);
    expect(s?.final?.year.value).toBe(2027);
  });

  it('tolerates a missing opening parenthesis and "disminuido"', () => {
    const s = parseResultStatement(
      'Para el año 2028 se ha disminuido el tiempo de espera a 3 días, de 10 días en el año 2022 a 3 días en el año 2028.',
    );
    expect(s?.direction).toBe('decrease');
    expect(s?.targetUnit).toBe('días');
    expect(s?.baseline?.value.value).toBe(10);
    expect(s?.final?.value.value).toBe(3);
  });

  it('tolerates "Para el 2027" without "año" and "se han aumentado"', () => {
    const s = parseResultStatement(
      'Para el 2027 se han aumentado las sedes a 12 sedes (de 9 sedes en el año 2024 a 12 sedes en el año 2027)',
    );
    expect(s?.year.value).toBe(2027);
    expect(s?.direction).toBe('increase');
    expect(s?.final?.value.value).toBe(12);
  });

  it('returns the head alone when the parenthesis is not written', () => {
    const s = parseResultStatement('Para el año 2026 se ha disminuido el tiempo de espera a 3 días');
    expect(s?.target.value).toBe(3);
    expect(s?.targetUnit).toBe('días');
    expect(s?.baseline).toBeUndefined();
    expect(s?.final).toBeUndefined();
  });

  it.each(['Descripción de Resultado', 'Producto:', '', 'Para el año 2026 se espera mejorar la atención'])(
    'is undefined for text that is not a statement: %j',
    (text) => expect(parseResultStatement(text)).toBeUndefined(),
  );
});

describe('findYearSpans', () => {
  it('finds the §8 range "2025 al 2029"', () => {
    const text =
      'El presupuesto distribuido por programa y la proyección para los años 2025 al 2029, se presenta a continuación:';
    const spans = findYearSpans(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ from: { value: 2025 }, to: { value: 2029 }, text: '2025 al 2029' });
    expect(text.slice(spans[0].start, spans[0].end)).toBe('2025 al 2029');
  });

  it.each([
    ['Plan Operativo Multianual 2026-2030', 2026, 2030],
    ['del 2026 hasta el 2030', 2026, 2030],
    ['Política General de Gobierno 2024–2028', 2024, 2028],
  ])('finds %j', (text, from, to) => {
    expect(findYearSpans(text).map((s) => [s.from.value, s.to.value])).toEqual([[from, to]]);
  });

  it('ignores backward or implausible ranges and lone years', () => {
    expect(findYearSpans('en los años 2030 al 2026')).toEqual([]);
    expect(findYearSpans('de 1990 a 2030')).toEqual([]);
    expect(findYearSpans('en el año 2026')).toEqual([]);
  });
});
