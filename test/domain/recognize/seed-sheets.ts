/**
 * Sheets laid out as the IGM POM 2026-2030 (seed 001) would be typed in Excel, with the seed's
 * own header typos and mistakes. Each function takes an origin so tests can offset the table.
 */
import type { SheetSnapshot } from '../../../src/core';
import { sheet, styled, type CellSpec } from '../../support/workbook';

const Q = '"Q"#,##0.00';
const money = (n: number): CellSpec => styled(n, {}, Q);

/** §8: the budget in two tables, 2026-2027 then 2028-2030, a text paragraph above. */
export function seedBudget(name = 'Presupuesto'): SheetSnapshot {
  return sheet(
    name,
    [
      ['8. PROYECCIÓN DEL PRESUPUESTO'],
      [
        'El presupuesto distribuido por programa y la proyección para los años 2025 al 2029, se presenta a continuación:',
      ],
      [],
      ['PRG', 'DESCRIPCIÓN', 2026, 2027],
      ['01', 'Actividades Centrales', money(292649151), money(350187509)],
      ['11', 'Derecho Migratorio', money(85563028), money(84419647)],
      ['12', 'Control Migratorio', money(109032118), money(104600158)],
      ['99', 'Partidas no Asignables a Programas', money(82260000), money(76260000)],
      [null, 'Total', money(569504297), money(615467314)],
      [],
      ['PRG', 'DESCRIPCIÓN', 2028, 2029, 2030],
      ['01', 'Actividades Centrales', money(354450852), money(355086970), money(360306416)],
      ['11', 'Derecho Migratorio', money(79009897), money(79397828), money(79698121)],
      ['12', 'Control Migratorio', money(104355938), money(104355938), money(104355938)],
      ['99', 'Partidas no Asignables a Programas', money(76350000), money(76400000), money(76450000)],
      [null, 'Total', money(614166687), money(615240736), money(620810475)],
    ],
    { origin: 'B2' },
  );
}

type GoalRow = [string, string | null, ...(number | null)[]];

const GOAL_ROWS: GoalRow[] = [
  [
    'Producto: Servicios de Dirección y Coordinación',
    'Documento',
    3,
    292649151,
    3,
    350187509,
    3,
    354450852,
    3,
    355086970,
    3,
    360306416,
  ],
  [
    'Producto: Dirección y Coordinación',
    'Documento',
    3,
    292649151,
    3,
    350187509,
    3,
    354450852,
    3,
    355086970,
    3,
    360306416,
  ],
  [
    'Producto: Asistencia y Protección a las Personas Migrantes',
    'Persona',
    165924,
    38495564,
    143669,
    38389074,
    143669,
    39174433,
    179064,
    39577394,
    195178,
    39862657,
  ],
  ['Migrantes nacionales y extranjeros atendidos y persona para la protección y persona', null],
  ['Migrantes atendidos en albergues y centros de retornados', null],
  [
    'Producto: Emisión de Documentos Migratorios',
    'Documento',
    1225189,
    42875172,
    1293948,
    41469822,
    1367545,
    35759173,
    1439123,
    35759173,
    1517829,
    35759173,
  ],
  ['Emisión de Documentos Migratorios', null],
  [
    'Producto: Registro de Documentos Migratorios',
    'Documento',
    1135189,
    42696173,
    1191948,
    41289182,
    1251545,
    35579173,
    1314123,
    35579173,
    1379829,
    35579173,
  ],
  ['Registro, control y emisión de visas y residencias', null],
  [
    'Producto: Vistas Guatemaltecas emitidas',
    'Documento',
    9601,
    1569352,
    10081,
    1524352,
    10585,
    1539352,
    11115,
    1524352,
    11670,
    1539352,
  ],
  ['Residencias emitidas', null],
  [
    'Producto: Registro de Extranjería',
    'Documento',
    28140,
    868587,
    29547,
    868587,
    31024,
    868587,
    31576,
    868587,
    34204,
    868587,
  ],
  ['Control registro de Nacionales y Extranjeros en el Territorio Nacional', null],
  [
    'Producto: Personas nacionales y extranjeras con registro de Ingreso, permanencia y egreso del país',
    'Documento',
    18267029,
    109032118,
    19045389,
    104600158,
    20852257,
    104355938,
    22830791,
    104355938,
    24997254,
    104355938,
  ],
  ['Personas nacionales y extranjeras con permanencia y egreso del país', null],
  ['Informes de ejecución, seguimiento, evaluación y actualización de la Política Migratoria', null],
  [
    'Producto: Personas atendidas en la emisión de certificaciones de control migratorio',
    'Documento',
    50000,
    539000,
    51660,
    529000,
    54243,
    529000,
    56955,
    529000,
    59803,
    529000,
  ],
  ['Aportes a Instituciones Nacionales e Internacionales', null],
  [
    'Producto: Aportes a instituciones nacionales e internacionales',
    'Documento',
    23,
    82260000,
    23,
    76260000,
    23,
    76350000,
    23,
    76400000,
    23,
    76450000,
  ],
];

