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
// ExcelJS zips with JSZip, which stamps every entry with the current time; a fixed stamp makes the
// files byte-for-byte reproducible, so re-running the script does not churn the committed binaries.
const JSZip = require('jszip');

const ROOT = path.resolve(__dirname, '..');
const FIXED_DATE = new Date(Date.UTC(2025, 3, 30, 12, 0, 0));
JSZip.defaults.date = FIXED_DATE;

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
  /**
   * One mistake, one entry: a second kind seen at a cell already listed joins that entry (the
   * more specific kind leads, as the engine does; the others go to `also`).
   */
  add(kind, sheet, range, note, related) {
    if (!this.faulty) return;
    const refs = (related || []).map(([s, r]) => ({ sheet: s, range: r }));
    const existing = this.list.find((e) => e.sheet === sheet && e.range === range);
    if (!existing) {
      const entry = { kind, sheet, range };
      if (refs.length) entry.related = refs;
      entry.note = note;
      this.list.push(entry);
      return;
    }
    const [lead, other] = rank(existing.kind) <= rank(kind) ? [existing.kind, kind] : [kind, existing.kind];
    existing.kind = lead;
    existing.also = [...new Set([...(existing.also || []), other])].sort();
    this.relate(existing, refs);
    existing.note = `${existing.note} ${note}`;
    // Keep the key order of a fresh entry: kind, sheet, range, related, also, note.
    const { note: n, ...rest } = existing;
    delete existing.note;
    Object.assign(existing, rest, { note: n });
  }
  /**
   * A total that is wrong only because of a mistake already listed (correcting that cell makes
   * it add up): listed with the root as a related cell, not as a mistake of its own.
   */
  cascade(kind, sheet, range, note, rootSheet, rootRange) {
    if (!this.faulty) return;
    const root = this.list.find((e) => e.sheet === rootSheet && e.range === rootRange);
    if (!root) throw new Error(`cascade without its root ${rootSheet}!${rootRange}`);
    this.relate(root, [{ sheet, range }]);
    root.also = [...new Set([...(root.also || []), kind])].sort();
    const { note: n, ...rest } = root;
    for (const key of Object.keys(root)) delete root[key];
    Object.assign(root, rest, { note: `${n} ${note}` });
  }
  relate(entry, refs) {
    const related = entry.related || [];
    for (const ref of refs) if (!related.some((r) => r.sheet === ref.sheet && r.range === ref.range)) related.push(ref);
    if (related.length) entry.related = related;
  }
}

