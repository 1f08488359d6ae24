import {
  DEPARTMENTS,
  MUNICIPALITIES,
  departmentByCode,
  findDepartment,
  findMunicipalities,
  findMunicipality,
  isNationalCoverage,
  municipalitiesOf,
  municipalityByCode,
  splitDepartments,
  splitMunicipalities,
} from '../../../src/domain/catalog';

describe('catalogue shape', () => {
  it('has 22 departments and 340 municipalities with INE codes', () => {
    expect(DEPARTMENTS).toHaveLength(22);
    expect(MUNICIPALITIES).toHaveLength(340);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(340);
    for (const m of MUNICIPALITIES) {
      expect(Math.floor(m.code / 100)).toBe(m.department);
      expect(m.code % 100).toBeGreaterThan(0);
    }
    expect(municipalitiesOf(1)).toHaveLength(17);
    expect(municipalitiesOf(18).map((m) => m.name)).toEqual([
      'Puerto Barrios',
      'Livingston',
      'El Estor',
      'Morales',
      'Los Amates',
    ]);
  });
});

describe('lookups by code', () => {
  it('finds departments and municipalities typed as numbers or text', () => {
    expect(departmentByCode(17)?.name).toBe('Petén');
    expect(departmentByCode('01')?.name).toBe('Guatemala');
    expect(municipalityByCode(101)?.name).toBe('Guatemala');
    expect(municipalityByCode('0101')?.name).toBe('Guatemala');
    expect(municipalityByCode(2217)?.name).toBe('Quesada');
    expect(municipalityByCode(1601)?.name).toBe('Cobán');
  });

  it('misses codes that do not exist', () => {
    expect(departmentByCode(0)).toBeUndefined();
    expect(departmentByCode(23)).toBeUndefined();
    expect(departmentByCode('1.5')).toBeUndefined();
    expect(municipalityByCode(118)).toBeUndefined();
    expect(municipalityByCode(2218)).toBeUndefined();
    expect(municipalityByCode(1.5)).toBeUndefined();
  });
});

describe('findDepartment', () => {
  it.each([
    ['PETÉN', 17],
    ['Peten', 17],
    ['El Petén', 17],
    ['Suchitepequez', 10],
    ['SACATEPÉQUEZ', 3],
    ['alta verapaz', 16],
    ['El Quiché', 14],
    ['Quiche', 14],
    ['Progreso', 2],
    ['  Guatemala\n', 1],
    ['22', 22],
  ])('%j → %i', (typed, code) => {
    expect(findDepartment(typed)?.code).toBe(code);
  });

  it.each(['', 'Verapaz', 'Cobán', 'Guatemala City', '23'])('%j is not a department', (typed) => {
    expect(findDepartment(typed)).toBeUndefined();
  });
});

describe('findMunicipalities', () => {
  it('finds a municipality by its name or another common name', () => {
    expect(findMunicipality('COBAN')?.code).toBe(1601);
    expect(findMunicipality('Cobán')?.code).toBe(1601);
    expect(findMunicipality('Antigua')?.code).toBe(301);
    expect(findMunicipality('Tecún Umán')?.code).toBe(1217);
    expect(findMunicipality('RIO HONDO')?.code).toBe(1903);
    expect(findMunicipality('Chichicastenango')?.code).toBe(1406);
    expect(findMunicipality('San Miguel Petapa')?.code).toBe(117);
  });

  it('returns every candidate for a shared name', () => {
    expect(findMunicipalities('SAN JOSÉ').map((m) => m.code)).toEqual([509, 1702]);
    expect(findMunicipality('San José')).toBeUndefined();
    expect(findMunicipalities('San Pedro Sacatepéquez').map((m) => m.code)).toEqual([109, 1202]);
    expect(findMunicipalities('La Libertad').map((m) => m.department)).toEqual([13, 17]);
  });

  it('settles a shared name with the departments in play', () => {
    expect(findMunicipality('San José', { departments: [17] })?.code).toBe(1702);
    expect(findMunicipalities('San José', { departments: [1] })).toEqual([]);
  });

  it('misses unknown names and accepts a code typed as text', () => {
    expect(findMunicipalities('Ciudad Gótica')).toEqual([]);
    expect(findMunicipalities('')).toEqual([]);
    expect(findMunicipality('1709')?.name).toBe('San Luis');
  });
});