/**
 * §9.5 at A1: title, a two-row header with "2026" merged over "Métro Física | Métro Financiera"
 * (and "Metro" typos), "Producto:" prefixes in the name cell, Total in the unit column.
 */
export function seedGoals(name = 'Metas'): SheetSnapshot {
  const physical = ['Métro Física', 'Métro Física', 'Metro Física', 'Metro Física', 'Metro Física'];
  const rows: CellSpec[][] = [
    ['PLAN OPERATIVO MULTIANUAL'],
    ['PRODUCTO / SUBPRODUCTO', 'UNIDAD DE MEDIDA', 2026, null, 2027, null, 2028, null, 2029, null, 2030, null],
    [null, null, ...physical.flatMap((p) => [p, 'Métro Financiera'])],
    ...GOAL_ROWS.map(([n, unit, ...values]) => [
      n,
      unit,
      ...values.map((v, i) => (i % 2 === 1 && v !== null ? money(v) : v)),
    ]),
    [
      null,
      'Total',
      null,
      money(565504297),
      null,
      money(615467314),
      null,
      money(614166687),
      null,
      money(615240738),
      null,
      money(610910475),
    ],
  ];
  return sheet(name, rows, {
    merges: ['A1:L1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:H2', 'I2:J2', 'K2:L2'],
  });
}