/** The engine's order of specificity (src/core/merge.ts): the lead kind of a merged entry. */
const KIND_PRIORITY = [
  'error-value',
  'cross-sheet-mismatch',
  'narrative-mismatch',
  'invalid-code',
  'duplicate-id',
  'missing-field',
  'out-of-range',
  'unknown-value',
  'range-omits-cells',
  'hardcoded-total',
  'number-as-text',
  'total-mismatch',
  'inconsistent-formula',
  'empty-reference',
  'structure',
];
function rank(kind) {
  return KIND_PRIORITY.indexOf(kind);
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
    F.cascade(
      'total-mismatch',
      indicators.name,
      `Q${row}`,
      'Por eso el total multianual 6,843,634 no es la suma de los años (5,327,322).',
      indicators.name,
      `O${row}`,
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
  // The seed states 1,347,953 for 2030 wherever it repeats the statement: one more than 2029's
  // 1,152,774 plus Asistencia's 2030 goal of 195,178 (= 1,347,952).
  const people2030 = F.pick({}, { stated: '1,347,953', final: '1,347,953' });
  const resultStatements = [igmPeopleStatement(4, people2030), igmOfficesStatement(4)];
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
    [6, IGM_YEARS.map((_, i) => igmPeopleStatement(i, i === 4 ? people2030 : {}))],
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
  F.add(
    'narrative-mismatch',
    results.name,
    'E7',
    'El resultado acumulado 2030 dice 1,347,953 personas, pero 1,152,774 (2029) más la meta 2030 de Asistencia y Protección (195,178) son 1,347,952.',
    [
      [results.name, 'D7'],
      [chain.name, 'A6'],
      [coverage.name, 'A6'],
    ],
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
// Secretaría de Bienestar Social — POM 2027-2031 (fictional figures, a different layout: matrices
// offset from A1, codes typed as numbers, "Producto" in a column of its own, two matrices on one
// sheet, totals as formulas, fichas with labels in column B)
// ---------------------------------------------------------------------------------------------

const SBS_YEARS = [2027, 2028, 2029, 2030, 2031];
const SBS_NAME = 'SECRETARÍA DE BIENESTAR SOCIAL DE LA PRESIDENCIA DE LA REPÚBLICA';

const SBS_PRODUCTS = [
  {
    key: 'dir',
    name: 'Dirección y Coordinación',
    unit: 'Documento',
    codes: [1, 0, 0, 1],
    physical: [12, 12, 12, 12, 12],
    subs: [
      {
        name: 'Dirección y Coordinación',
        unit: 'Documento',
        physical: [12, 12, 12, 12, 12],
        financial: [62500000, 64000000, 65500000, 67000000, 68500000],
      },
    ],
  },
  {
    key: 'abrigo',
    name: 'Niñez y adolescencia atendida en centros de protección y abrigo',
    unit: 'Persona',
    codes: [11, 0, 0, 1],
    physical: [2470, 2540, 2610, 2680, 2750],
    subs: [
      {
        name: 'Niños y niñas atendidos en hogares de protección',
        unit: 'Persona',
        physical: [1850, 1900, 1950, 2000, 2050],
        financial: [48200000, 49600000, 51050000, 52540000, 54080000],
      },
      {
        name: 'Adolescentes atendidos en residencias de abrigo temporal',
        unit: 'Persona',
        physical: [620, 640, 660, 680, 700],
        financial: [21350000, 22000000, 22660000, 23340000, 24040000],
      },
    ],
  },
  {
    key: 'familias',
    name: 'Familias con acompañamiento para la reunificación familiar',
    unit: 'Familia',
    codes: [11, 0, 0, 2],
    physical: [1350, 1425, 1500, 1590, 1680],
    subs: [
      {
        name: 'Familias de origen con acompañamiento psicosocial',
        unit: 'Familia',
        physical: [1200, 1260, 1320, 1390, 1460],
        financial: [6480500, 6700000, 6900000, 7100000, 7320000],
      },
      {
        key: 'acogedoras',
        name: 'Familias acogedoras certificadas',
        unit: 'Familia',
        physical: [150, 165, 180, 200, 220],
        financial: [2150250.5, 2220000, 2290000, 2360000, 2430000],
      },
    ],
  },
  {
    key: 'infancia',
    name: 'Niños y niñas de 0 a 6 años atendidos en centros de atención integral',
    unit: 'Persona',
    codes: [12, 0, 0, 1],
    physical: [14500, 15000, 15500, 16000, 16500],
    subs: [
      {
        name: 'Niños y niñas con atención integral diaria',
        unit: 'Persona',
        physical: [14500, 15000, 15500, 16000, 16500],
        financial: [95400000, 98300000, 101250000, 104290000, 107420000],
      },
      {
        key: 'raciones',
        name: 'Raciones alimentarias servidas',
        unit: 'Ración',
        physical: [3480000, 3600000, 3720000, 3840000, 3960000],
        financial: [18600000, 19150000, 19730000, 20320000, 20930000],
      },
    ],
  },
  {
    key: 'aportes',
    name: 'Aportes a entidades de asistencia social',
    unit: 'Aporte',
    codes: [99, 0, 0, 1],
    physical: [2, 2, 2, 2, 2],
    subs: [
      {
        name: 'Aportes a entidades de asistencia social',
        unit: 'Aporte',
        physical: [2, 2, 2, 2, 2],
        financial: [3200000, 3200000, 3200000, 3200000, 3200000],
      },
    ],
  },
];

const SBS_PROGRAMMES = [
  [1, 'Actividades Centrales', ['dir']],
  [11, 'Protección integral de la niñez y la adolescencia', ['abrigo', 'familias']],
  [12, 'Atención integral a la primera infancia', ['infancia']],
  [99, 'Partidas no asignables a programas', ['aportes']],
];

function productFinancial(product, years) {
  return years.map((_, y) => sum(product.subs.map((s) => s.financial[y])));
}

function roundCents(n) {
  return Math.round(n * 100) / 100;
}

function buildSbs(F) {
  const wb = newWorkbook();
  wb.title = 'Plan Operativo Multianual 2027-2031';
  wb.company = SBS_NAME;
  const budget = sheetWriter(wb, 'Presupuesto POM', [3, 10, 46, 17, 17, 17, 17, 17, 14]);
  const goals = sheetWriter(wb, 'Metas y red programática', [13, 60, 14, 12, 17, 12, 17, 12, 17, 12, 17, 12, 17]);
  const indicators = sheetWriter(wb, 'Indicadores', [5, 48, 40, 12, 8, 11, 10, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 12]);
  const fichas = sheetWriter(wb, 'Fichas', [3, 30, 12, 12, 12, 12, 12, 12]);
  const results = sheetWriter(wb, 'Resultados', [3, 42, 42, 42, 42, 42]);
  const coverage = sheetWriter(wb, 'Cobertura', [50, 28, 32, 16]);
  const product = (key) => SBS_PRODUCTS.find((p) => p.key === key);

  // ---- Presupuesto: offset to B5, codes as numbers shown "01", totals as formulas --------------
  budget.set('B2', SBS_NAME, { bold: true });
  budget.set('B3', 'Proyección del presupuesto por programa 2027-2031 (cifras en quetzales)', { italic: true });
  budget.row('B5', ['Programa', 'Nombre del programa', ...SBS_YEARS.map((y) => `Año ${y}`), 'Participación 2027'], {
    header: true,
  });
  SBS_PROGRAMMES.forEach(([code, name, keys], i) => {
    const r = 6 + i;
    budget.set(`B${r}`, code, { fmt: '00', border: true, center: true });
    budget.set(`C${r}`, name, { border: true });
    SBS_YEARS.forEach((_, y) => {
      const amount = roundCents(sum(keys.map((k) => productFinancial(product(k), SBS_YEARS)[y])));
      budget.set(`${columnLetters(4 + y)}${r}`, amount, { fmt: FMT.q, border: true });
    });
  });
  const totals = SBS_YEARS.map((_, y) => roundCents(sum(SBS_PRODUCTS.map((p) => productFinancial(p, SBS_YEARS)[y]))));
  budget.set('C10', 'TOTAL', { bold: true, border: true });
  SBS_YEARS.forEach((year, y) => {
    const col = columnLetters(4 + y);
    let text = `SUM(${col}6:${col}9)`;
    let result = totals[y];
    if (year === 2029 && F.faulty) {
      text = `SUM(${col}6:${col}8)`;
      result = roundCents(totals[y] - 3200000);
    }
    budget.set(`${col}10`, formula(text, result), { fmt: FMT.q, bold: true, border: true });
  });
  SBS_PROGRAMMES.forEach((_, i) => {
    const r = 6 + i;
    const share = budget.ws.getCell(`D${r}`).value / totals[0];
    const broken = i === 2 && F.faulty;
    const value = broken ? formula(`D${r}/#REF!`, { error: '#REF!' }) : formula(`D${r}/D$10`, share);
    budget.set(`I${r}`, value, { fmt: '0.0%', border: true });
  });
  F.add(
    'range-omits-cells',
    budget.name,
    'F10',
    'El total 2029 suma F6:F8 y deja fuera el programa 99 (F9), a diferencia de los demás años.',
    [[budget.name, 'F9']],
  );
  F.add(
    'inconsistent-formula',
    budget.name,
    'F10',
    'La fórmula del total 2029 (=SUM(F6:F8)) no sigue el patrón de las demás columnas (=SUM(x6:x9)).',
  );
  F.add(
    'total-mismatch',
    budget.name,
    'F10',
    `El total 2029 (Q${fmtNumber(totals[2] - 3200000)}.00) no es la suma de los programas (Q${fmtNumber(totals[2])}.00): falta el programa 99; tampoco coincide con el total de metas.`,
    [['Metas y red programática', `I${6 + sum(SBS_PRODUCTS.map((p) => 1 + p.subs.length))}`]],
  );
  F.add(
    'error-value',
    budget.name,
    'I8',
    'La participación del programa 12 muestra #REF!: la fórmula perdió la referencia al total.',
  );

  // ---- Metas (top) and red de categorías programáticas (below) on one sheet -------------------
  goals.set('A1', SBS_NAME, { bold: true });
  goals.set('A2', 'PRODUCTOS, SUBPRODUCTOS Y METAS MULTIANUALES 2027-2031', { bold: true });
  goals.merge('A4:A5', 'Tipo', { header: true });
  goals.merge('B4:B5', 'Producto / Subproducto', { header: true });
  goals.merge('C4:C5', 'Unidad de medida', { header: true });
  SBS_YEARS.forEach((year, y) => {
    const phys = columnLetters(4 + 2 * y);
    const fin = columnLetters(5 + 2 * y);
    goals.merge(`${phys}4:${fin}4`, year, { header: true });
    goals.set(`${phys}5`, 'Meta física', { header: true });
    goals.set(`${fin}5`, 'Meta financiera (Q)', { header: true });
  });
  let r = 6;
  const goalRows = {};
  const productRows = [];
  for (const p of SBS_PRODUCTS) {
    goalRows[p.key] = r;
    productRows.push(r);
    goals.set(`A${r}`, 'Producto', { bold: true, border: true });
    goals.set(`B${r}`, p.name, { bold: true, border: true, wrap: true });
    goals.set(`C${r}`, p.unit, { bold: true, border: true });
    const fin = productFinancial(p, SBS_YEARS);
    SBS_YEARS.forEach((_, y) => {
      goals.set(`${columnLetters(4 + 2 * y)}${r}`, p.physical[y], { fmt: FMT.int, bold: true, border: true });
      goals.set(`${columnLetters(5 + 2 * y)}${r}`, roundCents(fin[y]), { fmt: FMT.q, bold: true, border: true });
    });
    r += 1;
    for (const s of p.subs) {
      if (s.key) goalRows[s.key] = r;
      goals.set(`A${r}`, 'Subproducto', { border: true });
      goals.set(`B${r}`, s.name, { border: true, wrap: true });
      goals.set(`C${r}`, s.unit, { border: true });
      SBS_YEARS.forEach((year, y) => {
        let physical = s.physical[y];
        let financial = s.financial[y];
        if (s.key === 'raciones' && year === 2030 && F.faulty) physical = fmtNumber(physical);
        if (s.key === 'acogedoras' && year === 2030) financial = F.pick(financial, financial + 270000);
        goals.set(`${columnLetters(4 + 2 * y)}${r}`, physical, { fmt: FMT.int, border: true });
        goals.set(`${columnLetters(5 + 2 * y)}${r}`, financial, { fmt: FMT.q, border: true });
      });
      r += 1;
    }
  }
  const goalsTotal = r;
  goals.set(`A${r}`, null, { border: true });
  goals.set(`B${r}`, 'TOTAL', { bold: true, border: true });
  SBS_YEARS.forEach((_, y) => {
    const fin = columnLetters(5 + 2 * y);
    goals.set(`${columnLetters(4 + 2 * y)}${r}`, null, { border: true });
    goals.set(`${fin}${r}`, formula(productRows.map((row) => `${fin}${row}`).join('+'), totals[y]), {
      fmt: FMT.q,
      bold: true,
      border: true,
    });
  });
  const fin2030 = columnLetters(5 + 2 * SBS_YEARS.indexOf(2030));
  const familias2030 = productFinancial(product('familias'), SBS_YEARS)[SBS_YEARS.indexOf(2030)];
  F.add(
    'total-mismatch',
    goals.name,
    `${fin2030}${goalRows.familias}`,
    `La meta financiera 2030 de Familias con acompañamiento (Q${fmtNumber(familias2030)}.00) no es la suma de sus subproductos (Q${fmtNumber(familias2030 + 270000)}.00): Familias acogedoras certificadas dice Q2,630,000.00 en lugar de Q2,360,000.00.`,
    [[goals.name, `${fin2030}${goalRows.acogedoras}`]],
  );
  F.add(
    'number-as-text',
    goals.name,
    `${columnLetters(4 + 2 * SBS_YEARS.indexOf(2030))}${goalRows.raciones}`,
    `La meta física 2030 de Raciones alimentarias servidas está escrita como texto ("${fmtNumber(product('infancia').subs[1].physical[3])}").`,
  );

  const progTop = goalsTotal + 4;
  goals.set(`A${progTop}`, 'VINCULACIÓN DE PRODUCTOS Y SUBPRODUCTOS CON LA RED DE CATEGORÍAS PROGRAMÁTICAS', {
    bold: true,
  });
  const progHeader = progTop + 2;
  goals.merge(`A${progHeader}:B${progHeader}`, 'Producto / Subproducto', { header: true });
  goals.row(`C${progHeader}`, ['Unidad de medida', 'Programa', 'Subprograma', 'Proyecto', 'Actividad'], {
    header: true,
  });
  r = progHeader + 1;
  const progRows = {};
  for (const p of SBS_PRODUCTS) {
    progRows[p.key] = r;
    goals.set(`B${r}`, `Producto: ${p.name}`, { bold: true, border: true, wrap: true });
    const unit = p.key === 'familias' ? F.pick(p.unit, 'Persona') : p.unit;
    goals.set(`C${r}`, unit, { border: true });
    const formats = ['00', '00', '000', '000'];
    p.codes.forEach((code, i) => {
      const value = p.key === 'infancia' && i === 2 && F.faulty ? null : code;
      goals.set(`${columnLetters(4 + i)}${r}`, value, { fmt: formats[i], border: true, center: true });
    });
    r += 1;
    for (const s of p.subs) {
      goals.set(`B${r}`, s.name, { border: true, wrap: true, indent: 2 });
      goals.set(`C${r}`, s.unit, { border: true });
      r += 1;
    }
  }
  F.add(
    'cross-sheet-mismatch',
    goals.name,
    `C${progRows.familias}`,
    'La unidad de Familias con acompañamiento para la reunificación familiar es "Persona" en la red programática y "Familia" en las metas y en los indicadores.',
    [
      [goals.name, `C${goalRows.familias}`],
      [indicators.name, 'D8'],
    ],
  );
  F.add(
    'invalid-code',
    goals.name,
    `F${progRows.infancia}`,
    'El producto Niños y niñas de 0 a 6 años … no tiene proyecto en la red programática (segmento vacío).',
  );

  // ---- Indicadores: two-row header, totals as formulas --------------------------------------
  indicators.merge('B2:R2', 'FICHA DE INDICADORES DE PRODUCTOS A NIVEL MULTIANUAL 2027-2031', {
    bold: true,
    center: true,
  });
  indicators.merge('A5:A6', 'No.', { header: true });
  indicators.merge('B5:B6', 'Producto', { header: true });
  indicators.merge('C5:C6', 'Indicador', { header: true });
  indicators.merge('D5:D6', 'Unidad de medida', { header: true });
  indicators.merge('E5:G5', 'Línea de base', { header: true });
  indicators.row('E6', ['Año', 'Absoluto', 'Relativo'], { header: true });
  SBS_YEARS.forEach((year, y) => {
    const abs = columnLetters(8 + 2 * y);
    const rel = columnLetters(9 + 2 * y);
    indicators.merge(`${abs}5:${rel}5`, `Meta ${year}`, { header: true });
    indicators.set(`${abs}6`, 'Absoluto', { header: true });
    indicators.set(`${rel}6`, 'Relativo', { header: true });
  });
  indicators.merge('R5:R6', 'Total 2027-2031', { header: true });
  const sbsIndicators = [
    ['abrigo', 'Porcentaje de niñez y adolescencia atendida en centros de protección', 2024, 2104, 0.852],
    ['familias', 'Porcentaje de familias acompañadas para la reunificación', 2024, 1120, 0.9],
    ['infancia', 'Porcentaje de niños y niñas de 0 a 6 años atendidos', 2024, 12000, 0.96],
  ];
  const indicatorRows = {};
  sbsIndicators.forEach(([key, name, year, absolute, relative], i) => {
    const row = 7 + i;
    const p = product(key);
    indicatorRows[key] = row;
    indicators.set(`A${row}`, i + 1, { border: true, center: true });
    indicators.set(`B${row}`, p.name, { border: true, wrap: true });
    indicators.set(`C${row}`, name, { border: true, wrap: true });
    indicators.set(`D${row}`, p.unit, { border: true });
    indicators.set(`E${row}`, year, { border: true, center: true });
    indicators.set(`F${row}`, absolute, { fmt: FMT.int, border: true });
    indicators.set(`G${row}`, relative, { fmt: '0.0%', border: true });
    const values = p.physical.map((v, y) => (key === 'abrigo' && SBS_YEARS[y] === 2029 ? F.pick(v, 2860) : v));
    SBS_YEARS.forEach((_, y) => {
      indicators.set(`${columnLetters(8 + 2 * y)}${row}`, values[y], { fmt: FMT.int, border: true });
      indicators.set(`${columnLetters(9 + 2 * y)}${row}`, 1, { fmt: FMT.pct, border: true });
    });
    const cellsToAdd = SBS_YEARS.map((_, y) => `${columnLetters(8 + 2 * y)}${row}`);
    indicators.set(`R${row}`, formula(cellsToAdd.join('+'), sum(values)), { fmt: FMT.int, bold: true, border: true });
  });
  F.add(
    'cross-sheet-mismatch',
    indicators.name,
    `L${indicatorRows.abrigo}`,
    'La meta 2029 de Niñez y adolescencia atendida es 2,860 en los indicadores y 2,680 en las metas (la suma de sus subproductos).',
    [[goals.name, `${columnLetters(4 + 2 * SBS_YEARS.indexOf(2029))}${goalRows.abrigo}`]],
  );

  // ---- Fichas: labels in column B, values in C:H ---------------------------------------------
  const sbsFichas = [
    {
      code: '1.',
      name: 'Porcentaje de niñez y adolescencia atendida en centros de protección',
      category: 'PRODUCTO',
      frequency: 'Anual',
      trend: [85.2, 100, 100, 100, 100, 100],
      baselineYear: F.pick(2024, 2028),
      production: null,
    },
    {
      code: '2.',
      name: 'Tasa de cobertura de atención integral a la primera infancia',
      category: 'RESULTADO',
      frequency: F.pick('Semestral', 'Bianual'),
      trend: [18.5, 20.1, 20.8, 21.5, 22.2, 22.9],
      baselineYear: 2024,
      production: [
        'Niños y niñas de 0 a 6 años atendidos en centros de atención integral',
        'Porcentaje de niños y niñas de 0 a 6 años atendidos',
      ],
    },
  ];
  const fichaCells = [];
  sbsFichas.forEach((ficha, i) => {
    const top = 2 + i * 24;
    const at = (offset) => top + offset;
    fichas.merge(`B${at(0)}:H${at(0)}`, 'FICHA TÉCNICA PARA DEFINICIÓN DE INDICADORES', { header: true });
    fichas.merge(`B${at(1)}:H${at(1)}`, `1113-0017-000-000 ${SBS_NAME}`, { bold: true });
    const rows = [
      [3, 'Código y nombre del indicador', `${ficha.code} ${ficha.name}`],
      [4, 'Categoría del indicador', ficha.category],
      [
        5,
        'Objetivo asociado',
        'Garantizar la protección integral de la niñez y la adolescencia en situación de vulnerabilidad',
      ],
      [
        6,
        'Política pública asociada',
        'Política Pública de Protección Integral a la Niñez y la Adolescencia 2017-2032',
      ],
      [7, 'Descripción del indicador', 'Mide la proporción de la población atendida respecto de la programada'],
      [8, 'Fórmula de cálculo', '(Población atendida / Población programada) * 100'],
      [9, 'Frecuencia de medición', ficha.frequency],
    ];
    for (const [offset, label, value] of rows) {
      fichas.set(`B${at(offset)}`, label, { bold: true, border: true, wrap: true });
      fichas.merge(`C${at(offset)}:H${at(offset)}`, value, { border: true, wrap: true });
    }
    fichas.merge(`B${at(10)}:H${at(10)}`, 'Tendencia y meta del indicador', { header: true });
    fichas.set(`B${at(11)}`, 'Años', { bold: true, border: true });
    fichas.row(`C${at(11)}`, [2024, ...SBS_YEARS], { border: true, center: true });
    fichas.set(`B${at(12)}`, 'Valor', { bold: true, border: true });
    fichas.row(`C${at(12)}`, ficha.trend, { border: true, center: true, fmt: '0.0' });
    fichas.set(`B${at(13)}`, 'Línea base', { bold: true, border: true });
    fichas.set(`C${at(13)}`, 'Año', { border: true });
    fichas.set(`D${at(13)}`, ficha.baselineYear, { border: true, center: true });
    fichas.set(`E${at(13)}`, 'Valor', { border: true });
    fichas.set(`F${at(13)}`, ficha.trend[0], { border: true, center: true, fmt: '0.0' });
    fichas.set(`B${at(14)}`, 'Explicación de la tendencia', { bold: true, border: true, wrap: true });
    fichas.merge(`C${at(14)}:H${at(14)}`, 'La meta crece con la apertura de nuevos centros de atención integral.', {
      border: true,
      wrap: true,
    });
    fichas.merge(`B${at(15)}:H${at(15)}`, 'Medios de verificación', { header: true });
    fichas.set(`B${at(16)}`, 'Procedencia de los datos', { bold: true, border: true });
    fichas.merge(`C${at(16)}:H${at(16)}`, 'Registros de atención de los centros', { border: true });
    fichas.set(`B${at(17)}`, 'Unidad responsable', { bold: true, border: true });
    fichas.merge(`C${at(17)}:H${at(17)}`, 'Dirección de Planificación', { border: true });
    fichas.set(`B${at(18)}`, 'Metodología de recopilación', { bold: true, border: true });
    fichas.merge(`C${at(18)}:H${at(18)}`, 'Consolidación mensual de los registros de cada centro', { border: true });
    fichas.merge(
      `B${at(19)}:H${at(19)}`,
      'Producción asociada al cumplimiento de la meta (aplica únicamente para indicadores de resultado)',
      { header: true },
    );
    fichas.set(`B${at(20)}`, 'Productos', { bold: true, border: true });
    fichas.merge(`C${at(20)}:H${at(20)}`, 'Indicadores', { bold: true, border: true });
    fichas.set(`B${at(21)}`, ficha.production ? ficha.production[0] : null, { border: true, wrap: true });
    fichas.merge(`C${at(21)}:H${at(21)}`, ficha.production ? ficha.production[1] : null, { border: true, wrap: true });
    fichaCells.push({ frequency: `C${at(9)}`, baselineYear: `D${at(13)}`, firstYear: `D${at(11)}` });
  });
  F.add(
    'out-of-range',
    fichas.name,
    fichaCells[0].baselineYear,
    'El año de la línea base (2028) es posterior al primer año de meta (2027).',
    [[fichas.name, fichaCells[0].firstYear]],
  );
  F.add(
    'cross-sheet-mismatch',
    fichas.name,
    fichaCells[0].baselineYear,
    'El año de la línea base de la ficha (2028) no coincide con el de la matriz de indicadores (2024).',
    [[indicators.name, `E${indicatorRows.abrigo}`]],
  );
  F.add(
    'unknown-value',
    fichas.name,
    fichaCells[1].frequency,
    'La frecuencia de medición "Bianual" no está en el catálogo (Mensual, Trimestral, Cuatrimestral, Semestral, Anual).',
  );

  // ---- Resultados: offset to B3, bare years as headers ---------------------------------------
  results.merge('B3:F3', 'RESULTADO INSTITUCIONAL', { header: true });
  const infancia = product('infancia').physical;
  SBS_YEARS.forEach((year, y) => {
    const col = columnLetters(2 + y);
    results.set(`${col}4`, year, { header: true });
    const n = fmtNumber(infancia[y]);
    const stated = year === 2029 ? F.pick(n, fmtNumber(infancia[y] - 500)) : n;
    results.set(
      `${col}5`,
      `Para el año ${year} se ha incrementado la atención integral a niños y niñas de 0 a 6 años a ${stated} niños y niñas (de 12,000 en el año 2024 a ${n} niños y niñas en el año ${year}).`,
      { wrap: true, border: true },
    );
  });
  results.ws.getRow(5).height = 90;
  F.add(
    'narrative-mismatch',
    results.name,
    'D5',
    `El resultado 2029 dice "a ${fmtNumber(infancia[2] - 500)} niños y niñas" y luego "a ${fmtNumber(infancia[2])} niños y niñas en el año 2029".`,
  );

  // ---- Cobertura: lists with line breaks ----------------------------------------------------
  coverage.row('A3', ['Producto', 'Departamentos', 'Municipios', 'Mayor contribución PGG (1/0)'], { header: true });
  const sbsCoverage = [
    ['abrigo', 'Guatemala\nQuetzaltenango\nAlta Verapaz', 'Guatemala\nMixco\nQuetzaltenango\nCobán', 1],
    ['familias', 'COBERTURA A NIVEL NACIONAL', 'COBERTURA A NIVEL NACIONAL', 0],
    ['infancia', 'Guatemala, Escuintla, Izabal, Zacapa', 'Villa Nueva, Escuintla, Puerto Barrios, Zacapa', 1],
  ];
  sbsCoverage.forEach(([key, departments, municipalities, flag], i) => {
    coverage.set(`A${4 + i}`, product(key).name, { border: true, wrap: true });
    coverage.set(`B${4 + i}`, departments, { border: true, wrap: true });
    coverage.set(`C${4 + i}`, municipalities, { border: true, wrap: true });
    coverage.set(`D${4 + i}`, flag, { border: true, center: true });
  });
  return wb;
}

// ---------------------------------------------------------------------------------------------
// Instituto Nacional de Bosques — POA 2026 (one year, fictional figures): hectares and plants,
// quarterly physical goals, combined code "11-00-000-001" in one cell, "Producto:" in the name
// ---------------------------------------------------------------------------------------------

const INAB_NAME = 'INSTITUTO NACIONAL DE BOSQUES -INAB-';

const INAB_PRODUCTS = [
  {
    key: 'dir',
    code: '01-00-000-001',
    name: 'Dirección y Coordinación',
    unit: 'Documento',
    quarters: [3, 3, 3, 3],
    subs: [{ name: 'Dirección y Coordinación', unit: 'Documento', quarters: [3, 3, 3, 3], financial: 118450000 }],
  },
  {
    key: 'manejo',
    code: '11-00-000-001',
    name: 'Hectáreas de bosque bajo manejo forestal sostenible',
    unit: 'Hectárea',
    quarters: [0, 7300, 9800, 1900],
    subs: [
      {
        name: 'Hectáreas incentivadas por PROBOSQUE',
        unit: 'Hectárea',
        quarters: [0, 4500, 6200, 1300],
        financial: 42300000,
      },
      {
        name: 'Hectáreas incentivadas por PINPEP',
        unit: 'Hectárea',
        quarters: [0, 2800, 3600, 600],
        financial: 18900500,
      },
    ],
  },
  {
    key: 'viveros',
    code: '11-00-000-002',
    name: 'Plantas producidas en viveros forestales',
    unit: 'Planta',
    quarters: [500000, 1050000, 680000, 270000],
    subs: [
      {
        name: 'Plantas forestales producidas',
        unit: 'Planta',
        quarters: [450000, 900000, 600000, 250000],
        financial: 12480000,
      },
      {
        name: 'Plantas entregadas a municipalidades',
        unit: 'Planta',
        quarters: [50000, 150000, 80000, 20000],
        financial: 3250000,
      },
    ],
  },
  {
    key: 'proteccion',
    code: '12-00-000-001',
    name: 'Hectáreas protegidas contra incendios y plagas forestales',
    unit: 'Hectárea',
    quarters: [9000, 12000, 14000, 0],
    subs: [
      {
        key: 'plagas',
        name: 'Hectáreas con monitoreo de plagas',
        unit: 'Hectárea',
        quarters: [9000, 12000, 14000, 0],
        financial: 27800000,
      },
      {
        key: 'capacitaciones',
        name: 'Capacitaciones en prevención de incendios forestales',
        unit: 'Evento',
        quarters: [40, 60, 30, 20],
        financial: 1450000,
      },
    ],
  },
];

const INAB_PROGRAMMES = [
  ['01', 'Actividades Centrales', ['dir']],
  ['11', 'Fomento al manejo y conservación de bosques', ['manejo', 'viveros']],
  ['12', 'Protección forestal', ['proteccion']],
];

function buildInab(F) {
  const wb = newWorkbook();
  wb.title = 'Plan Operativo Anual 2026';
  wb.company = INAB_NAME;
  const goals = sheetWriter(wb, 'POA 2026', [16, 58, 13, 13, 12, 12, 12, 12, 18]);
  const budget = sheetWriter(wb, 'Presupuesto 2026', [8, 48, 20]);
  const indicators = sheetWriter(wb, 'Indicadores', [3, 46, 12, 40, 8, 9, 12, 13, 10]);
  const ficha = sheetWriter(wb, 'Ficha indicador', [30, 14, 14, 14, 14, 14]);
  const result = sheetWriter(wb, 'Resultado', [100]);
  const coverage = sheetWriter(wb, 'Cobertura', [52, 20, 50]);
  const product = (key) => INAB_PRODUCTS.find((p) => p.key === key);
  const financialOf = (p) => sum(p.subs.map((s) => s.financial));

  // ---- POA 2026: physical goals by quarter, one financial column -----------------------------
  goals.set('A1', INAB_NAME, { bold: true, size: 12 });
  goals.set('A2', 'PLAN OPERATIVO ANUAL 2026', { bold: true });
  goals.set('A3', 'Metas físicas y financieras por producto y subproducto', { italic: true });
  goals.merge('A6:A7', 'Estructura programática', { header: true });
  goals.merge('B6:B7', 'Producto / Subproducto', { header: true });
  goals.merge('C6:C7', 'Unidad de medida', { header: true });
  goals.merge('D6:H6', 'META FÍSICA 2026', { header: true });
  goals.row('D7', ['Anual', 'Trim. 1', 'Trim. 2', 'Trim. 3', 'Trim. 4'], { header: true });
  goals.merge('I6:I7', 'Meta financiera 2026 (Q)', { header: true });
  let r = 8;
  const rows = {};
  const productRows = [];
  for (const p of INAB_PRODUCTS) {
    rows[p.key] = r;
    productRows.push(r);
    const code = p.key === 'viveros' ? F.pick(p.code, '11-00-000-02') : p.code;
    goals.set(`A${r}`, code, { border: true, bold: true });
    goals.set(`B${r}`, `Producto: ${p.name}`, { bold: true, border: true, wrap: true });
    goals.set(`C${r}`, p.unit, { bold: true, border: true });
    const annual = sum(p.quarters);
    const typedAnnual = p.key === 'proteccion' && F.faulty;
    goals.set(`D${r}`, typedAnnual ? annual : formula(`SUM(E${r}:H${r})`, annual), {
      fmt: FMT.int,
      bold: true,
      border: true,
    });
    goals.row(`E${r}`, p.quarters, { fmt: FMT.int, bold: true, border: true });
    const firstSub = r + 1;
    const lastSub = r + p.subs.length;
    const sumText = p.subs.length === 1 ? `I${firstSub}` : `SUM(I${firstSub}:I${lastSub})`;
    goals.set(`I${r}`, formula(sumText, financialOf(p)), { fmt: FMT.q, bold: true, border: true });
    r += 1;
    for (const s of p.subs) {
      if (s.key) rows[s.key] = r;
      goals.set(`A${r}`, null, { border: true });
      goals.set(`B${r}`, s.name, { border: true, wrap: true, indent: 2 });
      const unit = s.key === 'capacitaciones' ? F.pick(s.unit, 'Talleres') : s.unit;
      goals.set(`C${r}`, unit, { border: true });
      const annual = sum(s.quarters);
      const shortRange = s.key === 'plagas' && F.faulty;
      goals.set(`D${r}`, formula(shortRange ? `SUM(E${r}:G${r})` : `SUM(E${r}:H${r})`, annual), {
        fmt: FMT.int,
        border: true,
      });
      goals.row(`E${r}`, s.quarters, { fmt: FMT.int, border: true });
      goals.set(`I${r}`, s.financial, { fmt: FMT.q, border: true });
      r += 1;
    }
  }
  const total = sum(INAB_PRODUCTS.map(financialOf));
  goals.set(`B${r}`, 'TOTAL', { bold: true, border: true });
  goals.set(`I${r}`, formula(productRows.map((row) => `I${row}`).join('+'), total), {
    fmt: FMT.q,
    bold: true,
    border: true,
  });
  F.add(
    'inconsistent-formula',
    goals.name,
    `D${rows.plagas}`,
    'La meta anual de Hectáreas con monitoreo de plagas suma E:G; las demás filas suman los cuatro trimestres (E:H).',
  );
  F.add(
    'range-omits-cells',
    goals.name,
    `D${rows.plagas}`,
    'La suma de la meta anual deja fuera el cuarto trimestre (H); hoy vale 0, pero cualquier cambio no se sumaría.',
    [[goals.name, `H${rows.plagas}`]],
  );
  F.add(
    'hardcoded-total',
    goals.name,
    `D${rows.proteccion}`,
    'La meta anual de Hectáreas protegidas está escrita (35,000) donde las demás filas tienen =SUM de los trimestres.',
  );
  F.add(
    'invalid-code',
    goals.name,
    `A${rows.viveros}`,
    'El código "11-00-000-02" tiene una actividad de 2 dígitos (debe ser 002).',
  );
  F.add(
    'unknown-value',
    goals.name,
    `C${rows.capacitaciones}`,
    'La unidad de medida "Talleres" no está en el catálogo (las capacitaciones se miden en Evento).',
  );

  // ---- Presupuesto 2026: one year, total typed ------------------------------------------------
  budget.set('A1', 'PRESUPUESTO POR PROGRAMA, EJERCICIO FISCAL 2026', { bold: true });
  budget.row('A3', ['PRG', 'DESCRIPCIÓN', 'ASIGNADO 2026'], { header: true });
  INAB_PROGRAMMES.forEach(([code, name, keys], i) => {
    budget.set(`A${4 + i}`, code, { border: true, center: true });
    budget.set(`B${4 + i}`, name, { border: true });
    budget.set(`C${4 + i}`, sum(keys.map((k) => financialOf(product(k)))), { fmt: FMT.q, border: true });
  });
  budget.set('B7', 'Total', { bold: true, border: true });
  budget.set('C7', F.pick(total, 224360500), { fmt: FMT.q, bold: true, border: true });
  F.add(
    'total-mismatch',
    budget.name,
    'C7',
    'El total escrito (Q224,360,500.00) no es la suma de los programas (Q224,630,500.00) ni el total de metas.',
    [[goals.name, `I${r}`]],
  );

  // ---- Indicadores: offset to B3, relatives as formulas ----------------------------------------
  indicators.set('B3', 'INDICADORES DE PRODUCTO 2026', { bold: true });
  indicators.merge('B5:B6', 'Producto', { header: true });
  indicators.merge('C5:C6', 'Unidad', { header: true });
  indicators.merge('D5:D6', 'Indicador', { header: true });
  indicators.merge('E5:F5', 'Línea base', { header: true });
  indicators.row('E6', ['Año', 'Valor'], { header: true });
  indicators.merge('G5:I5', 'Meta 2026', { header: true });
  indicators.row('G6', ['Absoluto', 'Población objetivo', 'Relativo'], { header: true });
  const inabIndicators = [
    ['manejo', 'Porcentaje de hectáreas bajo manejo forestal sostenible', 72.5, 20000],
    ['viveros', 'Porcentaje de plantas producidas respecto a las programadas', 95, 2500000],
    ['proteccion', 'Porcentaje de hectáreas protegidas contra incendios y plagas', 88, 40000],
  ];
  inabIndicators.forEach(([key, name, baseline, population], i) => {
    const row = 7 + i;
    const p = product(key);
    const absolute = sum(p.quarters);
    indicators.set(`B${row}`, p.name, { border: true, wrap: true });
    indicators.set(`C${row}`, p.unit, { border: true });
    indicators.set(`D${row}`, name, { border: true, wrap: true });
    indicators.set(`E${row}`, 2024, { border: true, center: true });
    const baselineValue = key === 'manejo' && F.faulty ? '72.5' : baseline;
    indicators.set(`F${row}`, baselineValue, { border: true, fmt: '0.0' });
    indicators.set(`G${row}`, absolute, { fmt: FMT.int, border: true });
    const noPopulation = key === 'proteccion' && F.faulty;
    indicators.set(`H${row}`, noPopulation ? null : population, { fmt: FMT.int, border: true });
    const relative = noPopulation ? { error: '#DIV/0!' } : absolute / population;
    indicators.set(`I${row}`, formula(`G${row}/H${row}`, relative), { fmt: '0.0%', border: true });
  });
  F.add(
    'number-as-text',
    indicators.name,
    'F7',
    'El valor de la línea base de Hectáreas bajo manejo está escrito como texto ("72.5").',
  );
  F.add(
    'error-value',
    indicators.name,
    'I9',
    'El dato relativo de Hectáreas protegidas muestra #DIV/0!: falta la población objetivo.',
    [[indicators.name, 'H9']],
  );
  F.add(
    'empty-reference',
    indicators.name,
    'I9',
    'La fórmula =G9/H9 divide entre una celda vacía (H9, población objetivo).',
    [[indicators.name, 'H9']],
  );

  // ---- Ficha técnica del indicador de manejo forestal --------------------------------------------
  ficha.merge('A1:F1', 'FICHA TÉCNICA PARA DEFINICIÓN DE INDICADORES', { header: true });
  ficha.merge('A2:F2', `1112-0021-000-000 ${INAB_NAME}`, { bold: true });
  const fichaRows = [
    ['Código y nombre del indicador', '1. Porcentaje de hectáreas bajo manejo forestal sostenible'],
    ['Categoría del indicador', 'PRODUCTO'],
    ['Objetivo asociado', 'Incrementar la superficie de bosque bajo manejo forestal sostenible'],
    ['Política pública asociada', 'Política Forestal de Guatemala'],
    ['Descripción del indicador', 'Mide las hectáreas incorporadas a manejo forestal respecto de las programadas'],
    ['Fórmula de cálculo', '(Hectáreas incorporadas / Hectáreas programadas) * 100'],
    ['Frecuencia de medición', 'Trimestral'],
  ];
  fichaRows.forEach(([label, value], i) => {
    ficha.set(`A${4 + i}`, label, { bold: true, border: true });
    ficha.merge(`B${4 + i}:F${4 + i}`, value, { border: true, wrap: true });
  });
  ficha.merge('A12:F12', 'Tendencia y meta del indicador', { header: true });
  ficha.row('A13', ['Años', 2024, 2026], { border: true, bold: true });
  ficha.row('A14', ['Valor', 72.5, 95], { border: true });
  ficha.row('A15', ['Línea base', 'Año: 2024', 'Valor: 72.5'], { border: true });
  ficha.set('A16', 'Unidad responsable', { bold: true, border: true });
  ficha.merge('B16:F16', 'Dirección de Manejo y Conservación de Bosques', { border: true });

  // ---- Resultado: one statement ----------------------------------------------------------------
  result.set('A1', 'RESULTADO INSTITUCIONAL 2026', { header: true });
  result.set(
    'A2',
    `Para el año 2026 se ha incrementado la superficie de bosque bajo manejo forestal sostenible a 125,000 hectáreas acumulado (de 80,000 hectáreas en el año 2020 a 125,000 hectáreas en el año ${F.pick(2026, 2024)}).`,
    { wrap: true, border: true },
  );
  result.ws.getRow(2).height = 45;
  F.add(
    'narrative-mismatch',
    result.name,
    'A2',
    'El resultado de 2026 termina "en el año 2024": el año final debe ser el del resultado (2026).',
  );

  // ---- Cobertura: one row per department ----------------------------------------------------
  coverage.row('A3', ['Producto', 'Departamento', 'Municipios'], { header: true });
  const inabCoverage = [
    ['manejo', 'Petén', 'Flores, San Benito, Sayaxché, Poptún'],
    ['manejo', 'Alta Verapaz', 'Cobán, Chisec, Fray Bartolomé de las Casas'],
    ['viveros', F.pick('Chimaltenango', 'Chimaltenago'), 'Chimaltenango, Tecpán Guatemala, Patzún'],
    ['proteccion', 'Zacapa', 'Zacapa, Gualán'],
    ['proteccion', 'Baja Verapaz', 'Salamá, Purulhá'],
  ];
  inabCoverage.forEach(([key, department, municipalities], i) => {
    coverage.set(`A${4 + i}`, product(key).name, { border: true, wrap: true });
    coverage.set(`B${4 + i}`, department, { border: true });
    coverage.set(`C${4 + i}`, municipalities, { border: true, wrap: true });
  });
  F.add(
    'unknown-value',
    coverage.name,
    'B6',
    'El departamento "Chimaltenago" no está en el catálogo del INE (¿Chimaltenango?).',
  );
  return wb;
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/** Each example: the faulty workbook `<base>.xlsx` and its corrected twin `<base>-corregido.xlsx`. */
const EXAMPLES = [
  { base: 'igm-pom-2026-2030', build: buildIgm },
  { base: 'sbs-pom-2027-2031', build: buildSbs },
  { base: 'inab-poa-2026', build: buildInab },
];

async function main() {
  const xlsxDir = path.resolve(process.argv[2] || path.join(ROOT, 'examples'));
  const expectedDir = path.resolve(process.argv[3] || path.join(ROOT, 'test', 'fixtures', 'pom', 'expected'));
  fs.mkdirSync(xlsxDir, { recursive: true });
  fs.mkdirSync(expectedDir, { recursive: true });
  for (const example of EXAMPLES) {
    for (const faulty of [false, true]) {
      const faults = new Faults(faulty);
      const wb = example.build(faults);
      const name = faulty ? example.base : `${example.base}-corregido`;
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