describe('isNationalCoverage', () => {
  it.each(['COBERTURA A NIVEL NACIONAL', 'Nacional', 'A nivel nacional', 'Todo el país'])('%j', (typed) => {
    expect(isNationalCoverage(typed)).toBe(true);
  });
  it.each(['GUATEMALA', 'Cobertura departamental', ''])('%j is not', (typed) => {
    expect(isNationalCoverage(typed)).toBe(false);
  });
});

describe('splitDepartments', () => {
  it('splits the seed’s list of departments separated by spaces', () => {
    const split = splitDepartments(
      'GUATEMALA ESCUINTLA QUETZALTENANGO PETÉN ZACAPA CHIQUIMULA SUCHITEPEQUEZ IZABAL HUEHUETENANGO ALTA VERAPAZ',
    );
    expect(split.parts.map((p) => p.matches.map((d) => d.code))).toEqual([
      [1],
      [5],
      [9],
      [17],
      [19],
      [20],
      [10],
      [18],
      [13],
      [16],
    ]);
    expect(split.unknown).toEqual([]);
  });

  it('accepts line breaks, commas and "y", and keeps unknown words', () => {
    const split = splitDepartments('Jalapa,\nJutiapa y Santa Rosa; Narnia Central, BAJA VERAPAZ');
    expect(split.parts.map((p) => [p.text, p.matches.map((d) => d.name)])).toEqual([
      ['Jalapa', ['Jalapa']],
      ['Jutiapa', ['Jutiapa']],
      ['Santa Rosa', ['Santa Rosa']],
      ['Narnia Central', []],
      ['BAJA VERAPAZ', ['Baja Verapaz']],
    ]);
    expect(split.unknown).toEqual(['Narnia Central']);
  });

  it('returns nothing for an empty cell', () => {
    expect(splitDepartments('')).toEqual({ parts: [], unknown: [] });
  });
});

describe('splitMunicipalities', () => {
  it('splits the seed’s list of municipalities, longest name first, keeping shared names ambiguous', () => {
    const split = splitMunicipalities(
      'GUATEMALA SAN JOSÉ QUETZALTENANGO FLORES RIO HONDO CHIQUIMULA MAZATENANGO PUERTO BARRIOS HUEHUETENANGO COBAN',
    );
    expect(split.parts.map((p) => p.matches.map((m) => m.code))).toEqual([
      [101],
      [509, 1702],
      [901],
      [1701],
      [1903],
      [2001],
      [1001],
      [1801],
      [1301],
      [1601],
    ]);
    expect(split.unknown).toEqual([]);
  });

  it('prefers the longer name: "San José Pinula" is one municipality, not "San José" + "Pinula"', () => {
    const split = splitMunicipalities('SAN JOSÉ PINULA FLORES COSTA CUCA');
    expect(split.parts.map((p) => p.matches.map((m) => m.code))).toEqual([[103], [922]]);
  });

  it('leaves unknown words and codes as unknown', () => {
    const split = splitMunicipalities('Mixco Springfield 0101\nVilla Nueva');
    expect(split.parts.map((p) => p.text)).toEqual(['Mixco', 'Springfield 0101', 'Villa Nueva']);
    expect(split.unknown).toEqual(['Springfield 0101']);
  });

  it('narrows shared names to the departments given', () => {
    const split = splitMunicipalities('San José, Flores', { departments: [17] });
    expect(split.parts.map((p) => p.matches.map((m) => m.code))).toEqual([[1702], [1701]]);
  });
});