/** §9.3 in two tables (the seed breaks it over a page): "Producto:" in its own column, Aportes codes slid. */
export function seedProgrammatic(name = 'Red programática'): SheetSnapshot {
  const header: CellSpec[] = [
    'PRODUCTO / SUBPRODUCTO',
    null,
    'UNIDAD DE MEDIDA',
    'DESCRIPCIÓN DE LA ACTIVIDAD',
    'PROGRAMA',
    'SUBPROGRAMA',
    'PROYECTO',
    'ACTIVIDAD',
  ];
  return sheet(
    name,
    [
      ['9.3. VINCULACIÓN DE PRODUCTOS Y SUBPRODUCTOS CON RED DE CATEGORÍAS PROGRAMÁTICAS'],
      [],
      header,
      [
        'Producto:',
        'Dirección y Coordinación',
        'Documento',
        'Servicios de Dirección y Coordinación',
        '01',
        '00',
        '00',
        '001',
      ],
      [null, 'Dirección y coordinación', 'Documento'],
      [
        'Producto:',
        'Asistencia y Protección a las Personas Migrantes',
        'Persona',
        'Asistencia y Protección a las Personas Migrantes',
        '11',
        '00',
        '00',
        '001',
      ],
      [null, 'Migrantes nacionales y extranjeros atendidos para la protección y asistencia de sus derechos', 'Persona'],
      [null, 'Migrantes atendidos en albergues y centros de retornados', 'Persona'],
      [
        'Producto:',
        'Emisión de Documentos Migratorios',
        'Documento',
        'Emisión de Documentos Migratorios',
        '11',
        '00',
        '00',
        '002',
      ],
      [null, 'Emisión de Documentos Migratorios', 'Documento'],
      [null, 'Prórroga de Documentos Migratorios', 'Documento'],
      [
        'Producto:',
        'Registro, Control y Emisión de Visas y Residencias',
        'Documento',
        'Registro, Control y Emisión de Visas y Residencias',
        '11',
        '00',
        '00',
        '003',
      ],
      [null, 'Visas guatemaltecas emitidas', 'Documento'],
      [null, 'Residencias emitidas', 'Documento'],
      [null, 'Registro de extranjería', 'Documento'],
      [],
      header,
      [
        'Producto:',
        'Control, Registro de Nacionales y Extranjeros en el Territorio Nacional',
        'Persona',
        'Control, Registro de Nacionales y Extranjeros en el Territorio Nacional',
        '12',
        '00',
        '00',
        '001',
      ],
      [null, 'Personas nacionales y extranjeras con registro de ingreso, permanencia y egreso del país', 'Persona'],
      [
        null,
        'Informes de avances de socialización, implementación, ejecución y evaluación de la Política Migratoria',
        'Documento',
      ],
      [
        'Producto:',
        'Aportes a Instituciones Nacionales e Internacionales',
        'Documento',
        'Aportes a instituciones nacionales e internacionales',
        null,
        '99',
        '00',
        '00',
      ],
      [null, 'Aportes a instituciones nacionales e internacionales', 'Documento'],
    ],
    { merges: ['A3:B3', 'A17:B17'] },
  );
}

interface FichaSpec {
  codeAndName: string;
  objective: string;
  formula: string;
  trend: number[];
  baseline: CellSpec[];
  unitOfAchievement: string;
  notes: string;
}

export const SEED_FICHAS: FichaSpec[] = [
  {
    codeAndName: '1. Porcentaje de asistencia y protección de migrantes',
    objective: 'Personas migrantes nacionales y extranjeros atendidos para la protección y asistencia de sus derechos',
    formula:
      '11-0-0-1-0-1 - Asistencia y Protección a las Personas Migrantes *FAP / Total de solicitudes de asistencia y protección a migrantes programadas',
    trend: [83.77, 100, 100, 100, 100, 100, 100],
    baseline: ['Año: 2023'],
    unitOfAchievement:
      'A través de la Subdirección de Atención y Protección de Derechos Fundamentales de los Migrantes',
    notes: 'La Institución atiende los casos de acuerdo con las solicitudes recibidas por parte de la población.',
  },
  {
    codeAndName: '1. Porcentaje de documentos migratorios emitidos',
    objective: 'Personas migrantes nacionales y extranjeros atendidos para la protección y asistencia de sus derechos',
    formula: '11-0-0-2-0-1 - Emisión de Documentos Migratorios *FAP / Total de solicitudes de pasaportes programadas',
    trend: [97.53, 100, 100, 100, 100, 100, 100],
    baseline: ['Año: 2023', 'Valor: 97.53'],
    unitOfAchievement: 'A través de la Subdirección de Documentos de Identidad Personal y de Viaje',
    notes: 'La Institución atiende de acuerdo con las solicitudes recibidas por parte de la población.',
  },
  {
    codeAndName: '1. Porcentaje de documentos de extranjería',
    objective: 'Personas migrantes nacionales y extranjeros atendidos para la protección y asistencia de sus derechos',
    formula:
      '11-0-3-0-1 - Registro, control y emisión de Visas y Residencias *FAP / Total de solicitudes de visas, residencias y certificaciones a migrantes programadas',
    trend: [89.49, 100, 100, 100, 100, 100, 100],
    baseline: ['Año: 2023'],
    unitOfAchievement: 'A través de la Subdirección de Extranjería',
    notes: 'La Institución atiende los casos de acuerdo con las solicitudes recibidas por parte de la población.',
  },
];

