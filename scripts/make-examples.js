#!/usr/bin/env node
/**
 * Writes the example workbooks in examples/*.xlsx and, for every faulty workbook, the list of
 * mistakes it carries in test/fixtures/pom/expected/<name>.json.
 *
 *   node scripts/make-examples.js [xlsxDir] [expectedDir]
 *
 * The workbooks are built the way an institution types them in Excel, not the way a program
 * would: titles above the tables, merged two-row headers, blank separator rows, "Q" formats,
 * codes typed as text ("01") or as numbers, typed totals beside formulas (with the cached results
 * Excel would have saved), bold product rows, the seed's own header typos.
 *
 * Each institution is built by one function that receives a `Faults` object: the correct
 * workbook and its faulty twin come from the same code, and every difference between them is a
 * documented mistake (with the cell at fault), so the twins cannot drift apart.
 *
 * Deterministic: fixed workbook properties, no dates from the clock.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

const ROOT = path.resolve(__dirname, '..');
const FIXED_DATE = new Date(Date.UTC(2025, 3, 30, 12, 0, 0));

const FMT = {
  q: '"Q"#,##0.00',
  qSpaced: '"Q" #,##0.00',
  int: '#,##0',
  pct: '0%',
  pct2: '0.00%',
  dec2: '0.00',
};

const THIN = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

// ---------------------------------------------------------------------------------------------
// Small writing helpers
// ---------------------------------------------------------------------------------------------

function columnLetters(index) {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnIndex(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Planifica (ejemplos)';
  wb.lastModifiedBy = 'Planifica (ejemplos)';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.lastPrinted = undefined;
  wb.calcProperties = { fullCalcOnLoad: false };
  return wb;
}

/** A worksheet with helpers that apply the usual look of a typed planning matrix. */
function sheetWriter(wb, name, widths) {
  const ws = wb.addWorksheet(name);
  if (widths) ws.columns = widths.map((width) => ({ width }));
  const w = {
    ws,
    name,
    /** Sets a cell; style: { bold, fmt, wrap, header, border, center, italic, size }. */
    set(address, value, style = {}) {
      const cell = ws.getCell(address);
      cell.value = value === undefined ? null : value;
      if (style.fmt) cell.numFmt = style.fmt;
      const font = {};
      if (style.bold || style.header) font.bold = true;
      if (style.italic) font.italic = true;
      if (style.size) font.size = style.size;
      if (Object.keys(font).length) cell.font = font;
      if (style.header) cell.fill = HEADER_FILL;
      if (style.border || style.header) cell.border = BORDER;
      const alignment = {};
      if (style.wrap || style.header) alignment.wrapText = true;
      if (style.center || style.header) {
        alignment.horizontal = 'center';
        alignment.vertical = 'middle';
      }
      if (style.indent) alignment.indent = style.indent;
      if (Object.keys(alignment).length) cell.alignment = alignment;
      return cell;
    },
    /** Merges a range and writes its top-left cell. */
    merge(range, value, style = {}) {
      ws.mergeCells(range);
      return w.set(range.split(':')[0], value, style);
    },
    /** Writes values to the right of a start cell (undefined skips a cell). */
    row(startAddress, values, style = {}) {
      const match = /^([A-Z]+)(\d+)$/.exec(startAddress);
      const col = columnIndex(match[1]);
      values.forEach((value, i) => {
        if (value === undefined) return;
        w.set(`${columnLetters(col + i)}${match[2]}`, value, typeof style === 'function' ? style(i) : style);
      });
    },
  };
  return w;
}

/** A formula cell as Excel saves it: the formula and its cached result. */
function formula(text, result) {
  return { formula: text, result };
}

function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}

/**
 * The mistakes of a faulty twin. `pick(right, wrong)` chooses the value to write; `add(...)`
 * records the mistake with the cell at fault. In the correct twin nothing is recorded.
 */
class Faults {
  constructor(faulty) {
    this.faulty = faulty;
    this.list = [];
  }
  pick(right, wrong) {
    return this.faulty ? wrong : right;
  }
  add(kind, sheet, range, note, related) {
    if (!this.faulty) return;
    const entry = { kind, sheet, range };
    if (related && related.length) entry.related = related.map(([s, r]) => ({ sheet: s, range: r }));
    entry.note = note;
    this.list.push(entry);
  }
}

function fmtNumber(n) {
  return n.toLocaleString('en-US');
}

// ---------------------------------------------------------------------------------------------
// Instituto Guatemalteco de Migración — POM 2026-2030 (seed 001)
// ---------------------------------------------------------------------------------------------

const IGM_YEARS = [2026, 2027, 2028, 2029, 2030];
const IGM_NAME = 'INSTITUTO GUATEMALTECO DE MIGRACIÓN';

const IGM_BUDGET = [
  ['01', 'Actividades Centrales', [292649151, 350187509, 354450852, 355086970, 360306416]],
  ['11', 'Derecho Migratorio', [85563028, 84419647, 79009897, 79397828, 79698121]],
  ['12', 'Control Migratorio', [109032118, 104600158, 104355938, 104355938, 104355938]],
  ['99', 'Partidas no Asignables a Programas', [82260000, 76260000, 76350000, 76400000, 76450000]],
];

/**
 * Products and subproducts with their goals (§7, §9.3, §9.5 reconstructed so that everything
 * adds up: programme budgets = sum of their products; subproducts add up to their product in
 * Quetzales, and in quantity within one unit).
 */
