import {
  ACTIVIDADES_CENTRALES,
  CODE_SEGMENT_WIDTHS,
  INSTITUTION_CODE_EXAMPLE,
  INSTITUTION_CODE_FORM,
  PARTIDAS_NO_ASIGNABLES,
  findSpecialProgramme,
  programmeCode,
  specialProgrammeByName,
} from '../../../src/domain/catalog';

describe('special programmes', () => {
  it.each([
    ['01', ACTIVIDADES_CENTRALES],
    [1, ACTIVIDADES_CENTRALES],
    ['1', ACTIVIDADES_CENTRALES],
    [' 99 ', PARTIDAS_NO_ASIGNABLES],
    [99, PARTIDAS_NO_ASIGNABLES],
  ])('%j is a special programme', (code, programme) => {
    expect(findSpecialProgramme(code)).toBe(programme);
  });

  it.each(['11', 12, '001', '', 'AC', 1.5, '9 9'])('%j is not one', (code) => {
    expect(findSpecialProgramme(code)).toBeUndefined();
  });

  it('names the product of Actividades Centrales', () => {
    expect(ACTIVIDADES_CENTRALES.product).toBe('Dirección y Coordinación');
    expect(PARTIDAS_NO_ASIGNABLES.product).toBeUndefined();
  });

  it('recognises the programmes by their description', () => {
    expect(specialProgrammeByName('ACTIVIDADES CENTRALES')).toBe(ACTIVIDADES_CENTRALES);
    expect(specialProgrammeByName('Partidas no Asignables a Programas')).toBe(PARTIDAS_NO_ASIGNABLES);
    expect(specialProgrammeByName('Derecho Migratorio')).toBeUndefined();
  });
});

describe('programmeCode', () => {
  it('pads a programme code to two digits', () => {
    expect(programmeCode(1)).toBe('01');
    expect(programmeCode('11')).toBe('11');
    expect(programmeCode('123')).toBeUndefined();
    expect(programmeCode(-1)).toBeUndefined();
    expect(programmeCode('1a')).toBeUndefined();
  });
});

describe('code conventions', () => {
  it('gives each segment its width', () => {
    expect(CODE_SEGMENT_WIDTHS).toEqual({
      programa: [2],
      subprograma: [2],
      proyecto: [2, 3],
      actividad: [3],
      obra: [3],
      renglon: [3],
      ubicacion: [4],
      fuente: [2],
    });
  });

  it('describes the institution code form', () => {
    expect(INSTITUTION_CODE_FORM.test(INSTITUTION_CODE_EXAMPLE)).toBe(true);
    expect(INSTITUTION_CODE_FORM.test('1120-69-000-000')).toBe(false);
    expect(INSTITUTION_CODE_FORM.test('1120-0069-000-000 INSTITUTO')).toBe(false);
  });
});