/** One ficha's rows: header lines, labels in the first column, values to the right. */
export function fichaRows(spec: FichaSpec, page: number): CellSpec[][] {
  return [
    [
      'Ministerio de Finanzas Públicas Dirección Técnica de Presupuesto',
      'FICHA TÉCNICA PARA DEFINICIÓN DE INDICADORES',
      null,
      null,
      null,
      null,
      null,
      `Reporte DTP5 Presupuesto año 2026 Fecha: Abril-2025 Página: ${page} de 8`,
    ],
    ['1120-0069-000-000 INSTITUTO GUATEMALTECO DE MIGRACIÓN'],
    [],
    ['Código y Nombre del Indicador', spec.codeAndName],
    ['Categoría del Indicador', 'PRODUCTO'],
    ['Objetivo Asociado del Indicador', spec.objective],
    [
      'Política Pública Asociada',
      "Plan Nacional de Desarrollo K'atun Nuestra Guatemala 2032 - Política Nacional de Gobierno 2024-2028 - SEGURIDAD Y ESTADO DE DERECHO",
    ],
    [],
    ['Descripción del Indicador', 'Mide el porcentaje de gestiones realizadas de acuerdo con las programadas'],
    ['Pertinencia', 'El seguimiento a este indicador refleja la eficiencia de la gestión de la institución.'],
    ['Interpretación', 'El indicador puede asumir valores en un rango de cero a 100%.'],
    ['Formula Calculo', spec.formula],
    ['Frecuencia de Medición', 'Anual'],
    [],
    ['Tendencia y meta del indicador'],
    ['Años', 2023, 2025, 2026, 2027, 2028, 2029, 2030],
    ['Valor', ...spec.trend],
    ['Línea Base', ...spec.baseline],
    [
      'Explicación de la Tendencia',
      'En el año 2023, se presentan datos para el estudio de la tendencia de las acciones programadas.',
    ],
    ['Como se va a lograr la meta', spec.unitOfAchievement],
    [],
    ['Medios de Verificación'],
    ['Procedencia de los Datos', 'Informes y reportes generados de los sistemas estadísticos'],
    ['Unidad Responsable', 'Departamento de Estadística y Archivos'],
    ['Metodología de Recopilación', 'Mensualmente el Departamento de Estadística y Archivos recopila la información'],
    [],
    ['Producción asociada al cumplimiento de la meta (aplica únicamente para indicadores de resultado)'],
    ['Productos', 'Indicadores'],
    ['Asistencia y Protección a las Personas Migrantes', 'Asistencia y Protección / Total de solicitudes'],
    ['Notas Técnicas'],
    [spec.notes],
    [],
  ];
}

/** Three fichas stacked on one sheet, starting at B3. Values merged B:H on the label rows. */
export function seedFichas(name = 'Fichas'): SheetSnapshot {
  const rows = SEED_FICHAS.flatMap((spec, i) => fichaRows(spec, 2 * i + 1));
  return sheet(name, rows, { origin: 'B3' });
}