const IGM_PRODUCTS = [
  {
    key: 'dir',
    name: 'Dirección y Coordinación',
    unit: 'Documento',
    programme: ['01', '00', '00', '001'],
    activity: 'Servicios de Dirección y Coordinación',
    pgg: 0,
    subs: [
      {
        name: 'Dirección y Coordinación',
        name93: 'Dirección y coordinación',
        unit: 'Documento',
        physical: [3, 3, 3, 3, 3],
        financial: [292649151, 350187509, 354450852, 355086970, 360306416],
      },
    ],
    physical: [3, 3, 3, 3, 3],
  },
  {
    key: 'asis',
    name: 'Asistencia y Protección a las Personas Migrantes',
    unit: 'Persona',
    programme: ['11', '00', '00', '001'],
    activity: 'Asistencia y Protección a las Personas Migrantes',
    pgg: 1,
    result: 0,
    subs: [
      {
        name: 'Migrantes nacionales y extranjeros atendidos para la protección y asistencia de sus derechos',
        unit: 'Persona',
        physical: [125924, 103669, 103669, 134064, 145178],
        financial: [27495564, 27389074, 27674433, 27577394, 27362657],
      },
      {
        name: 'Migrantes atendidos en albergues y centros de retornados',
        unit: 'Persona',
        physical: [40000, 40000, 40000, 45000, 50000],
        financial: [11000000, 11000000, 11500000, 12000000, 12500000],
      },
    ],
    physical: [165924, 143669, 143669, 179064, 195178],
  },
  {
    key: 'emis',
    name: 'Emisión de Documentos Migratorios',
    unit: 'Documento',
    unit91: 'Documentos',
    programme: ['11', '00', '00', '002'],
    activity: 'Emisión de Documentos Migratorios',
    pgg: 1,
    result: 0,
    subs: [
      {
        name: 'Emisión de Documentos Migratorios',
        unit: 'Documento',
        physical: [1135189, 1191948, 1251545, 1314123, 1379829],
        financial: [42696173, 41289182, 35579173, 35579173, 35579173],
      },
      {
        name: 'Prórroga de Documentos Migratorios',
        unit: 'Documento',
        physical: [90000, 102000, 116000, 125000, 138000],
        financial: [178999, 180640, 180000, 180000, 180000],
      },
    ],
    physical: [1225189, 1293948, 1367545, 1439123, 1517829],
  },
  {
    key: 'visas',
    name: 'Registro, Control y Emisión de Visas y Residencias',
    name92: 'Registro, control y emisión de visas y residencias',
    unit: 'Documento',
    unit91: 'Documentos',
    programme: ['11', '00', '00', '003'],
    activity: 'Registro, Control y Emisión de Visas y Residencias',
    pgg: 0,
    result: 0,
    subs: [
      {
        name: 'Visas guatemaltecas emitidas',
        unit: 'Documento',
        physical: [9601, 10081, 10585, 11115, 11670],
        financial: [1569352, 1524352, 1539352, 1524352, 1539352],
      },
      {
        name: 'Residencias emitidas',
        unit: 'Documento',
        physical: [7913, 8309, 8725, 9159, 9618],
        financial: [1754353, 2167812, 1668352, 1668322, 1668352],
      },
      {
        name: 'Registro de Extranjería',
        name93: 'Registro de extranjería',
        unit: 'Documento',
        physical: [28140, 29547, 31024, 32576, 34204],
        financial: [868587, 868587, 868587, 868587, 868587],
      },
    ],
    physical: [45654, 47937, 50334, 52850, 55492],
  },
  {
    key: 'control',
    name: 'Control, Registro de Nacionales y Extranjeros en el Territorio Nacional',
    name92: 'Control, registro de Nacionales y extranjeros en el territorio nacional',
    unit: 'Persona',
    programme: ['12', '00', '00', '001'],
    activity: 'Control, Registro de Nacionales y Extranjeros en el Territorio Nacional',
    pgg: 0,
    result: 1,
    subs: [
      {
        name: 'Personas nacionales y extranjeras con registro de ingreso, permanencia y egreso del país',
        unit: 'Persona',
        physical: [18217029, 18993629, 20798024, 22773836, 24937351],
        financial: [107293118, 102871158, 102626938, 102626938, 102626938],
      },
      {
        name: 'Informes de avances de socialización, implementación, ejecución y evaluación de la Política Migratoria',
        unit: 'Documento',
        physical: [4, 4, 4, 4, 4],
        financial: [1200000, 1200000, 1200000, 1200000, 1200000],
      },
      {
        key: 'cert',
        name: 'Personas atendidas en la emisión de certificaciones de control migratorio',
        unit: 'Persona',
        physical: [50000, 51660, 54243, 56955, 59803],
        financial: [539000, 529000, 529000, 529000, 529000],
      },
    ],
    physical: [18267029, 19045289, 20852267, 22830791, 24997154],
  },
  {
    key: 'aportes',
    name: 'Aportes a Instituciones Nacionales e Internacionales',
    unit: 'Documento',
    programme: ['99', '00', '00', '001'],
    activity: 'Aportes a instituciones nacionales e internacionales',
    pgg: 0,
    subs: [
      {
        name: 'Aportes a instituciones nacionales e internacionales',
        name31: 'Aportes a Instituciones Nacionales e Internacionales',
        unit: 'Documento',
        physical: [23, 23, 23, 23, 23],
        financial: [82260000, 76260000, 76350000, 76400000, 76450000],
      },
    ],
    physical: [23, 23, 23, 23, 23],
  },
];

const IGM_INDICATORS = [
  {
    product: 'asis',
    matrixName: 'Asistencia y Protección a las Personas Migrantes',
    name: 'Porcentaje de asistencia y protección de migrantes',
    baseline: { year: 2023, absolute: 76721, relative: 0.8377, value: 83.77 },
    objective: 'Personas migrantes nacionales y extranjeros atendidos para la protección y asistencia de sus derechos',
    interpretation:
      'El indicador puede asumir valores en un rango de cero a 100%. El resultado muestra el porcentaje de gestiones realizadas respecto con las programadas.',
    formula:
      '11-0-0-1-0-1 - Asistencia y Protección a las Personas Migrantes *FAP / Total de solicitudes de asistencia y protección a migrantes programadas',
    howTo: 'A través de la Subdirección de Atención y Protección de Derechos Fundamentales de los Migrantes',
    source:
      'Informes de casos atendidos que presentan cada centro de atención y protección y reportes generados de los sistemas estadísticos',
    methodologyFrom: 'de los centros de atención',
    production: [
      'Asistencia y Protección a las Personas Migrantes',
      'Asistencia y Protección a las Personas Migrantes / Total de solicitudes de asistencia y protección a migrantes programadas',
    ],
    notes: 'La Institución atiende los casos de acuerdo con las solicitudes recibidas por parte de la población.',
  },
  {
    product: 'emis',
    matrixName: 'Emisión de Documentos Migratorios',
    name: 'Porcentaje de documentos migratorios emitidos',
    baseline: { year: 2023, absolute: 758200, relative: 0.9753, value: 97.53 },
    objective: 'Personas migrantes nacionales y extranjeros atendidos para la protección y asistencia de sus derechos',
    interpretation:
      'El indicador puede asumir valores en un rango de cero a 100%. El resultado muestra el porcentaje de gestiones realizadas respecto con las programadas.',
    formula: '11-0-0-2-0-1 - Emisión de Documentos Migratorios *FAP / Total de solicitudes de pasaportes programadas',
    howTo: 'A través de la Subdirección de Documentos de Identidad Personal y de Viaje',
    source: 'Informes pasaportes emitidos y reportes generados de los sistemas estadísticos',
    methodologyFrom: 'de los centros de emisión de pasaportes',
    production: [
      'Emisión de Documentos Migratorios',
      'Emisión de Documentos Migratorios / Total de solicitudes de pasaportes programadas',
    ],
    notes: 'La Institución atiende de acuerdo con las solicitudes recibidas por parte de la población.',
  },
  {
    product: 'visas',
    matrixName: 'Registro, Control y Emisión de Visas y Residencias',
    name: 'Porcentaje de documentos de extranjería',
    baseline: { year: 2023, absolute: 36439, relative: 0.8949, value: 89.49 },
    objective: 'Personas migrantes nacionales y extranjeros atendidos para la protección y asistencia de sus derechos',
    interpretation:
      'El indicador puede asumir valores en un rango de cero a 100%. El resultado muestra el porcentaje de gestiones realizadas respecto a las programadas.',
    formula:
      '11-0-3-0-1 - Registro, control y emisión de Visas y Residencias *FAP / Total de solicitudes de visas, residencias y certificaciones a migrantes programadas',
    howTo: 'A través de la Subdirección de Extranjería',
    source: 'Informes visas, residencias y certificaciones emitidas y reportes generados de los sistemas estadísticos',
    methodologyFrom: 'de la Subdirección de Extranjería',
    production: [
      'Registro, control y emisión de Visas y Residencias',
      'Registro, control y emisión de Visas y Residencias / Total de solicitudes de visas, residencias y certificaciones a migrantes',
    ],
    notes: 'La Institución atiende los casos de acuerdo con las solicitudes recibidas por parte de la población.',
  },
  {
    product: 'control',
    matrixName: 'Control, Registro de Nacionales y Extranjeros en el Territorio Nacional',
    name: 'Porcentaje de cobertura de control migratorio',
    baseline: { year: 2023, absolute: 10506122, relative: 0.8897, value: 88.97 },
    objective: 'Control, registro de nacionales y extranjeros con registro de ingreso, permanencia y egreso del país',
    interpretation:
      'El indicador puede asumir valores en un rango de cero a 100%. El resultado muestra el porcentaje de gestiones realizadas respecto a las programadas.',
    formula:
      '12-00-000-001 Control, registro de Nacionales y Extranjeros en el territorio nacional *FAP / Total de registro de personas migrantes que ingresan o egresan de país programados',
    howTo: 'A través de la Subdirección de Control Migratorio',
    source: 'Informes mensuales del flujo migratorio',
    methodologyFrom: 'de las sedes fronterizas migratorias',
    production: [
      'Control, registro de Nacionales y Extranjeros en el territorio nacional',
      'Control, registro de Nacionales y Extranjeros en el territorio nacional / Total de registro de personas migrantes que ingresan o egresan de país programados',
    ],
    notes: 'La Institución atiende los casos de acuerdo con las solicitudes recibidas por parte de la población.',
  },
];