/** §9.1 end: the multiannual indicator matrix with its four header rows and the seed's mistakes. */
export function seedIndicatorMatrix(name = 'Indicadores'): SheetSnapshot {
  const data: [string, string, string, number, number, number, ...number[]][] = [
    [
      'Asistencia y Protección a las Personas Migrantes',
      'Persona',
      'Porcentaje de asistencia y protección de migrantes',
      2023,
      76721,
      0.8377,
      165924,
      1,
      143669,
      1,
      143669,
      1,
      179064,
      1,
      195178,
      1,
      827504,
      1,
    ],
    [
      'Emisión de Documentos Migratorios',
      'Documentos',
      'Porcentaje de documentos migratorios emitidos',
      2023,
      758200,
      0.9753,
      1225189,
      1,
      1293948,
      1,
      1367545,
      1,
      1439123,
      1,
      1517,
      1,
      6843634,
      1,
    ],
    [
      'Registro, Control y Emisión de Visas y Residencias',
      'Documentos',
      'Porcentaje de documentos de extranjería',
      2023,
      36439,
      0.8949,
      45654,
      1,
      47937,
      1,
      50334,
      1,
      52850,
      1,
      55492,
      1,
      252266,
      1,
    ],
    [
      'Control, Registro de Nacionales y Extranjeros en el Territorio Nacional',
      'Persona',
      'Porcentaje de cobertura de control migratorio',
      2023,
      10506122,
      0.8897,
      18267029,
      1,
      19045289,
      1,
      20852267,
      1,
      22830791,
      1,
      24997154,
      1,
      105992530,
      1,
    ],
  ];
  const pct = (v: number): CellSpec => styled(v, {}, '0.00%');
  return sheet(
    name,
    [
      ['FICHA DE INDICADORES DE PRODUCTOS A NIVEL MULTIANUAL'],
      [],
      [
        'PRODUCTOS',
        'UNIDAD DE MEDIDA DEL PRODUCTO',
        'NOMBRE DEL INDICADOR DEL PRODUCTO',
        'INDICADORES DE PRODUCTOS',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        'TOTAL, META MULTIANUAL',
      ],
      [
        null,
        null,
        null,
        'LINEA DE BASE',
        null,
        null,
        2026,
        null,
        2027,
        null,
        2028,
        null,
        2029,
        null,
        2030,
        null,
        '2026-2030',
      ],
      [
        null,
        null,
        null,
        'AÑO',
        'Datos Absolutos',
        'Datos Relativos',
        'META',
        null,
        'META',
        null,
        'META',
        null,
        'META',
        null,
        'META',
        null,
        'Datos absolutos',
        'Datos Relativos',
      ],
      [
        null,
        null,
        null,
        null,
        null,
        null,
        ...Array.from({ length: 5 }, () => ['Datos Absolutos', 'Datos Relativos']).flat(),
      ],
      ...data.map(([product, unit, indicator, year, abs, rel, ...rest]) => [
        product,
        unit,
        indicator,
        year,
        abs,
        pct(rel),
        ...rest.map((v, i) => (i % 2 === 1 ? pct(v) : v)),
      ]),
    ],
    {
      merges: [
        'A1:R1',
        'A3:A6',
        'B3:B6',
        'C3:C6',
        'D3:P3',
        'Q3:R3',
        'D4:F4',
        'G4:H4',
        'I4:J4',
        'K4:L4',
        'M4:N4',
        'O4:P4',
        'Q4:R4',
        'D5:D6',
        'E5:E6',
        'F5:F6',
        'G5:H5',
        'I5:J5',
        'K5:L5',
        'M5:N5',
        'O5:P5',
        'Q5:Q6',
        'R5:R6',
      ],
    },
  );
}

const statement = (y: number, n: string) =>
  `Para el año ${y} se ha incrementado la protección de derechos a personas migrantes a ${n} personas acumulado (de 64,660 en el año 2021 a ${n} personas en el año ${y}).`;
const delegations = (y: number, n: number, last = y) =>
  `Para el año ${y} se ha incrementado la cobertura del registro de control migratorio por las vías de acceso legal a ${n} delegaciones, acumulado (de 1 delegación en el año 2021 a ${n} en el año ${last}).`;

/** §5: two stacked blocks "Año 2026 … Año 2030" over one statement per year (the last says 2025). */
export function seedResultStatements(name = 'Resultado'): SheetSnapshot {
  const years = [2026, 2027, 2028, 2029, 2030];
  const people = ['686,372', '830,041', '973,710', '1,152,774', '1,347,953'];
  return sheet(
    name,
    [
      ['5. RESULTADO'],
      [
        'En el siguiente cuadro, se presenta la matriz de Resultados Estratégicos Institucionales para el Plan Operativo Multianual.',
      ],
      [],
      years.map((y) => `Año ${y}`),
      years.map((y, i) => statement(y, people[i])),
      [],
      years.map((y) => `Año ${y}`),
      years.map((y, i) => delegations(y, 7 + i, y === 2030 ? 2025 : y)),
    ],
    { origin: 'C2' },
  );
}

/** §9.2: Resultado institucional beside "Producto:" | name, the statement in the middle of its products. */
export function seedResults(name = 'Resultados'): SheetSnapshot {
  return sheet(
    name,
    [
      ['RESULTADO INSTITUCIONAL', 'PRODUCTO / SUBPRODUCTO', null],
      ['Descripción de Resultado', 'Producto:', 'Asistencia y Protección a las Personas Migrantes'],
      [null, null, 'Migrantes nacionales y extranjeros atendidos para la protección y asistencia de sus derechos'],
      [null, null, 'Migrantes atendidos en albergues y centros de retornados'],
      [statement(2030, '1,347,953'), 'Producto:', 'Emisión de Documentos Migratorios'],
      [null, null, 'Emisión de Documentos Migratorios'],
      [null, null, 'Prórroga de Documentos Migratorios'],
      [null, 'Producto:', 'Registro, control y emisión de visas y residencias'],
      [null, null, 'Visas guatemaltecas emitidas'],
      [null, null, 'Residencias emitidas'],
      [null, null, 'Registro de Extranjería'],
      [],
      ['RESULTADO INSTITUCIONAL', 'PRODUCTO / SUBPRODUCTO', null],
      [
        'Descripción de Resultado',
        'Producto:',
        'Control, registro de Nacionales y extranjeros en el territorio nacional',
      ],
      [
        delegations(2030, 11),
        null,
        'Personas nacionales y extranjeras con registro de ingreso, permanencia y egreso del país',
      ],
      [
        null,
        null,
        'Informes de avances de socialización, implementación, ejecución y evaluación de la Política Migratoria',
      ],
    ],
    { merges: ['B1:C1', 'B13:C13', 'A5:A11'] },
  );
}

/** §9.4: coverage with the 1/0 flag, departments and municipalities (and the seed's misplaced product cell). */
export function seedCoverage(name = 'Cobertura'): SheetSnapshot {
  const header: CellSpec[] = [
    'RESULTADO INSTITUCIONAL',
    'PRODUCTO / SUBPRODUCTO',
    null,
    'PRODUCTOS DE MAYOR CONTRIBUCIÓN A LA POLÍTICA GENERAL DE GOBIERNO (1 / 0)',
    'COBERTURA DE DEPARTAMENTOS',
    'COBERTURA DE MUNICIPIOS',
  ];
  const national = 'COBERTURA A NIVEL NACIONAL';
  return sheet(
    name,
    [
      header,
      ['Descripción de Resultado', 'Producto:', 'Asistencia y Protección a las Personas Migrantes', 1],
      [
        statement(2030, '1,347,953'),
        null,
        'Migrantes nacionales y extranjeros atendidos para la protección y asistencia de sus derechos',
        null,
        national,
        national,
      ],
      [null, null, 'Migrantes atendidos en albergues y centros de retornados'],
      [null, 'Producto:', 'Emisión de Documentos Migratorios', 1],
      [
        null,
        null,
        'Emisión de Documentos Migratorios',
        null,
        'GUATEMALA ESCUINTLA QUETZALTENANGO PETÉN',
        'GUATEMALA SAN JOSÉ QUETZALTENANGO FLORES',
      ],
      [null, null, 'Prórroga de Documentos Migratorios'],
      [],
      header,
      [
        delegations(2030, 11),
        'Producto: Control, Registro de Nacionales y Extranjeros en el Territorio Nacional',
        'Registro, Control y Emisión de Visas y Residencias',
        0,
      ],
      [null, null, 'Visas guatemaltecas emitidas', null, national, national],
      [null, null, 'Residencias emitidas'],
      [null, null, 'Registro de extranjería'],
    ],
    { merges: ['B1:C1', 'B9:C9'] },
  );
}