/** Cumulative result 1 (personas) and result 2 (delegaciones) per year. */
const IGM_RESULT_PEOPLE = [686372, 830041, 973710, 1152774, 1347952];
const IGM_RESULT_OFFICES = [7, 8, 9, 10, 11];

function igmPeopleStatement(i, { stated, final, finalYear } = {}) {
  const year = IGM_YEARS[i];
  const n = fmtNumber(IGM_RESULT_PEOPLE[i]);
  return (
    `Para el año ${year} se ha incrementado la protección de derechos a personas migrantes a ${stated || n} ` +
    `personas acumulado (de 64,660 en el año 2021 a ${final || n} personas en el año ${finalYear || year}).`
  );
}

function igmOfficesStatement(i, finalYear) {
  const year = IGM_YEARS[i];
  const n = IGM_RESULT_OFFICES[i];
  return (
    `Para el año ${year} se ha incrementado la cobertura del registro de control migratorio por las vías de ` +
    `acceso legal a ${n} delegaciones, acumulado (de 1 delegación en el año 2021 a ${n} en el año ${finalYear || year}).`
  );
}

function igmFinancial(product) {
  return IGM_YEARS.map((_, y) => sum(product.subs.map((s) => s.financial[y])));
}

/** The reconstruction must add up; a typo in the data above would otherwise become a silent extra mistake. */
function checkIgmData() {
  const programmeOf = (p) => p.programme[0];
  IGM_BUDGET.forEach(([code, , amounts]) => {
    IGM_YEARS.forEach((year, y) => {
      const products = IGM_PRODUCTS.filter((p) => programmeOf(p) === code);
      const total = sum(products.map((p) => igmFinancial(p)[y]));
      if (total !== amounts[y])
        throw new Error(`IGM: el programa ${code} ${year} no cuadra (${total} ≠ ${amounts[y]})`);
    });
  });
  for (const p of IGM_PRODUCTS) {
    const sameUnit = p.subs.filter((s) => s.unit === p.unit);
    const mixed = sameUnit.length !== p.subs.length;
    const counted = mixed ? p.subs.filter((s) => s.unit === 'Persona' && p.unit === 'Persona') : sameUnit;
    if (mixed && p.unit !== 'Persona') continue;
    IGM_YEARS.forEach((year, y) => {
      const total = sum(counted.map((s) => s.physical[y]));
      if (total !== p.physical[y]) throw new Error(`IGM: meta física de ${p.name} ${year} no cuadra (${total})`);
    });
  }
  IGM_RESULT_PEOPLE.forEach((n, y) => {
    if (y > 0 && n - IGM_RESULT_PEOPLE[y - 1] !== IGM_PRODUCTS[1].physical[y]) {
      throw new Error(`IGM: el resultado acumulado ${IGM_YEARS[y]} no crece con la meta del producto`);
    }
  });
}