/** §3.1: PGG linkage with a two-row header, axis and objective merged down, 1/0 per product. */
export function seedPgg(name = 'PGG'): SheetSnapshot {
  const products: [string, number | null][] = [
    ['Producto: Dirección y Coordinación', 0],
    ['Dirección y Coordinación', null],
    ['Producto: Asistencia y Protección a las Personas Migrantes', 1],
    ['Migrantes nacionales y extranjeros atendidos para la protección y asistencia de sus derechos', null],
    ['Migrantes atendidos en albergues y centros de retornados', null],
    ['Producto: Emisión de Documentos Migratorios', 1],
    ['Emisión de Documentos Migratorios', null],
    ['Prórroga de Documentos Migratorios', null],
  ];
  return sheet(
    name,
    [
      ['3.1. Matriz de vinculación a la Política General de Gobierno 2024-2028 con Estructura Programática'],
      [],
      [
        'POLÍTICA GENERAL DE GOBIERNO 2024-2028',
        null,
        'RESULTADO INSTITUCIONAL',
        'PRODUCTO / SUBPRODUCTO',
        'PRODUCTOS DE MAYOR CONTRIBUCIÓN A LA POLÍTICA GENERAL DE GOBIERNO (1 / 0)',
      ],
      ['Ejes Estratégicos', 'Objetivo', 'Descripción de Resultado'],
      ...products.map(([p, flag], i) =>
        i === 0
          ? [
              '9 Una ciudadanía sin fronteras',
              'Fortalecer la coordinación interinstitucional para brindar la atención, asistencia y protección a los migrantes.',
              'Para el año 2026 se ha incrementado la protección de derechos a personas migrantes a 686,372 personas acumulado (de 64,660 en el año 2021 a 868,372 personas en el año 2026)',
              p,
              flag,
            ]
          : [null, null, null, p, flag],
      ),
    ],
    { origin: 'B1', merges: ['B3:C3', 'D3:D4', 'E3:E4', 'F3:F4', 'B5:B12', 'C5:C12', 'D5:D12'] },
  );
}

/** §3: policy analysis, policy names on the left without a header. */
export function seedPolicy(name = 'Políticas'): SheetSnapshot {
  return sheet(
    name,
    [
      [null, null, 'OBJETIVO GENERAL', 'OBJETIVOS ESPECÍFICOS O EJES', 'METAS O ACCIONES', 'INDICADORES'],
      [
        'POLÍTICAS GENERALES',
        "PLAN NACIONAL DE DESARROLLO K'ATUN: NUESTRA GUATEMALA 2032.",
        'El Plan pretende que la relación entre democracia, desarrollo y derechos humanos se consolide.',
        'Eje 5. El Estado como garante de los derechos humanos y conductor del desarrollo.',
        'El eje plantea tres prioridades.',
        'Porcentaje de migrantes nacionales y extranjeros atendidos para la Asistencia y protección de derechos.',
      ],
      [
        null,
        'OBJETIVOS DE DESARROLLO SOSTENIBLE',
        'Los Objetivos de Desarrollo Sostenible (ODS) asumen la tarea de finalizar los temas pendientes.',
        'Objetivo 5: Lograr la igualdad y empoderar a las mujeres y niñas',
        'Meta 5.2 Eliminar todas las formas de violencia contra todas las mujeres y las niñas.',
        'Porcentaje de asistencia y protección a niñas migrantes.',
      ],
      [
        null,
        null,
        null,
        'Objetivo 10: Reducir la desigualdad entre.',
        'Meta 10.7 Facilitar la migración y la movilidad ordenadas, seguras, regulares y responsables.',
        'Indicador 10.7.2 Número de países que han aplicado políticas migratorias bien gestionadas',
      ],
    ],
    { merges: ['A2:A4', 'C3:C4'] },
  );
}