function buildIgm(F) {
  checkIgmData();
  const wb = newWorkbook();
  wb.title = 'Plan Operativo Multianual 2026-2030';
  wb.company = IGM_NAME;
  const cells = {}; // addresses other sheets refer to (for `related`)

  // Sheets in document order; some are filled after others because of cross references.
  const policy = sheetWriter(wb, '3 Análisis de políticas', [22, 26, 40, 34, 40, 36]);
  const pgg = sheetWriter(wb, '3.1 Vinculación PGG', [18, 40, 40, 60, 16]);
  const results = sheetWriter(wb, '5 Resultados', [40, 40, 40, 40, 40]);
  const budget = sheetWriter(wb, '8 Presupuesto', [8, 36, 18, 18, 18, 18, 18]);
  const fichas = sheetWriter(wb, '9.1 Fichas indicadores', [30, 14, 12, 12, 12, 12, 12, 12]);
  const indicators = sheetWriter(
    wb,
    '9.1 Indicadores multianual',
    [34, 14, 30, 8, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 14, 10],
  );
  const chain = sheetWriter(wb, '9.2 Resultados y productos', [44, 11, 60]);
  const programmatic = sheetWriter(wb, '9.3 Red programática', [11, 58, 14, 40, 11, 13, 11, 11]);
  const coverage = sheetWriter(wb, '9.4 Cobertura', [40, 11, 50, 18, 34, 34]);
  const goals = sheetWriter(wb, '9.5 Metas multianuales', [58, 13, 13, 18, 13, 18, 13, 18, 13, 18, 13, 18]);

  const product = (key) => IGM_PRODUCTS.find((p) => p.key === key);

  // ---- §8 Proyección del presupuesto ------------------------------------------------------
  budget.set('A1', '8. PROYECCIÓN DEL PRESUPUESTO', { bold: true, size: 12 });
  const budgetSentence = F.pick(
    'El presupuesto distribuido por programa y la proyección para los años 2026 al 2030, se presenta a continuación:',
    'El presupuesto distribuido por programa y la proyección para los años 2025 al 2029, se presenta a continuación:',
  );
  budget.merge('A3:G3', budgetSentence, { wrap: true });
  budget.ws.getRow(3).height = 30;
  budget.row('A5', ['PRG', 'DESCRIPCIÓN', ...IGM_YEARS], { header: true });
  IGM_BUDGET.forEach(([code, description, amounts], i) => {
    const r = 6 + i;
    budget.set(`A${r}`, code, { border: true, center: true });
    budget.set(`B${r}`, description, { border: true });
    amounts.forEach((amount, y) =>
      budget.set(`${columnLetters(3 + y)}${r}`, amount, { fmt: FMT.qSpaced, border: true }),
    );
  });
  budget.set('B10', 'Total', { bold: true, border: true });
  IGM_YEARS.forEach((year, y) => {
    const col = columnLetters(3 + y);
    const total = sum(IGM_BUDGET.map((p) => p[2][y]));
    budget.set(`${col}10`, formula(`SUM(${col}6:${col}9)`, total), { fmt: FMT.qSpaced, bold: true, border: true });
    cells[`budgetTotal${year}`] = `${col}10`;
  });
  F.add(
    'narrative-mismatch',
    budget.name,
    'A3',
    'El texto anuncia la proyección "para los años 2025 al 2029", pero el cuadro presenta los años 2026 a 2030.',
    [
      [budget.name, 'C5'],
      [budget.name, 'G5'],
    ],
  );

  // ---- §9.5 Productos, subproductos y metas multianuales ------------------------------------
  goals.set('A1', IGM_NAME, { bold: true });
  goals.set('A2', '9.5. PRODUCTOS, SUBPRODUCTOS Y METAS MULTIANUALES', { bold: true, size: 12 });
  goals.merge(
    'A3:L3',
    'En el siguiente cuadro se encuentran los productos, subproductos, asignaciones presupuestarias para cumplir con cada una de las metas establecidas para ser ejecutadas en los años 2026, 2027, 2028, 2029 y 2030.',
    { wrap: true },
  );
  goals.ws.getRow(3).height = 30;
  goals.merge('A5:L5', 'PLAN OPERATIVO MULTIANUAL', { bold: true, center: true });
  goals.merge('A6:A7', 'PRODUCTO / SUBPRODUCTO', { header: true });
  goals.merge('B6:B7', 'UNIDAD DE MEDIDA', { header: true });
  const goalsSubHeaders = [
    ['Métro Física', 'Métro Financiera'],
    ['Métro Física', 'Métro Financiera'],
    ['Metro Física', 'Métro Financiera'],
    ['Metro Física', 'Métro Financiera'],
    ['Metro Física', 'Métro Financiera'],
  ];
  IGM_YEARS.forEach((year, y) => {
    const phys = columnLetters(3 + 2 * y);
    const fin = columnLetters(4 + 2 * y);
    goals.merge(`${phys}6:${fin}6`, year, { header: true });
    goals.set(`${phys}7`, goalsSubHeaders[y][0], { header: true });
    goals.set(`${fin}7`, goalsSubHeaders[y][1], { header: true });
  });
  let r = 8;
  const goalRows = {};
  for (const p of IGM_PRODUCTS) {
    const productRow = r;
    goalRows[p.key] = productRow;
    goals.set(`A${r}`, `Producto: ${p.name}`, { bold: true, border: true, wrap: true });
    let unit = p.unit;
    if (p.key === 'control') unit = F.pick('Persona', 'Documento');
    goals.set(`B${r}`, unit, { bold: true, border: true });
    const fin = igmFinancial(p);
    const firstSub = r + 1;
    const lastSub = r + p.subs.length;
    IGM_YEARS.forEach((year, y) => {
      const physCol = columnLetters(3 + 2 * y);
      const finCol = columnLetters(4 + 2 * y);
      let physical = p.physical[y];
      if (p.key === 'control') {
        const wrong = { 2027: 19045389, 2028: 20852257, 2030: 24997254 }[year];
        if (wrong) physical = F.pick(physical, wrong);
      }
      goals.set(`${physCol}${r}`, physical, { fmt: FMT.int, bold: true, border: true });
      const sumText = p.subs.length === 1 ? `${finCol}${firstSub}` : `SUM(${finCol}${firstSub}:${finCol}${lastSub})`;
      goals.set(`${finCol}${r}`, formula(sumText, fin[y]), { fmt: FMT.q, bold: true, border: true });
    });
    r += 1;
    for (const s of p.subs) {
      let name = s.name;
      if (s.name === 'Visas guatemaltecas emitidas') name = F.pick(name, 'Vistas Guatemaltecas emitidas');
      goals.set(`A${r}`, name, { border: true, wrap: true, indent: 2 });
      goals.set(`B${r}`, s.unit, { border: true });
      if (s.key) goalRows[s.key] = r;
      if (s.name === 'Visas guatemaltecas emitidas') goalRows.visasSub = r;
      IGM_YEARS.forEach((_, y) => {
        goals.set(`${columnLetters(3 + 2 * y)}${r}`, s.physical[y], { fmt: FMT.int, border: true });
        goals.set(`${columnLetters(4 + 2 * y)}${r}`, s.financial[y], { fmt: FMT.q, border: true });
      });
      r += 1;
    }
  }
  const goalsTotalRow = r;
  goals.set(`A${r}`, 'Total', { bold: true, border: true });
  goals.set(`B${r}`, null, { border: true });
  const wrongTotals = { 2026: 565504297, 2029: 615240738, 2030: 610910475 };
  IGM_YEARS.forEach((year, y) => {
    const right = sum(IGM_BUDGET.map((p) => p[2][y]));
    const typed = wrongTotals[year] ? F.pick(right, wrongTotals[year]) : right;
    goals.set(`${columnLetters(3 + 2 * y)}${r}`, null, { border: true });
    goals.set(`${columnLetters(4 + 2 * y)}${r}`, typed, { fmt: FMT.q, bold: true, border: true });
  });

  // ---- §9.1 Ficha de indicadores de productos a nivel multianual --------------------------
  indicators.merge('A1:R1', 'FICHA DE INDICADORES DE PRODUCTOS A NIVEL MULTIANUAL', { bold: true, center: true });
  indicators.merge('A2:R2', IGM_NAME, { center: true });
  indicators.merge('A4:A7', 'PRODUCTOS', { header: true });
  indicators.merge('B4:B7', 'UNIDAD DE MEDIDA DEL PRODUCTO', { header: true });
  indicators.merge('C4:C7', 'NOMBRE DEL INDICADOR DEL PRODUCTO', { header: true });
  indicators.merge('D4:P4', 'INDICADORES DE PRODUCTOS', { header: true });
  indicators.merge('Q4:R4', 'TOTAL, META MULTIANUAL', { header: true });
  indicators.merge('D5:F5', 'LINEA DE BASE', { header: true });
  indicators.merge('D6:D7', 'AÑO', { header: true });
  indicators.merge('E6:E7', 'Datos Absolutos', { header: true });
  indicators.merge('F6:F7', 'Datos Relativos', { header: true });
  IGM_YEARS.forEach((year, y) => {
    const abs = columnLetters(7 + 2 * y);
    const rel = columnLetters(8 + 2 * y);
    indicators.merge(`${abs}5:${rel}5`, year, { header: true });
    indicators.merge(`${abs}6:${rel}6`, 'META', { header: true });
    indicators.set(`${abs}7`, 'Datos Absolutos', { header: true });
    indicators.set(`${rel}7`, 'Datos Relativos', { header: true });
  });
  indicators.merge('Q5:R5', '2026-2030', { header: true });
  indicators.merge('Q6:Q7', 'Datos absolutos', { header: true });
  indicators.merge('R6:R7', 'Datos Relativos', { header: true });
  const indicatorRows = {};
  IGM_INDICATORS.forEach((ind, i) => {
    const row = 8 + i;
    const p = product(ind.product);
    indicatorRows[ind.product] = row;
    indicators.set(`A${row}`, ind.matrixName, { border: true, wrap: true });
    indicators.set(`B${row}`, p.unit91 || p.unit, { border: true });
    indicators.set(`C${row}`, ind.name, { border: true, wrap: true });
    indicators.set(`D${row}`, ind.baseline.year, { border: true, center: true });
    indicators.set(`E${row}`, ind.baseline.absolute, { fmt: FMT.int, border: true });
    indicators.set(`F${row}`, ind.baseline.relative, { fmt: FMT.pct2, border: true });
    IGM_YEARS.forEach((year, y) => {
      let absolute = p.physical[y];
      if (p.key === 'emis' && year === 2030) absolute = F.pick(absolute, 1517);
      indicators.set(`${columnLetters(7 + 2 * y)}${row}`, absolute, { fmt: FMT.int, border: true });
      indicators.set(`${columnLetters(8 + 2 * y)}${row}`, 1, { fmt: FMT.pct, border: true });
    });
    let total = sum(p.physical);
    if (p.key === 'visas') total = F.pick(total, 252266);
    indicators.set(`Q${row}`, total, { fmt: FMT.int, border: true, bold: true });
    indicators.set(`R${row}`, 1, { fmt: FMT.pct, border: true });
  });
  {
    const row = indicatorRows.emis;
    F.add(
      'cross-sheet-mismatch',
      indicators.name,
      `O${row}`,
      'La meta 2030 de Emisión de Documentos Migratorios está truncada: 1,517 en lugar de 1,517,829 (9.5 Metas).',
      [[goals.name, `K${goalRows.emis}`]],
    );
    F.add(
      'total-mismatch',
      indicators.name,
      `Q${row}`,
      'El total multianual 6,843,634 no es la suma de los años (5,327,322) porque la meta 2030 se escribió 1,517.',
      [[indicators.name, `O${row}`]],
    );
    F.add(
      'total-mismatch',
      indicators.name,
      `Q${indicatorRows.visas}`,
      'El total multianual de Visas y Residencias dice 252,266 pero los años suman 252,267.',
    );
  }
  {
    const row = goalRows.control;
    const pairs = [
      ['E', 'I', '2027', '19,045,389', '19,045,289'],
      ['G', 'K', '2028', '20,852,257', '20,852,267'],
      ['K', 'O', '2030', '24,997,254', '24,997,154'],
    ];
    for (const [goalCol, indCol, year, wrong, right] of pairs) {
      F.add(
        'cross-sheet-mismatch',
        goals.name,
        `${goalCol}${row}`,
        `Meta física ${year} de Control, Registro de Nacionales y Extranjeros: ${wrong} en 9.5 y ${right} en la matriz multianual de indicadores (que cuadra con su total).`,
        [[indicators.name, `${indCol}${indicatorRows.control}`]],
      );
    }
  }

  // ---- §9.3 Red de categorías programáticas -----------------------------------------------
  programmatic.set('A1', '9.3. VINCULACIÓN DE PRODUCTOS Y SUBPRODUCTOS CON RED DE CATEGORÍAS PROGRAMÁTICAS', {
    bold: true,
    size: 12,
  });
  programmatic.merge(
    'A2:H2',
    'En el siguiente cuadro se detalla la vinculación de productos y subproductos con la red de categorías programáticas identificando el programa, subprograma, proyecto y actividad.',
    { wrap: true },
  );
  programmatic.ws.getRow(2).height = 30;
  programmatic.merge('A4:B4', 'PRODUCTO / SUBPRODUCTO', { header: true });
  programmatic.row(
    'C4',
    ['UNIDAD DE MEDIDA', 'DESCRIPCIÓN DE LA ACTIVIDAD', 'PROGRAMA', 'SUBPROGRAMA', 'PROYECTO', 'ACTIVIDAD'],
    {
      header: true,
    },
  );
  r = 5;
  const progRows = {};
  for (const p of IGM_PRODUCTS) {
    progRows[p.key] = r;
    programmatic.set(`A${r}`, 'Producto:', { bold: true, border: true });
    programmatic.set(`B${r}`, p.name, { bold: true, border: true, wrap: true });
    programmatic.set(`C${r}`, p.unit, { border: true });
    programmatic.set(`D${r}`, p.activity, { border: true, wrap: true });
    let codes = p.programme;
    if (p.key === 'aportes') codes = F.pick(codes, [null, '99', '00', '00']);
    codes.forEach((code, i) => programmatic.set(`${columnLetters(5 + i)}${r}`, code, { border: true, center: true }));
    r += 1;
    for (const s of p.subs) {
      const omitted = s.key === 'cert' && F.faulty;
      if (s.key === 'cert') progRows.cert = r;
      if (s.name === 'Visas guatemaltecas emitidas') progRows.visasSub = r;
      programmatic.set(`A${r}`, null, { border: true });
      programmatic.set(`B${r}`, omitted ? null : s.name93 || s.name, { border: true, wrap: true });
      programmatic.set(`C${r}`, omitted ? null : s.unit, { border: true });
      r += 1;
    }
    r += 1; // blank separator row between products
  }
  F.add(
    'invalid-code',
    programmatic.name,
    `E${progRows.aportes}`,
    'El producto Aportes a Instituciones Nacionales e Internacionales no tiene programa: los códigos se corrieron una columna ("99 00 00" en subprograma, proyecto y actividad).',
    [
      [programmatic.name, `F${progRows.aportes}`],
      [programmatic.name, `G${progRows.aportes}`],
    ],
  );
  F.add(
    'invalid-code',
    programmatic.name,
    `H${progRows.aportes}`,
    'La actividad de Aportes es "00" (2 dígitos; la actividad lleva 3): efecto del corrimiento de los códigos.',
  );
  F.add(
    'cross-sheet-mismatch',
    programmatic.name,
    `B${progRows.control}`,
    'Al producto Control, Registro de Nacionales y Extranjeros (fila del producto) le falta el subproducto "Personas atendidas en la emisión de certificaciones de control migratorio", que sí está en 9.2, 9.4 y 9.5; su fila quedó vacía.',
    [
      [goals.name, `A${goalRows.cert}`],
      [programmatic.name, `B${progRows.cert}`],
      [programmatic.name, `C${progRows.cert}`],
    ],
  );
  F.add(
    'cross-sheet-mismatch',
    goals.name,
    `B${goalRows.control}`,
    'La unidad de medida de Control, Registro de Nacionales y Extranjeros es "Documento" en 9.5 pero "Persona" en 9.3 y en la matriz multianual de indicadores.',
    [
      [programmatic.name, `C${progRows.control}`],
      [indicators.name, `B${indicatorRows.control}`],
    ],
  );
  F.add(
    'cross-sheet-mismatch',
    goals.name,
    `A${goalRows.visasSub}`,
    'Nombre del subproducto escrito "Vistas Guatemaltecas emitidas" en 9.5; en las demás matrices es "Visas guatemaltecas emitidas".',
    [[programmatic.name, `B${progRows.visasSub}`]],
  );
  IGM_YEARS.forEach((year, y) => {
    if (!wrongTotals[year]) return;
    const right = sum(IGM_BUDGET.map((p) => p[2][y]));
    F.add(
      'total-mismatch',
      goals.name,
      `${columnLetters(4 + 2 * y)}${goalsTotalRow}`,
      `El total ${year} de metas financieras dice Q${fmtNumber(wrongTotals[year])} pero los productos (y el presupuesto por programa) suman Q${fmtNumber(right)}.`,
      [[budget.name, cells[`budgetTotal${year}`]]],
    );
  });

  // ---- §9.2 Resultados, productos y subproductos -------------------------------------------
  const resultStatements = [igmPeopleStatement(4), igmOfficesStatement(4)];
  function writeChain(w, extra) {
    w.set('A4', 'RESULTADO INSTITUCIONAL', { header: true });
    w.merge('B4:C4', 'PRODUCTO / SUBPRODUCTO', { header: true });
    w.set('A5', 'Descripción de Resultado', { header: true });
    w.merge('B5:C5', null, { header: true });
    if (extra) extra.headers();
    let row = 6;
    const rows = {};
    for (const resultIndex of [0, 1]) {
      const start = row;
      for (const p of IGM_PRODUCTS.filter((x) => x.result === resultIndex)) {
        rows[p.key] = row;
        w.set(`B${row}`, 'Producto:', { bold: true, border: true });
        w.set(`C${row}`, p.name92 || p.name, { bold: true, border: true, wrap: true });
        if (extra) extra.product(row, p);
        row += 1;
        p.subs.forEach((s, i) => {
          if (s.key === 'cert') rows.cert = row;
          if (s.name === 'Visas guatemaltecas emitidas') rows.visasSub = row;
          w.set(`B${row}`, null, { border: true });
          w.set(`C${row}`, s.name, { border: true, wrap: true });
          if (extra) extra.sub(row, p, i);
          row += 1;
        });
      }
      w.merge(`A${start}:A${row - 1}`, resultStatements[resultIndex], { wrap: true, border: true });
    }
    return rows;
  }
  chain.set('A1', '9.2. RESULTADOS, PRODUCTOS Y SUBPRODUCTOS MULTIANUALES', { bold: true, size: 12 });
  chain.merge(
    'A2:C2',
    'En el siguiente cuadro se encuentra el detalle de la vinculación de productos y subproductos con los Resultados Institucionales, de acuerdo con la red de categorías programáticas.',
    { wrap: true },
  );
  chain.ws.getRow(2).height = 30;
  writeChain(chain);

  // ---- §9.4 Cobertura -------------------------------------------------------------------------
  coverage.set('A1', '9.4. COBERTURA', { bold: true, size: 12 });
  coverage.merge(
    'A2:F2',
    'La atención de las personas migrantes, nacionales y extranjeras, se brinda de manera integral en el territorio nacional, razón por la cual el Instituto Guatemalteco de Migración tiene cobertura a nivel nacional, y brinda servicios en más municipios a través de las Sedes Migratorias Regionales.',
    { wrap: true },
  );
  coverage.ws.getRow(2).height = 45;
  const NATIONAL = 'COBERTURA A NIVEL NACIONAL';
  writeChain(coverage, {
    headers() {
      coverage.merge('D4:D5', 'PRODUCTOS DE MAYOR CONTRIBUCIÓN A LA POLÍTICA GENERAL DE GOBIERNO (1 / 0)', {
        header: true,
      });
      coverage.merge('E4:E5', 'COBERTURA DE DEPARTAMENTOS', { header: true });
      coverage.merge('F4:F5', 'COBERTURA DE MUNICIPIOS', { header: true });
    },
    product(row, p) {
      coverage.set(`D${row}`, p.pgg, { border: true, center: true });
      coverage.set(`E${row}`, null, { border: true });
      coverage.set(`F${row}`, null, { border: true });
    },
    sub(row, p, i) {
      coverage.set(`D${row}`, null, { border: true });
      let departments = null;
      let municipalities = null;
      if (i === 0 && p.key === 'emis') {
        departments =
          'GUATEMALA ESCUINTLA QUETZALTENANGO PETÉN ZACAPA CHIQUIMULA SUCHITEPEQUEZ IZABAL HUEHUETENANGO ALTA VERAPAZ';
        municipalities =
          'GUATEMALA SAN JOSÉ QUETZALTENANGO FLORES RIO HONDO CHIQUIMULA MAZATENANGO PUERTO BARRIOS HUEHUETENANGO COBAN';
      } else if (i === 0) {
        departments = NATIONAL;
        municipalities = NATIONAL;
      }
      coverage.set(`E${row}`, departments, { border: true, wrap: true });
      coverage.set(`F${row}`, municipalities, { border: true, wrap: true });
    },
  });

  // ---- §3.1 Vinculación a la Política General de Gobierno -----------------------------------
  pgg.set('A1', '3.1. Matriz de vinculación a la Política General de Gobierno 2024-2028 con Estructura Programática', {
    bold: true,
    size: 12,
  });
  pgg.merge('A3:B3', 'POLÍTICA GENERAL DE GOBIERNO 2024-2028', { header: true });
  pgg.set('C3', 'RESULTADO INSTITUCIONAL', { header: true });
  pgg.merge('D3:D4', 'PRODUCTO / SUBPRODUCTO', { header: true });
  pgg.merge('E3:E4', 'PRODUCTOS DE MAYOR CONTRIBUCIÓN A LA POLÍTICA GENERAL DE GOBIERNO (1 / 0)', { header: true });
  pgg.row('A4', ['Ejes Estratégicos', 'Objetivo', 'Descripción de Resultado'], { header: true });
  r = 5;
  for (const p of IGM_PRODUCTS) {
    pgg.set(`D${r}`, `Producto: ${p.name}`, { bold: true, border: true, wrap: true });
    pgg.set(`E${r}`, p.pgg, { border: true, center: true });
    r += 1;
    for (const s of p.subs) {
      pgg.set(`D${r}`, s.name31 || s.name, { border: true, wrap: true, indent: 2 });
      pgg.set(`E${r}`, null, { border: true });
      r += 1;
    }
  }
  pgg.merge(`A5:A${r - 1}`, '9 Una ciudadanía sin fronteras', { wrap: true, border: true, center: true });
  pgg.merge(
    `B5:B${r - 1}`,
    'Fortalecer la coordinación interinstitucional para brindar la atención, asistencia y protección, tanto a los migrantes en el extranjero, como a los migrantes en tránsito irregular, resultado de los flujos migratorios, así como a los connacionales retornados por medio de deportación.\n\nFortalecer la prestación de servicios de atención y agilización de los documentos que demande la población migrante, así como, incrementar los servicios tecnológicos y digitales para ampliar y mejorar la atención de los ciudadanos guatemaltecos en el extranjero.',
    { wrap: true, border: true },
  );
  const pggStatement = F.pick(
    igmPeopleStatement(0).replace(/\.$/, ''),
    igmPeopleStatement(0, { final: '868,372' }).replace(/\.$/, ''),
  );
  pgg.merge(`C5:C${r - 1}`, pggStatement, { wrap: true, border: true });
  F.add(
    'narrative-mismatch',
    pgg.name,
    'C5',
    'El resultado dice "a 686,372 personas acumulado" y luego "a 868,372 personas en el año 2026": las dos cifras deben ser iguales (686,372 según la sección 5).',
    [[results.name, 'A7']],
  );

  // ---- §5 Resultado ---------------------------------------------------------------------------
  results.set('A1', '5. RESULTADO', { bold: true, size: 12 });
  results.merge(
    'A2:E2',
    'En el siguiente cuadro, se presenta la matriz de Resultados Estratégicos Institucionales para el Plan Operativo Multianual, que forman parte del Plan Estratégico Institucional PEI 2021-2030.',
    { wrap: true },
  );
  results.merge(
    'A3:E3',
    'Es a partir de los Resultados Estratégicos Institucionales, que las intervenciones proyectadas en el Plan Operativo Multianual 2026-2030; proyectan los cambios en los servicios que se prestan, por medio de la asistencia y protección de migrantes nacionales y extranjeros.',
    { wrap: true },
  );
  results.ws.getRow(2).height = 30;
  results.ws.getRow(3).height = 30;
  for (const [headerRow, statements] of [
    [6, IGM_YEARS.map((_, i) => igmPeopleStatement(i))],
    [9, IGM_YEARS.map((_, i) => (i === 4 ? igmOfficesStatement(i, F.pick(2030, 2025)) : igmOfficesStatement(i)))],
  ]) {
    IGM_YEARS.forEach((year, y) => {
      const col = columnLetters(1 + y);
      results.set(`${col}${headerRow}`, `Año ${year}`, { header: true });
      results.set(`${col}${headerRow + 1}`, statements[y], { wrap: true, border: true });
    });
    results.ws.getRow(headerRow + 1).height = 90;
  }
  F.add(
    'narrative-mismatch',
    results.name,
    'E10',
    'El resultado de la columna 2030 dice "a 11 delegaciones … (de 1 delegación en el año 2021 a 11 en el año 2025)": el año final debe ser 2030.',
    [[results.name, 'E9']],
  );

  // ---- §9.1 Fichas técnicas (stacked on one sheet) ------------------------------------------
  const FICHA_ROWS = 28;
  const firstCodeCell = 'B4';
  IGM_INDICATORS.forEach((ind, i) => {
    const top = 1 + i * FICHA_ROWS;
    const at = (offset) => top + offset;
    fichas.merge(`A${at(0)}:B${at(0)}`, 'Ministerio de Finanzas Públicas\nDirección Técnica de Presupuesto', {
      bold: true,
      wrap: true,
    });
    fichas.merge(`C${at(0)}:F${at(0)}`, 'FICHA TÉCNICA PARA DEFINICIÓN DE INDICADORES', { bold: true, center: true });
    fichas.merge(
      `G${at(0)}:H${at(0)}`,
      `Reporte DTP5\nPresupuesto año 2026\nFecha: Abril-2025\nPágina: ${2 * i + 1} de 8`,
      { wrap: true, size: 8 },
    );
    fichas.ws.getRow(at(0)).height = 48;
    fichas.merge(`A${at(1)}:H${at(1)}`, `1120-0069-000-000 ${IGM_NAME}`, { bold: true });
    const code = F.pick(`${i + 1}.`, '1.');
    const labelled = [
      [3, 'Código y Nombre del Indicador', `${code} ${ind.name}`],
      [4, 'Categoría del Indicador', 'PRODUCTO'],
      [5, 'Objetivo Asociado del Indicador', ind.objective],
      [
        6,
        'Política Pública Asociada',
        "Plan Nacional de Desarrollo K'atun Nuestra Guatemala 2032 - Política Nacional de Gobierno 2024-2028 - SEGURIDAD Y ESTADO DE DERECHO",
      ],
      [7, 'Descripción del Indicador', 'Mide el porcentaje de gestiones realizadas de acuerdo con las programadas'],
      [
        8,
        'Pertinencia',
        'El seguimiento a este indicador refleja la eficiencia de la gestión de la institución, además proporciona información para tomar decisiones, ya sea para la complementación del servicio con otros programas o para el fortalecimiento de la organización a nivel de recurso humano, etc.',
      ],
      [9, 'Interpretación', ind.interpretation],
      [10, 'Formula Calculo', ind.formula],
      [11, 'Frecuencia de Medición', 'Anual'],
    ];
    for (const [offset, label, value] of labelled) {
      fichas.set(`A${at(offset)}`, label, { bold: true, border: true, wrap: true });
      fichas.merge(`B${at(offset)}:H${at(offset)}`, value, { border: true, wrap: true });
    }
    fichas.merge(`A${at(12)}:H${at(12)}`, 'Tendencia y meta del indicador', { header: true });
    const trendYears = [2023, 2025, ...IGM_YEARS];
    fichas.set(`A${at(13)}`, 'Años', { bold: true, border: true });
    fichas.row(`B${at(13)}`, trendYears, { border: true, center: true, bold: true });
    fichas.set(`A${at(14)}`, 'Valor', { bold: true, border: true });
    fichas.row(`B${at(14)}`, [ind.baseline.value, 100, 100, 100, 100, 100, 100], { border: true, center: true });
    fichas.set(`A${at(15)}`, 'Línea Base', { bold: true, border: true });
    fichas.set(`B${at(15)}`, 'Año:', { border: true });
    fichas.set(`C${at(15)}`, ind.baseline.year, { border: true, center: true });
    fichas.set(`D${at(15)}`, 'Valor:', { border: true });
    const valueMissing = F.faulty && i !== 1;
    fichas.set(`E${at(15)}`, valueMissing ? null : ind.baseline.value, { border: true, center: true });
    fichas.set(`A${at(16)}`, 'Explicación de la Tendencia', { bold: true, border: true, wrap: true });
    fichas.merge(
      `B${at(16)}:H${at(16)}`,
      'En el año 2023, se presentan datos para el estudio de la tendencia de las acciones programadas. El 100% programado en los años 2025 al 2030, es la proyección de ejecución que se espera para dichos años.',
      { border: true, wrap: true },
    );
    fichas.set(`A${at(17)}`, 'Como se va a lograr la meta', { bold: true, border: true, wrap: true });
    fichas.merge(`B${at(17)}:H${at(17)}`, ind.howTo, { border: true, wrap: true });
    fichas.merge(`A${at(18)}:H${at(18)}`, 'Medios de Verificación', { header: true });
    const verification = [
      [19, 'Procedencia de los Datos', ind.source],
      [20, 'Unidad Responsable', 'Departamento de Estadística y Archivos'],
      [
        21,
        'Metodología de Recopilación',
        `Mensualmente el Departamento de Estadística y Archivos recopila la información proveniente ${ind.methodologyFrom} y genera los reportes correspondientes en los sistemas estadísticos`,
      ],
    ];
    for (const [offset, label, value] of verification) {
      fichas.set(`A${at(offset)}`, label, { bold: true, border: true, wrap: true });
      fichas.merge(`B${at(offset)}:H${at(offset)}`, value, { border: true, wrap: true });
    }
    fichas.merge(
      `A${at(22)}:H${at(22)}`,
      'Producción asociada al cumplimiento de la meta (aplica únicamente para indicadores de resultado)',
      { header: true },
    );
    fichas.set(`A${at(23)}`, 'Productos', { bold: true, border: true });
    fichas.merge(`B${at(23)}:H${at(23)}`, 'Indicadores', { bold: true, border: true });
    fichas.set(`A${at(24)}`, ind.production[0], { border: true, wrap: true });
    fichas.merge(`B${at(24)}:H${at(24)}`, ind.production[1], { border: true, wrap: true });
    fichas.set(`A${at(25)}`, 'Notas Técnicas', { bold: true, border: true });
    fichas.merge(`B${at(25)}:H${at(25)}`, ind.notes, { border: true, wrap: true });

    if (i > 0) {
      F.add(
        'duplicate-id',
        fichas.name,
        `B${at(3)}`,
        `La ficha "${ind.name}" también está codificada "1.": cada indicador debe tener su propio código (${i + 1}.).`,
        [[fichas.name, firstCodeCell]],
      );
    }
    if (valueMissing) {
      F.add(
        'missing-field',
        fichas.name,
        `E${at(15)}`,
        `La línea base de "${ind.name}" tiene año (2023) pero no valor (${ind.baseline.value}).`,
        [[fichas.name, `C${at(15)}`]],
      );
    }
  });

  // ---- §3 Análisis de políticas ---------------------------------------------------------------
  policy.set('A1', '3. ANÁLISIS DE POLÍTICAS', { bold: true, size: 12 });
  policy.row(
    'A3',
    ['', 'POLÍTICA', 'OBJETIVO GENERAL', 'OBJETIVOS ESPECÍFICOS O EJES', 'METAS O ACCIONES', 'INDICADORES'],
    {
      header: true,
    },
  );
  const policyRows = [
    [
      "PLAN NACIONAL DE DESARROLLO K' ATUN: NUESTRA GUATEMALA 2032.",
      'El Plan pretende, mediante la ejecución del conjunto de lineamientos planteados, que la relación entre democracia, desarrollo y derechos humanos se consolide, al concebirse esta vinculación como la oportunidad para lograr transformaciones sociales y económicas, así como de fortalecimiento del Estado.',
      'Eje 5. El Estado como garante de los derechos humanos y conductor del desarrollo.',
      'El eje plantea tres prioridades: • Fortalecimiento de las capacidades del Estado para responder a los desafíos del desarrollo • Gobernabilidad democrática • Seguridad y justicia con equidad, pertinencia social, cultural, genérica y etaria.',
      'Porcentaje de migrantes nacionales y extranjeros atendidos para la Asistencia y protección de derechos.',
    ],
    [
      'OBJETIVOS DE DESARROLLO SOSTENIBLE',
      'Los Objetivos de Desarrollo Sostenible (ODS) asumen la tarea de finalizar los temas que quedaron pendientes de cumplirse en el marco de los Objetivos de Desarrollo del Milenio (ODM) e incorporan nuevos temas que son importantes para avanzar hacia el desarrollo sostenible.',
      'Objetivo 5: Lograr la igualdad y empoderar a las mujeres y niñas',
      'Meta 5.2 Eliminar todas las formas de violencia contra todas las mujeres y las niñas en los ámbitos público y privado, incluidas la trata y la explotación sexual y otros tipos de explotación.',
      'Porcentaje de asistencia y protección a niñas migrantes, retornadas, niñas, adolescentes no acompañadas, mujeres migrantes embarazadas.',
    ],
    [
      null,
      null,
      'Objetivo 8: Promover el crecimiento económico sostenido, inclusivo y sostenible, el empleo pleno y productivo y el trabajo decente para todos',
      'Meta 8.8 Proteger los derechos laborales y promover un entorno de trabajo seguro y protegido para trabajadores migrantes, en particular las mujeres migrantes.',
      'Indicador 8.8.2 Aumento del cumplimiento nacional de derechos sobre la base de fuentes textuales de la OIT y la legislación nacional, desglosado por condición de migrante.',
    ],
    [
      null,
      null,
      'Objetivo 10: Reducir la desigualdad entre los países.',
      'Meta 10.7 Facilitar la migración y la movilidad ordenadas, seguras, regulares y responsables de las personas, entre otras cosas mediante la aplicación de políticas migratorias planificadas y bien gestionadas',
      'Indicador 10.7.2 Número de países que han aplicado políticas migratorias bien gestionadas',
    ],
    [
      null,
      null,
      'Objetivo 16: Promover sociedades pacíficas e inclusivas para el desarrollo sostenible, facilitar el acceso a la justicia para todos y crear instituciones eficaces, responsables e inclusivas a todos los niveles.',
      'Meta 16.2 Poner fin al maltrato, la explotación, la trata, la tortura y todas las formas de violencia contra los niños\nMeta 16.5 Reducir sustancialmente la corrupción y el soborno en todas sus formas',
      'Indicador 16.2.2 Número de víctimas de la trata de personas por cada 100.000 habitantes, desglosado por sexo, edad y tipo de explotación',
    ],
    [
      'PRIORIDADES NACIONALES DE DESARROLLO',
      'Prioridades Nacionales de Desarrollo (PND): estrategia de articulación para la apropiación y seguimiento de la Agenda de Desarrollo Sostenible y Plan Nacional de Desarrollo.',
      'Fortalecimiento Institucional, Seguridad y Justicia',
      'Meta 16.5 Reducir sustancialmente la corrupción y el soborno en todas sus formas',
      '16.5.1 Proporción de las personas que han tenido por lo menos un contacto con un funcionario público y que pagaron un soborno a un funcionario público durante los 12 meses anteriores',
    ],
    [
      'POLÍTICA NACIONAL DE SEGURIDAD, 2024',
      'La Política Nacional de Seguridad reconoce que la seguridad es un fenómeno complejo, multicausal, dinámico, diverso e interseccional.',
      'Eje 2: Seguridad Exterior. Lineamientos Estratégicos: Definir a través del Consejo Nacional de Seguridad los mecanismos necesarios para la articulación de la inteligencia estratégica con la política exterior.',
      'Acciones Programáticas: Crear el Instituto de Migración y Naturalización, se mejoran los controles de inmigración ilegal y apoyo al migrante. Elaborar protocolos para las operaciones de fuerzas combinadas, seguridad de fronteras, puertos y aeropuertos',
      'Incrementar la cobertura del registro migratorio por las vías de acceso al territorio nacional',
    ],
  ];
  policyRows.forEach((values, i) => {
    policy.row(`B${4 + i}`, values, { border: true, wrap: true });
    policy.ws.getRow(4 + i).height = 75;
  });
  policy.merge('A4:A9', 'POLÍTICAS GENERALES', { bold: true, wrap: true, border: true, center: true });
  policy.set('A10', 'POLÍTICAS SECTORIALES/TRANSVERSALES', { bold: true, wrap: true, border: true, center: true });
  policy.merge('B5:B8', 'OBJETIVOS DE DESARROLLO SOSTENIBLE', { border: true, wrap: true });
  policy.merge('C5:C8', policyRows[1][1], { border: true, wrap: true });

  return wb;
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

const EXAMPLES = [{ base: 'igm-pom-2026-2030', build: buildIgm, faultyIsBase: true, correctSuffix: '-corregido' }];

async function main() {
  const xlsxDir = path.resolve(process.argv[2] || path.join(ROOT, 'examples'));
  const expectedDir = path.resolve(process.argv[3] || path.join(ROOT, 'test', 'fixtures', 'pom', 'expected'));
  fs.mkdirSync(xlsxDir, { recursive: true });
  fs.mkdirSync(expectedDir, { recursive: true });
  for (const example of EXAMPLES) {
    for (const faulty of [false, true]) {
      const faults = new Faults(faulty);
      const wb = example.build(faults);
      const name = faulty ? example.faultyName || example.base : `${example.base}${example.correctSuffix}`;
      await wb.xlsx.writeFile(path.join(xlsxDir, `${name}.xlsx`));
      if (faulty) {
        fs.writeFileSync(path.join(expectedDir, `${name}.json`), `${JSON.stringify(faults.list, null, 2)}\n`);
      }
      console.log(`${name}.xlsx${faulty ? ` (${faults.list.length} errores documentados)` : ''}`);
    }
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`make-examples: ${error.message}`);
    process.exit(1);
  });
}

module.exports = { EXAMPLES };
