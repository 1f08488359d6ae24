#!/usr/bin/env node
/**
 * Writes the evaluation corpus of the generic formula rules (issue 8) in
 * test/fixtures/real-world-like/: workbooks the way a municipal or institutional planning office
 * in Guatemala types them (titles, merged headers, blank separator rows, spacer columns, quarterly
 * cells nobody filled yet, parameters above a block, subtotals, typed totals), each pattern in a
 * clean form (no error or warning may be reported) and a faulty form (the listed mistakes must be
 * found), and the expected answers in expected.json.
 *
 *   node scripts/make-real-world-like.js [outDir]
 *
 * Two steps:
 *  1. ExcelJS writes each workbook with formulas but no cached results.
 *  2. LibreOffice headless re-saves every workbook as .xlsx (`soffice --convert-to xlsx`), which
 *     recalculates each formula and stores its result (#DIV/0!, #REF! included), as a workbook
 *     saved by a spreadsheet application carries them. The script then checks that every formula
 *     survived the re-save and has a cached value, and fixes the timestamps LibreOffice writes
 *     (docProps/core.xml and the zip entries) so that re-running does not churn the binaries.
 *
 * Each pattern is built by one function that receives `faulty`: the clean workbook and its faulty
 * twin come from the same code, and every difference is a listed mistake (`book.mistake`).
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { pathToFileURL } = require('url');
const ExcelJS = require('exceljs');
const JSZip = require('jszip');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.resolve(process.argv[2] || path.join(ROOT, 'test', 'fixtures', 'real-world-like'));
const FIXED_DATE = new Date(Date.UTC(2025, 6, 15, 12, 0, 0));
const FIXED_ISO = '2025-07-15T12:00:00Z';
JSZip.defaults.date = FIXED_DATE;

const FMT = {
  q: '"Q"#,##0.00',
  q0: '"Q"#,##0',
  int: '#,##0',
  pct: '0%',
  pct1: '0.0%',
  dec2: '0.00',
  year: '0',
  code: '0',
};

const THIN = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FILLS = {
  blue: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  green: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } },
  grey: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } },
};

// ---------------------------------------------------------------------------------------------
// Writing helpers
// ---------------------------------------------------------------------------------------------

function letters(index) {
  let n = index;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(s) {
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The column `offset` places to the right of `col` ("C", 2 → "E"). */
function shift(col, offset) {
  return letters(colIndex(col) + offset);
}

/** Columns from `first` to `last` inclusive. */
function span(first, last) {
  const out = [];
  for (let i = colIndex(first); i <= colIndex(last); i++) out.push(letters(i));
  return out;
}

function sheet(wb, name, widths) {
  const ws = wb.addWorksheet(name);
  if (widths) widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  const w = {
    name,
    ws,
    /**
     * Sets a cell. `value`: number, string, null, or `{ f: 'SUM(A1:A3)' }` for a formula (no
     * cached result: LibreOffice computes it). style: { fmt, bold, italic, header, fill, wrap, center, indent }.
     */
    set(address, value, style = {}) {
      const cell = ws.getCell(address);
      if (value && typeof value === 'object' && 'f' in value) cell.value = { formula: value.f };
      else cell.value = value === undefined ? null : value;
      if (style.fmt) cell.numFmt = style.fmt;
      const font = {};
      if (style.bold || style.header) font.bold = true;
      if (style.italic) font.italic = true;
      if (style.size) font.size = style.size;
      if (Object.keys(font).length) cell.font = font;
      if (style.header) cell.fill = FILLS.blue;
      else if (style.fill) cell.fill = FILLS[style.fill];
      if (style.header || style.border) cell.border = BORDER;
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
    merge(range, value, style = {}) {
      ws.mergeCells(range);
      return w.set(range.split(':')[0], value, style);
    },
    /** Writes values rightwards from a cell; `undefined` leaves a cell alone. */
    row(start, values, style = {}) {
      const m = /^([A-Z]+)(\d+)$/.exec(start);
      values.forEach((value, i) => {
        if (value === undefined) return;
        const col = shift(m[1], i);
        w.set(`${col}${m[2]}`, value, typeof style === 'function' ? style(i, col) : style);
      });
    },
    title(text, sub) {
      w.set('A1', text, { bold: true, size: 14 });
      if (sub) w.set('A2', sub, { italic: true });
    },
  };
  return w;
}

const f = (text) => ({ f: text });

function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Planifica (corpus de evaluación)';
  wb.lastModifiedBy = 'Planifica (corpus de evaluación)';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.calcProperties = { fullCalcOnLoad: true };
  return wb;
}

/** A workbook of the corpus and the mistakes it carries. */
class Book {
  constructor(file, pattern, faulty) {
    this.file = file;
    this.pattern = pattern;
    this.faulty = faulty;
    this.wb = newWorkbook();
    this.mistakes = [];
  }
  /** Records a mistake of the faulty twin; ignored in the clean one. */
  mistake(entry) {
    if (!this.faulty) return;
    const { kind, otherKinds, sheet: sheetName, range, related, dependents, alternatives, severity, note } = entry;
    const out = { kind, sheet: sheetName, range };
    if (otherKinds) out.otherKinds = otherKinds;
    if (alternatives) out.alternatives = alternatives;
    if (severity) out.severity = severity;
    if (related) out.related = related.map((r) => (typeof r === 'string' ? { sheet: sheetName, range: r } : r));
    if (dependents) out.dependents = dependents;
    out.note = note;
    this.mistakes.push(out);
  }
}

// Names a Guatemalan planning office would type.
const MUNICIPIOS_QUICHE = [
  ['1401', 'Santa Cruz del Quiché'],
  ['1402', 'Chiché'],
  ['1403', 'Chinique'],
  ['1404', 'Zacualpa'],
  ['1405', 'Chajul'],
  ['1406', 'Chichicastenango'],
  ['1407', 'Patzité'],
  ['1408', 'San Antonio Ilotenango'],
  ['1409', 'San Pedro Jocopilas'],
  ['1410', 'Cunén'],
  ['1411', 'San Juan Cotzal'],
  ['1412', 'Joyabaj'],
  ['1413', 'Nebaj'],
  ['1414', 'San Andrés Sajcabajá'],
  ['1415', 'Uspantán'],
  ['1416', 'Sacapulas'],
];

const RENGLONES = [
  ['011', 'Personal permanente'],
  ['022', 'Personal por contrato'],
  ['029', 'Otras remuneraciones de personal temporal'],
  ['111', 'Energía eléctrica'],
  ['113', 'Telefonía'],
  ['122', 'Impresión, encuadernación y reproducción'],
  ['133', 'Viáticos en el interior'],
  ['151', 'Arrendamiento de edificios y locales'],
  ['211', 'Alimentos para personas'],
  ['262', 'Combustibles y lubricantes'],
  ['291', 'Útiles de oficina'],
  ['328', 'Equipo de cómputo'],
];

/** Deterministic pseudo-random amounts (a linear congruential generator with a fixed seed). */
function rng(seed) {
  let s = seed >>> 0;
  return (min, max, step = 1) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const k = Math.floor((max - min) / step);
    return min + step * (s % (k + 1));
  };
}

// ---------------------------------------------------------------------------------------------
// 1. Unfilled input blocks
// ---------------------------------------------------------------------------------------------

/**
 * Mid-year follow-up of the POA: annual goal, four quarters (only T1 and T2 filled by 30 June),
 * total programmed by formula, % of progress, programme blocks separated by blank rows, and a
 * general total that reads the empty T3/T4 columns.
 */
function metasTrimestrales(faulty) {
  const book = new Book(
    `01-metas-trimestrales-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'bloques de entrada sin llenar',
    faulty,
  );
  const S = 'POA 2025 - Metas';
  const w = sheet(book.wb, S, [10, 46, 16, 12, 12, 12, 12, 12, 14, 12]);
  w.title(
    'Municipalidad de San Pedro Carchá, Alta Verapaz',
    'Plan Operativo Anual 2025 — Seguimiento de metas físicas (corte al 30 de junio)',
  );
  w.merge('A4:A5', 'Código', { header: true });
  w.merge('B4:B5', 'Descripción', { header: true });
  w.merge('C4:C5', 'Unidad de medida', { header: true });
  w.merge('D4:D5', 'Meta anual', { header: true });
  w.merge('E4:H4', 'Programación trimestral', { header: true });
  w.row('E5', ['Trimestre 1', 'Trimestre 2', 'Trimestre 3', 'Trimestre 4'], { header: true });
  w.merge('I4:I5', 'Total programado', { header: true });
  w.merge('J4:J5', '% de avance', { header: true });
  const blocks = [
    {
      header: 'Programa 11: Servicios públicos municipales',
      rows: [
        ['11-01', 'Mantenimiento de alumbrado público', 'Luminaria', 480, 110, 125],
        ['11-02', 'Recolección de desechos sólidos', 'Tonelada', 3600, 870, 905],
        ['11-03', 'Limpieza de mercados municipales', 'Mercado', 4, 1, 1],
        ['11-04', 'Mantenimiento de cementerio general', 'Metro cuadrado', 12000, 2500, 3100],
      ],
    },
    {
      header: 'Programa 12: Agua y saneamiento',
      rows: [
        ['12-01', 'Cloración de sistemas de agua', 'Sistema', 36, 9, 9],
        ['12-02', 'Reparación de tuberías de conducción', 'Metro lineal', 2400, 560, 610],
        ['12-03', 'Análisis de calidad del agua', 'Muestra', 96, 24, 24],
        ['12-04', 'Limpieza de tanques de distribución', 'Tanque', 48, 12, 11],
        ['12-05', 'Conexiones domiciliares nuevas', 'Conexión', 350, 70, 95],
      ],
    },
    {
      header: 'Programa 13: Red vial',
      rows: [
        ['13-01', 'Bacheo de calles urbanas', 'Metro cuadrado', 5000, 1200, 1350],
        ['13-02', 'Balastado de caminos rurales', 'Kilómetro', 60, 14, 16],
        ['13-03', 'Limpieza de cunetas', 'Kilómetro', 120, 30, 28],
        ['13-04', 'Señalización vial', 'Señal', 200, 40, 55],
      ],
    },
  ];
  let r = 6;
  const dataRows = [];
  let lastOfSecond = 0;
  let divisorRow = 0;
  blocks.forEach((block, bi) => {
    w.set(`B${r}`, block.header, { bold: true, fill: 'green' });
    r++;
    block.rows.forEach(([code, name, unit, goal, t1, t2], i) => {
      const blankGoal = faulty && bi === 2 && i === 1;
      if (blankGoal) divisorRow = r;
      w.row(`A${r}`, [code, name, unit], {});
      w.set(`D${r}`, blankGoal ? null : goal, { fmt: FMT.int });
      w.set(`E${r}`, t1, { fmt: FMT.int });
      w.set(`F${r}`, t2, { fmt: FMT.int });
      w.set(`I${r}`, f(`SUM(E${r}:H${r})`), { fmt: FMT.int });
      w.set(`J${r}`, f(`I${r}/D${r}`), { fmt: FMT.pct1 });
      dataRows.push(r);
      if (bi === 1 && i === block.rows.length - 1) lastOfSecond = r;
      r++;
    });
    r++; // blank separator row
  });
  const total = r;
  w.set(`B${total}`, 'Total general', { bold: true });
  for (const c of ['D', 'E', 'F', 'G', 'H', 'I'])
    w.set(`${c}${total}`, f(`SUM(${c}7:${c}${total - 2})`), { fmt: FMT.int, bold: true });
  w.set(`J${total}`, f(`I${total}/D${total}`), { fmt: FMT.pct1, bold: true });
  if (faulty) {
    // The last row of programme 12 adds up the row below it: the blank separator.
    const slip = lastOfSecond;
    w.set(`I${slip}`, f(`SUM(E${slip + 1}:H${slip + 1})`), { fmt: FMT.int });
    book.mistake({
      kind: 'empty-reference',
      otherKinds: ['inconsistent-formula'],
      sheet: S,
      range: `I${slip}`,
      related: [`E${slip + 1}:H${slip + 1}`],
      note: `El total programado de la fila ${slip} suma la fila ${slip + 1} (separador en blanco) en lugar de su propia fila: sus copias leen números en la misma posición relativa.`,
    });
    book.mistake({
      kind: 'error-value',
      sheet: S,
      range: `J${divisorRow}`,
      related: [`D${divisorRow}`],
      note: `La meta anual D${divisorRow} quedó vacía y el % de avance divide entre ella: #DIV/0!.`,
    });
  }
  return book;
}

/**
 * Four-year indicative plan: layout starting at column B, two header rows with a merged group
 * "Metas por año" over year numbers, baseline, 2026 and 2027 not filled yet, a plain-addition
 * total, and a quarterly execution block of 2025 with T3/T4 empty.
 */
function planCuatrienal(faulty) {
  const book = new Book(
    `02-plan-cuatrienal-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'bloques de entrada sin llenar',
    faulty,
  );
  const S = 'Plan indicativo';
  const w = sheet(book.wb, S, [3, 6, 50, 12, 10, 10, 10, 10, 13, 12, 3, 10, 10, 10, 10, 12, 12]);
  w.set('B1', 'Municipalidad de Cobán — Plan de Desarrollo Municipal y Ordenamiento Territorial', {
    bold: true,
    size: 13,
  });
  w.set('B2', 'Matriz de metas 2024-2027 (cifras en unidades de cada indicador)', { italic: true });
  w.merge('B4:B5', 'No.', { header: true });
  w.merge('C4:C5', 'Indicador', { header: true });
  w.merge('D4:D5', 'Línea base 2023', { header: true });
  w.merge('E4:H4', 'Metas por año', { header: true });
  w.row('E5', [2024, 2025, 2026, 2027], { header: true, fmt: FMT.year });
  w.merge('I4:I5', 'Total cuatrienio', { header: true });
  w.merge('J4:J5', 'Índice respecto a línea base', { header: true });
  w.merge('L4:O4', 'Ejecución 2025 por trimestre', { header: true });
  w.row('L5', ['T1', 'T2', 'T3', 'T4'], { header: true });
  w.merge('P4:P5', 'Ejecutado 2025', { header: true });
  w.merge('Q4:Q5', '% de la meta 2025', { header: true });
  const ejes = [
    {
      name: 'Eje 1: Desarrollo social',
      rows: [
        ['Niños y niñas inscritos en preprimaria', 2450, 2500, 2600, 1180, 1230],
        ['Becas escolares entregadas', 300, 320, 340, 170, 150],
        ['Familias con letrina mejorada', 800, 150, 180, 80, 60],
        ['Jornadas médicas en aldeas', 24, 30, 32, 15, 14],
      ],
    },
    {
      name: 'Eje 2: Desarrollo económico',
      rows: [
        ['Productores con asistencia técnica', 640, 700, 750, 360, 330],
        ['Ferias de emprendimiento realizadas', 2, 4, 4, 2, 1],
        ['Mujeres capacitadas en oficios', 210, 250, 280, 130, 120],
      ],
    },
    {
      name: 'Eje 3: Ambiente y gestión de riesgo',
      rows: [
        ['Hectáreas reforestadas', 35, 40, 45, 20, 18],
        ['Simulacros comunitarios', 6, 8, 8, 4, 3],
        ['Toneladas de residuos clasificados', 150, 180, 200, 90, 85],
        ['Viveros forestales activos', 3, 4, 4, 4, 4],
      ],
    },
  ];
  let r = 6;
  let n = 1;
  let slipRow = 0;
  let divRow = 0;
  ejes.forEach((eje, ei) => {
    w.merge(`B${r}:J${r}`, eje.name, { bold: true, fill: 'grey' });
    r++;
    eje.rows.forEach(([name, base, m24, m25, t1, t2], i) => {
      const noBase = faulty && ei === 1 && i === 1;
      if (noBase) divRow = r;
      if (ei === 0 && i === eje.rows.length - 1) slipRow = r;
      w.set(`B${r}`, n++, { center: true });
      w.set(`C${r}`, name);
      w.set(`D${r}`, noBase ? null : base, { fmt: FMT.int });
      w.set(`E${r}`, m24, { fmt: FMT.int });
      w.set(`F${r}`, m25, { fmt: FMT.int });
      w.set(`I${r}`, f(`E${r}+F${r}+G${r}+H${r}`), { fmt: FMT.int });
      w.set(`J${r}`, f(`I${r}/D${r}`), { fmt: FMT.dec2 });
      w.set(`L${r}`, t1, { fmt: FMT.int });
      w.set(`M${r}`, t2, { fmt: FMT.int });
      w.set(`P${r}`, f(`SUM(L${r}:O${r})`), { fmt: FMT.int });
      w.set(`Q${r}`, f(`P${r}/F${r}`), { fmt: FMT.pct });
      r++;
    });
    r++;
  });
  if (faulty) {
    w.set(`I${slipRow}`, f(`E${slipRow}+F${slipRow + 1}+G${slipRow}+H${slipRow}`), { fmt: FMT.int });
    book.mistake({
      kind: 'empty-reference',
      otherKinds: ['inconsistent-formula'],
      sheet: S,
      range: `I${slipRow}`,
      related: [`F${slipRow + 1}`],
      note: `El total cuatrienio de la fila ${slipRow} toma la meta 2025 de la fila ${slipRow + 1} (separador en blanco); las demás filas suman su propia meta 2025, que está llena.`,
    });
    book.mistake({
      kind: 'error-value',
      sheet: S,
      range: `J${divRow}`,
      related: [`D${divRow}`],
      note: `La línea base D${divRow} está vacía y el índice divide entre ella: #DIV/0!.`,
    });
  }
  return book;
}

// ---------------------------------------------------------------------------------------------
// 2. A totals row copied across an empty (spacer) column
// ---------------------------------------------------------------------------------------------

function presupuestoFuentes(faulty) {
  const book = new Book(
    `03-presupuesto-por-fuente-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'fila de totales copiada sobre una columna vacía',
    faulty,
  );
  const S = 'Presupuesto por fuente';
  const w = sheet(book.wb, S, [8, 42, 15, 15, 2, 15, 15, 2, 15, 15]);
  w.title('Municipalidad de Sololá — Presupuesto de egresos por fuente de financiamiento', 'Cifras en quetzales');
  w.merge('A4:A5', 'Renglón', { header: true });
  w.merge('B4:B5', 'Descripción', { header: true });
  w.merge('C4:D4', 'Ingresos propios', { header: true });
  w.merge('F4:G4', 'Aporte constitucional', { header: true });
  w.merge('I4:J4', 'Total', { header: true });
  for (const c of ['C', 'F', 'I']) {
    w.set(`${c}5`, 2025, { header: true, fmt: FMT.year });
    w.set(`${shift(c, 1)}5`, 2026, { header: true, fmt: FMT.year });
  }
  const rand = rng(303);
  let r = 6;
  for (const [code, name] of RENGLONES) {
    w.set(`A${r}`, code);
    w.set(`B${r}`, name);
    for (const c of ['C', 'D', 'F', 'G']) w.set(`${c}${r}`, rand(5000, 250000, 500), { fmt: FMT.q });
    w.set(`I${r}`, f(`C${r}+F${r}`), { fmt: FMT.q });
    w.set(`J${r}`, f(`D${r}+G${r}`), { fmt: FMT.q });
    r++;
  }
  const last = r - 1;
  const t = r;
  w.set(`B${t}`, 'Total', { bold: true });
  // Copied across C:J, spacer columns included (they show Q0.00 in a narrow column).
  for (const c of span('C', 'J')) w.set(`${c}${t}`, f(`SUM(${c}6:${c}${last})`), { fmt: FMT.q, bold: true });
  if (faulty) {
    w.set(`G${t}`, f(`SUM(F6:F${last})`), { fmt: FMT.q, bold: true });
    book.mistake({
      kind: 'inconsistent-formula',
      sheet: S,
      range: `G${t}`,
      note: `El total 2026 del aporte constitucional suma la columna F (2025) en lugar de la G; los demás totales de la fila, a ambos lados de las columnas separadoras, suman su propia columna.`,
    });
  }
  return book;
}

function ejecucionPorGrupos(faulty) {
  const book = new Book(
    `04-ejecucion-por-grupos-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'fila de totales copiada sobre una columna vacía',
    faulty,
  );
  const S = 'Ejecución 2025';
  const w = sheet(book.wb, S, [40, 12, 12, 12, 12, 3, 12, 12, 12, 12, 3, 14]);
  w.set('A1', 'Ministerio de Desarrollo Social — Unidad de Planificación', { bold: true, size: 13 });
  w.set('A2', 'Programado y ejecutado por trimestre, programa 21: Apoyo al consumo adecuado de alimentos');
  w.merge('B4:E4', 'Programado', { header: true });
  w.merge('G4:J4', 'Ejecutado', { header: true });
  w.merge('A4:A5', 'Departamento', { header: true });
  w.row('B5', ['T1', 'T2', 'T3', 'T4'], { header: true });
  w.row('G5', ['T1', 'T2', 'T3', 'T4'], { header: true });
  w.merge('L4:L5', 'Raciones entregadas al 30/06', { header: true });
  // The totals sit at the top, above the data, as many offices print them.
  w.set('A6', 'Total', { bold: true, fill: 'green' });
  const deps = [
    'Alta Verapaz',
    'Baja Verapaz',
    'Chimaltenango',
    'Chiquimula',
    'El Progreso',
    'Huehuetenango',
    'Jalapa',
    'Quiché',
    'San Marcos',
    'Sololá',
    'Totonicapán',
    'Zacapa',
  ];
  const rand = rng(404);
  let r = 8;
  for (const d of deps) {
    w.set(`A${r}`, d);
    const p = [0, 1, 2, 3].map(() => rand(2000, 9000, 50));
    w.row(`B${r}`, p, { fmt: FMT.int });
    w.row(`G${r}`, [p[0] - rand(0, 400, 10), p[1] - rand(0, 600, 10)], { fmt: FMT.int });
    w.set(`L${r}`, f(`SUM(G${r}:J${r})`), { fmt: FMT.int });
    r++;
  }
  const last = r - 1;
  for (const c of span('B', 'L'))
    w.set(`${c}6`, f(`SUM(${c}8:${c}${last})`), { fmt: FMT.int, bold: true, fill: 'green' });
  if (faulty) {
    w.set('H6', f(`SUM(H8:H${last - 1})`), { fmt: FMT.int, bold: true, fill: 'green' });
    book.mistake({
      kind: 'range-omits-cells',
      otherKinds: ['inconsistent-formula'],
      sheet: S,
      range: 'H6',
      related: [`H${last}`],
      note: `El total ejecutado del T2 se detiene en la fila ${last - 1} y deja fuera a ${deps[deps.length - 1]} (H${last}); los demás totales de la fila llegan a la fila ${last}.`,
    });
  }
  return book;
}

// ---------------------------------------------------------------------------------------------
// 3. Subset subtotals and a grand total that sums subtotals
// ---------------------------------------------------------------------------------------------

function subtotalesMunicipios(faulty) {
  const book = new Book(
    `05-subtotales-municipios-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'subtotales de subconjuntos y total general de subtotales',
    faulty,
  );
  const S = 'Inversión por municipio';
  const w = sheet(book.wb, S, [6, 30, 12, 16, 16]);
  w.title(
    'Consejo Departamental de Desarrollo de Quiché',
    'Inversión aprobada por municipio, ordenada de mayor a menor',
  );
  w.row('A4', ['No.', 'Municipio', 'Proyectos', 'Inversión 2025', 'Inversión 2026'], { header: true });
  const rand = rng(505);
  const rows = MUNICIPIOS_QUICHE.slice(0, 12).map(([, name]) => [name, rand(3, 14), rand(400000, 3000000, 1000)]);
  rows.sort((a, b) => b[2] - a[2]);
  let r = 5;
  rows.forEach(([name, count, amount], i) => {
    w.set(`A${r}`, i + 1, { center: true });
    w.set(`B${r}`, name);
    w.set(`C${r}`, count, { fmt: FMT.int });
    w.set(`D${r}`, amount, { fmt: FMT.q });
    w.set(`E${r}`, Math.round(amount * 1.06), { fmt: FMT.q });
    r++;
  });
  const last = r - 1; // 16
  const total = r; // 17
  w.set(`B${total}`, 'Total departamento', { bold: true });
  for (const c of ['C', 'D', 'E'])
    w.set(`${c}${total}`, f(`SUM(${c}5:${c}${last})`), { bold: true, fmt: c === 'C' ? FMT.int : FMT.q });
  const top5 = total + 2;
  w.set(`B${top5}`, 'Total de los cinco principales', { italic: true });
  w.set(`B${top5 + 1}`, 'Otros', { italic: true });
  w.set(`B${top5 + 2}`, 'Participación de los cinco principales', { italic: true });
  for (const c of ['C', 'D', 'E']) {
    const fmt = c === 'C' ? FMT.int : FMT.q;
    w.set(`${c}${top5}`, f(`SUM(${c}5:${c}9)`), { fmt });
    w.set(`${c}${top5 + 1}`, f(`SUM(${c}10:${c}${last})`), { fmt });
    w.set(`${c}${top5 + 2}`, f(`${c}${top5}/${c}${total}`), { fmt: FMT.pct1 });
  }

  // Second table: projects by area, data rows first, then the subtotals, then the total.
  const h = top5 + 5;
  w.row(`A${h}`, ['Área', 'Proyecto', 'Aldeas', 'Monto 2025', 'Monto 2026'], { header: true });
  const projects = [
    ['Urbana', 'Pavimentación calle principal, zona 1', 1, 850000],
    ['Urbana', 'Ampliación del mercado municipal', 1, 1200000],
    ['Urbana', 'Mejoramiento del parque central', 1, 430000],
    ['Urbana', 'Drenaje sanitario, zona 3', 1, 760000],
    ['Rural', 'Introducción de agua potable, aldea Chicabracán', 1, 640000],
    ['Rural', 'Escuela primaria, caserío Xesic', 1, 520000],
    ['Rural', 'Camino rural Pachoj - Lemoa', 2, 980000],
    ['Rural', 'Puesto de salud, aldea Choacamán', 1, 450000],
  ];
  let p = h + 1;
  for (const [area, name, villages, amount] of projects) {
    w.row(`A${p}`, [area, name, villages], {});
    w.set(`D${p}`, amount, { fmt: FMT.q });
    w.set(`E${p}`, Math.round(amount * 1.05), { fmt: FMT.q });
    p++;
  }
  const first = h + 1;
  const sub1 = p;
  const sub2 = p + 1;
  const grand = p + 2;
  w.set(`B${sub1}`, 'Subtotal área urbana', { bold: true });
  w.set(`B${sub2}`, 'Subtotal área rural', { bold: true });
  w.set(`B${grand}`, 'Total general', { bold: true });
  for (const c of ['C', 'D', 'E']) {
    const fmt = c === 'C' ? FMT.int : FMT.q;
    w.set(`${c}${sub1}`, f(`SUM(${c}${first}:${c}${first + 3})`), { fmt, bold: true });
    w.set(`${c}${sub2}`, f(`SUM(${c}${first + 4}:${c}${first + 7})`), { fmt, bold: true });
    w.set(`${c}${grand}`, f(`SUM(${c}${sub1}:${c}${sub2})`), { fmt, bold: true });
  }
  if (faulty) {
    w.set(`D${total}`, f(`SUM(D5:D${last - 1})`), { bold: true, fmt: FMT.q });
    book.mistake({
      kind: 'range-omits-cells',
      otherKinds: ['inconsistent-formula'],
      sheet: S,
      range: `D${total}`,
      related: [`D${last}`],
      note: `El total departamental 2025 suma D5:D${last - 1} y deja fuera al último municipio (D${last}); las columnas C y E llegan a la fila ${last}.`,
    });
  }
  return book;
}

/** Groups closed by SUBTOTAL(9,…) and a grand total over the whole range, which SUBTOTAL allows. */
function subtotalesFuncion(faulty) {
  const book = new Book(
    `06-subtotales-funcion-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'subtotal dentro del rango de un total',
    faulty,
  );
  const S = 'Costos por actividad';
  const w = sheet(book.wb, S, [10, 44, 14, 14, 14]);
  w.title('Secretaría de Seguridad Alimentaria y Nutricional — Costeo de actividades 2025');
  w.row('A3', ['Actividad', 'Insumo', 'Cantidad', 'Costo unitario', 'Costo total'], { header: true });
  const groups = [
    [
      'Act. 001 Monitoreo nutricional',
      [
        ['Balanzas pediátricas', 40, 850],
        ['Tallímetros', 40, 600],
        ['Formularios impresos', 5000, 1.5],
      ],
    ],
    [
      'Act. 002 Capacitación a madres',
      [
        ['Refacciones', 1200, 15],
        ['Material didáctico', 300, 45],
        ['Alquiler de salones', 24, 350],
        ['Transporte de facilitadoras', 48, 120],
      ],
    ],
    [
      'Act. 003 Entrega de alimento complementario',
      [
        ['Bolsas de alimento fortificado', 9000, 32],
        ['Flete', 60, 900],
      ],
    ],
  ];
  let r = 4;
  const subtotalRows = [];
  for (const [name, items] of groups) {
    w.set(`A${r}`, name.slice(0, 8), {});
    w.set(`B${r}`, name.slice(9), { bold: true });
    r++;
    const first = r;
    for (const [item, qty, unit] of items) {
      w.set(`B${r}`, item, { indent: 1 });
      w.set(`C${r}`, qty, { fmt: FMT.int });
      w.set(`D${r}`, unit, { fmt: FMT.q });
      w.set(`E${r}`, f(`C${r}*D${r}`), { fmt: FMT.q });
      r++;
    }
    w.set(`B${r}`, 'Subtotal', { bold: true, italic: true });
    w.set(`E${r}`, f(`SUBTOTAL(9,E${first}:E${r - 1})`), { fmt: FMT.q, bold: true });
    subtotalRows.push(r);
    r++;
  }
  const grand = r;
  w.set(`B${grand}`, 'Total general', { bold: true });
  w.set(`E${grand}`, f(`SUBTOTAL(9,E5:E${grand - 1})`), { fmt: FMT.q, bold: true });
  if (faulty) {
    w.set(`E${grand}`, f(`SUM(E5:E${grand - 1})`), { fmt: FMT.q, bold: true });
    book.mistake({
      kind: 'total-mismatch',
      sheet: S,
      range: `E${grand}`,
      related: subtotalRows.map((row) => `E${row}`),
      note: `El total general pasó de SUBTOTAL(9,…) a SUM sobre el mismo rango: ahora suma los insumos y además los subtotales ${subtotalRows.map((x) => 'E' + x).join(', ')}, es decir, cuenta todo dos veces.`,
    });
  }
  return book;
}

// ---------------------------------------------------------------------------------------------
// 4. Parameters and identifiers above or beside a block
// ---------------------------------------------------------------------------------------------

function parametros(faulty) {
  const book = new Book(
    `07-parametros-y-codigos-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'parámetros e identificadores sobre un bloque',
    faulty,
  );
  const S = 'Proyección 2024-2027';
  const w = sheet(book.wb, S, [40, 10, 14, 14, 14, 14, 16, 16]);
  w.set('A1', 'Municipalidad de Huehuetenango — Proyección del presupuesto de funcionamiento', {
    bold: true,
    size: 13,
  });
  w.set('A3', 'Tasa de IVA');
  w.set('C3', 0.12, { fmt: FMT.pct });
  w.set('A4', 'Factor de ajuste anual por inflación');
  w.row('C4', [1, 1.045, 1.09, 1.14], { fmt: FMT.dec2 });
  w.row('A5', ['Descripción', 'Código'], { header: true });
  w.row('C5', [2024, 2025, 2026, 2027], { header: true, fmt: FMT.year });
  w.row('G5', ['Total 2024-2027', 'Total con IVA'], { header: true });
  const items = [
    ['Servicios básicos (energía, agua, telefonía)', 1101, 185000],
    ['Arrendamientos', 1102, 96000],
    ['Mantenimiento de vehículos', 1103, 74000],
    ['Combustibles y lubricantes', 1104, 132000],
    ['Útiles de oficina y limpieza', 1105, 41000],
    ['Impresión y publicaciones', 1106, 28000],
    ['Viáticos y gastos de viaje', 1107, 55000],
    ['Seguros de bienes', 1108, 38000],
    ['Equipo de cómputo', 1109, 90000],
  ];
  let r = 6;
  for (const [name, code, base] of items) {
    w.set(`A${r}`, name);
    w.set(`B${r}`, code, { fmt: FMT.code, center: true });
    w.set(`C${r}`, base, { fmt: FMT.q });
    for (const c of ['D', 'E', 'F']) w.set(`${c}${r}`, f(`ROUND($C${r}*${c}$4,0)`), { fmt: FMT.q });
    w.set(`G${r}`, f(`SUM(C${r}:F${r})`), { fmt: FMT.q });
    w.set(`H${r}`, f(`G${r}*(1+$C$3)`), { fmt: FMT.q });
    r++;
  }
  const last = r - 1;
  const t = r;
  w.set(`A${t}`, 'Total', { bold: true });
  for (const c of span('C', 'H')) w.set(`${c}${t}`, f(`SUM(${c}6:${c}${last})`), { fmt: FMT.q, bold: true });
  if (faulty) {
    w.set(`E${t}`, f(`SUM(E6:E${last - 1})`), { fmt: FMT.q, bold: true });
    book.mistake({
      kind: 'range-omits-cells',
      otherKinds: ['inconsistent-formula', 'total-mismatch'],
      sheet: S,
      range: `E${t}`,
      related: [`E${last}`],
      note: `El total 2026 se detiene en la fila ${last - 1} y deja fuera el equipo de cómputo (E${last}); los demás años llegan a la fila ${last}.`,
    });
  }
  return book;
}

/** Municipalities across: INE codes, names, population and a target rate above the data rows. */
function tasasPorMunicipio(faulty) {
  const book = new Book(
    `08-tasas-por-municipio-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'parámetros e identificadores sobre un bloque',
    faulty,
  );
  const S = 'Metas por municipio';
  const w = sheet(book.wb, S, [44, 13, 13, 13, 13, 13, 13, 13]);
  w.set('A1', 'Dirección de Área de Salud de Quiché — Metas de vacunación 2025', { bold: true, size: 13 });
  const munis = MUNICIPIOS_QUICHE.slice(0, 6);
  w.set('A4', 'Código INE', { bold: true });
  w.set('A5', 'Municipio', { header: true });
  w.set('A6', 'Población menor de 5 años', { italic: true });
  w.set('A7', 'Cobertura esperada', { italic: true });
  const rand = rng(808);
  munis.forEach(([code, name], i) => {
    const c = shift('B', i);
    w.set(`${c}4`, Number(code), { fmt: FMT.code, center: true });
    w.set(`${c}5`, name, { header: true });
    w.set(`${c}6`, rand(4000, 16000, 10), { fmt: FMT.int });
    w.set(`${c}7`, 0.95, { fmt: FMT.pct });
  });
  w.set('H5', 'Total', { header: true });
  const vaccines = [
    'BCG',
    'Hepatitis B',
    'Pentavalente (3a. dosis)',
    'Polio (3a. dosis)',
    'Rotavirus (2a. dosis)',
    'Neumococo (3a. dosis)',
    'SPR (1a. dosis)',
  ];
  let r = 8;
  for (const v of vaccines) {
    w.set(`A${r}`, v);
    munis.forEach((_m, i) => {
      const c = shift('B', i);
      w.set(`${c}${r}`, f(`ROUND(${c}$6*${c}$7/5,0)`), { fmt: FMT.int });
    });
    w.set(`H${r}`, f(`SUM(B${r}:G${r})`), { fmt: FMT.int });
    r++;
  }
  const last = r - 1;
  const t = r;
  w.set(`A${t}`, 'Total de dosis', { bold: true });
  for (const c of span('B', 'H')) w.set(`${c}${t}`, f(`SUM(${c}8:${c}${last})`), { fmt: FMT.int, bold: true });
  if (faulty) {
    w.set(`E${t}`, f(`SUM(E8:E${last - 1})`), { fmt: FMT.int, bold: true });
    book.mistake({
      kind: 'range-omits-cells',
      otherKinds: ['inconsistent-formula'],
      sheet: S,
      range: `E${t}`,
      related: [`E${last}`],
      note: `El total de dosis de ${munis[3][1]} deja fuera la última vacuna (E${last}); los demás municipios suman hasta la fila ${last}.`,
    });
  }
  return book;
}

// ---------------------------------------------------------------------------------------------
// 5. A subtotal inside a total's range
// ---------------------------------------------------------------------------------------------

function subtotalDentro(faulty) {
  const book = new Book(
    `09-subtotal-dentro-del-rango-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'subtotal dentro del rango de un total',
    faulty,
  );
  const S = 'Presupuesto por grupo';
  const w = sheet(book.wb, S, [8, 44, 16, 16]);
  w.title('Municipalidad de Totonicapán — Presupuesto 2025 por grupo de gasto');
  w.row('A3', ['Renglón', 'Descripción', 'Asignado', 'Vigente'], { header: true });
  const groups = [
    ['0', 'Servicios personales', RENGLONES.slice(0, 3)],
    ['1', 'Servicios no personales', RENGLONES.slice(3, 8)],
    ['2', 'Materiales y suministros', RENGLONES.slice(8, 11)],
  ];
  const rand = rng(909);
  let r = 4;
  const subs = [];
  for (const [, gname, items] of groups) {
    const first = r;
    for (const [code, name] of items) {
      w.set(`A${r}`, code);
      w.set(`B${r}`, name);
      const a = rand(20000, 600000, 1000);
      w.set(`C${r}`, a, { fmt: FMT.q });
      w.set(`D${r}`, a + rand(0, 30000, 500), { fmt: FMT.q });
      r++;
    }
    w.set(`B${r}`, `Subtotal ${gname.toLowerCase()}`, { bold: true });
    for (const c of ['C', 'D']) w.set(`${c}${r}`, f(`SUM(${c}${first}:${c}${r - 1})`), { fmt: FMT.q, bold: true });
    subs.push(r);
    r++;
  }
  const t = r;
  w.set(`B${t}`, 'Total presupuesto', { bold: true });
  for (const c of ['C', 'D']) w.set(`${c}${t}`, f(subs.map((s) => `${c}${s}`).join('+')), { fmt: FMT.q, bold: true });
  if (faulty) {
    // The third subtotal was stretched up over the second group and its subtotal.
    const s3 = subs[2];
    const from = subs[0] + 1;
    w.set(`D${s3}`, f(`SUM(D${from}:D${s3 - 1})`), { fmt: FMT.q, bold: true });
    book.mistake({
      kind: 'total-mismatch',
      sheet: S,
      range: `D${s3}`,
      related: [`D${subs[1]}`],
      dependents: [`D${t}`],
      note: `El subtotal de materiales (vigente) abarca D${from}:D${s3 - 1}, que incluye el grupo de servicios no personales y su subtotal D${subs[1]}: cuenta ese grupo dos veces y el total D${t} hereda el error (dependiente).`,
    });
  }
  return book;
}

// ---------------------------------------------------------------------------------------------
// 6. Label columns skipped by a chain of formulas
// ---------------------------------------------------------------------------------------------

function columnasEtiqueta(faulty) {
  const book = new Book(
    `10-columnas-de-etiqueta-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'columnas de texto saltadas por una cadena de fórmulas',
    faulty,
  );
  const S = 'Metas y verificación';
  const w = sheet(book.wb, S, [8, 40, 10, 26, 10, 26, 10, 26, 12]);
  w.title('Municipalidad de Mazatenango — Metas por cuatrimestre y medio de verificación');
  w.merge('A3:A4', 'Código', { header: true });
  w.merge('B3:B4', 'Producto', { header: true });
  w.merge('C3:D3', 'Cuatrimestre 1', { header: true });
  w.merge('E3:F3', 'Cuatrimestre 2', { header: true });
  w.merge('G3:H3', 'Cuatrimestre 3', { header: true });
  for (const c of ['C', 'E', 'G']) {
    w.set(`${c}4`, 'Meta', { header: true });
    w.set(`${shift(c, 1)}4`, 'Medio de verificación', { header: true });
  }
  w.merge('I3:I4', 'Meta anual', { header: true });
  const rows = [
    ['P01', 'Licencias de construcción emitidas', [40, 45, 38], 'Expedientes'],
    ['P02', 'Inspecciones sanitarias a comercios', [120, 110, 130], 'Actas de inspección'],
    ['P03', 'Capacitaciones a COCODE', [6, 8, 6], 'Listados de asistencia'],
    ['P04', 'Ferias de salud', [2, 2, 3], 'Informe y fotografías'],
    ['P05', 'Árboles plantados', [1500, 2500, 1000], 'Informe de la oficina forestal'],
    ['P06', 'Kilómetros de calle señalizados', [4, 5, 3], 'Bitácora de obra'],
    ['P07', 'Familias atendidas por la OMM', [90, 100, 95], 'Fichas de atención'],
    ['P08', 'Reuniones del COMUDE', [2, 2, 2], 'Actas'],
  ];
  let r = 5;
  let bad = 0;
  rows.forEach(([code, name, goals, proof], i) => {
    w.set(`A${r}`, code);
    w.set(`B${r}`, name);
    ['C', 'E', 'G'].forEach((c, k) => {
      w.set(`${c}${r}`, goals[k], { fmt: FMT.int });
      w.set(`${shift(c, 1)}${r}`, proof);
    });
    w.set(`I${r}`, f(`C${r}+E${r}+G${r}`), { fmt: FMT.int });
    if (faulty && i === 4) bad = r;
    r++;
  });
  if (faulty) {
    w.set(`I${bad}`, f(`C${bad}+E${bad}`), { fmt: FMT.int });
    book.mistake({
      kind: 'inconsistent-formula',
      otherKinds: ['range-omits-cells'],
      sheet: S,
      range: `I${bad}`,
      related: [`G${bad}`],
      note: `La meta anual de la fila ${bad} suma solo los cuatrimestres 1 y 2 (=C${bad}+E${bad}); las demás filas suman C+E+G y saltan, a propósito, las columnas de texto D y F.`,
    });
  }
  return book;
}

// ---------------------------------------------------------------------------------------------
// 7. A grand average / ratio in a corner
// ---------------------------------------------------------------------------------------------

function promedioEsquina(faulty) {
  const book = new Book(
    `11-promedio-en-esquina-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'promedio general o razón en una esquina',
    faulty,
  );
  const S = 'Cobertura educativa';
  const w = sheet(book.wb, S, [30, 12, 12, 12, 12, 14]);
  w.title('Dirección Departamental de Educación de Quiché', 'Tasa neta de cobertura en primaria por municipio (%)');
  w.row('A4', ['Municipio', 2021, 2022, 2023, 2024, 'Promedio'], (i) => ({
    header: true,
    fmt: i > 0 && i < 5 ? FMT.year : undefined,
  }));
  const rand = rng(1111);
  let r = 5;
  let bad = 0;
  for (const [, name] of MUNICIPIOS_QUICHE.slice(0, 10)) {
    w.set(`A${r}`, name);
    for (const c of ['B', 'C', 'D', 'E']) w.set(`${c}${r}`, rand(700, 990) / 1000, { fmt: FMT.pct1 });
    w.set(`F${r}`, f(`AVERAGE(B${r}:E${r})`), { fmt: FMT.pct1 });
    r++;
  }
  const last = r - 1;
  const t = r;
  w.set(`A${t}`, 'Promedio departamental', { bold: true });
  for (const c of ['B', 'C', 'D', 'E'])
    w.set(`${c}${t}`, f(`AVERAGE(${c}5:${c}${last})`), { fmt: FMT.pct1, bold: true });
  // The corner: the average of the whole block, not of the row or the column above.
  w.set(`F${t}`, f(`AVERAGE(B5:E${last})`), { fmt: FMT.pct1, bold: true });

  // A small execution table with a ratio in its corner.
  const h = t + 3;
  w.row(`A${h}`, ['Programa', 'Vigente', 'Ejecutado', '% ejecución'], { header: true });
  const progs = [
    ['11 Educación preprimaria', 5400000, 2710000],
    ['12 Educación primaria', 18900000, 9150000],
    ['13 Educación básica', 7300000, 3480000],
    ['14 Alimentación escolar', 12600000, 6010000],
  ];
  let p = h + 1;
  for (const [name, vig, eje] of progs) {
    w.set(`A${p}`, name);
    w.set(`B${p}`, faulty && p === h + 3 ? null : vig, { fmt: FMT.q });
    w.set(`C${p}`, eje, { fmt: FMT.q });
    w.set(`D${p}`, f(`C${p}/B${p}`), { fmt: FMT.pct1 });
    if (faulty && p === h + 3) bad = p;
    p++;
  }
  w.set(`A${p}`, 'Total', { bold: true });
  w.set(`B${p}`, f(`SUM(B${h + 1}:B${p - 1})`), { fmt: FMT.q, bold: true });
  w.set(`C${p}`, f(`SUM(C${h + 1}:C${p - 1})`), { fmt: FMT.q, bold: true });
  w.set(`D${p}`, f(`C${p}/B${p}`), { fmt: FMT.pct1, bold: true });
  if (faulty) {
    book.mistake({
      kind: 'error-value',
      sheet: S,
      range: `D${bad}`,
      related: [`B${bad}`],
      note: `El vigente del programa 13 (B${bad}) quedó vacío y su % de ejecución divide entre cero: #DIV/0!.`,
    });
  }
  return book;
}

/** Execution by programme: vigente = asignado + modificaciones, % and balance, ratio in the corner. */
function ejecucionPresupuestaria() {
  const book = new Book('12-ejecucion-presupuestaria-limpio.xlsx', 'promedio general o razón en una esquina', false);
  const S = 'Ejecución al 30-06';
  const w = sheet(book.wb, S, [6, 40, 16, 16, 16, 16, 12, 16]);
  w.title('Municipalidad de Chichicastenango — Ejecución presupuestaria al 30 de junio de 2025');
  w.row(
    'A4',
    ['Prg.', 'Programa', 'Asignado', 'Modificaciones', 'Vigente', 'Devengado', '% ejecución', 'Saldo por devengar'],
    {
      header: true,
    },
  );
  const progs = [
    ['01', 'Actividades centrales', 6200000, 150000, 2950000],
    ['11', 'Servicios públicos municipales', 9800000, -300000, 4120000],
    ['12', 'Agua y saneamiento', 7400000, 900000, 3010000],
    ['13', 'Red vial', 11300000, 0, 3890000],
    ['14', 'Desarrollo social', 3900000, 250000, 1860000],
    ['15', 'Gestión ambiental', 1500000, -100000, 610000],
    ['99', 'Partidas no asignables a programas', 2100000, 0, 1050000],
  ];
  let r = 5;
  for (const [code, name, asig, mod, dev] of progs) {
    w.set(`A${r}`, code);
    w.set(`B${r}`, name);
    w.set(`C${r}`, asig, { fmt: FMT.q });
    w.set(`D${r}`, mod, { fmt: FMT.q });
    w.set(`E${r}`, f(`C${r}+D${r}`), { fmt: FMT.q });
    w.set(`F${r}`, dev, { fmt: FMT.q });
    w.set(`G${r}`, f(`F${r}/E${r}`), { fmt: FMT.pct1 });
    w.set(`H${r}`, f(`E${r}-F${r}`), { fmt: FMT.q });
    r++;
  }
  const t = r;
  w.set(`B${t}`, 'Total', { bold: true });
  for (const c of ['C', 'D', 'E', 'F', 'H'])
    w.set(`${c}${t}`, f(`SUM(${c}5:${c}${t - 1})`), { fmt: FMT.q, bold: true });
  w.set(`G${t}`, f(`F${t}/E${t}`), { fmt: FMT.pct1, bold: true });
  w.set(`B${t + 2}`, 'Promedio simple de ejecución por programa', { italic: true });
  w.set(`G${t + 2}`, f(`AVERAGE(G5:G${t - 1})`), { fmt: FMT.pct1 });
  return book;
}

// ---------------------------------------------------------------------------------------------
// 8. Cascades from one wrong input
// ---------------------------------------------------------------------------------------------

const CASCADE = [
  {
    code: '11',
    name: 'Programa 11: Agua y saneamiento',
    products: [
      {
        code: '11-001',
        name: 'Servicio de agua potable',
        unit: 'Familia',
        subs: [
          ['11-001-01', 'Familias con conexión domiciliar', 'Familia', [120, 150, 160, 170]],
          ['11-001-02', 'Familias con agua clorada', 'Familia', [300, 300, 320, 330]],
          ['11-001-03', 'Familias con medidor instalado', 'Familia', [80, 90, 95, 100]],
        ],
      },
      {
        code: '11-002',
        name: 'Saneamiento básico',
        unit: 'Familia',
        subs: [
          ['11-002-01', 'Familias con letrina', 'Familia', [60, 70, 70, 80]],
          ['11-002-02', 'Familias con drenaje', 'Familia', [40, 45, 50, 55]],
        ],
      },
    ],
  },
  {
    code: '12',
    name: 'Programa 12: Educación',
    products: [
      {
        code: '12-001',
        name: 'Apoyo a la educación preprimaria',
        unit: 'Estudiante',
        subs: [
          ['12-001-01', 'Estudiantes con útiles escolares', 'Estudiante', [400, 0, 0, 0]],
          ['12-001-02', 'Estudiantes con refacción escolar', 'Estudiante', [380, 380, 380, 380]],
        ],
      },
      {
        code: '12-002',
        name: 'Apoyo a la educación primaria',
        unit: 'Estudiante',
        subs: [
          ['12-002-01', 'Estudiantes con transporte escolar', 'Estudiante', [210, 210, 210, 210]],
          ['12-002-02', 'Estudiantes becados', 'Estudiante', [50, 50, 55, 55]],
          ['12-002-03', 'Docentes por contrato municipal', 'Docente', [12, 12, 12, 12]],
        ],
      },
    ],
  },
];

/**
 * Writes the goal hierarchy: quarterly goals typed on the subproducts and summed by formula on
 * products, programmes and the grand total; the annual goal either typed on every row (as the
 * approved plan gives it) or by formula. Returns the rows of each level.
 */
function writeCascade(w, annual, typo) {
  w.merge('A4:A5', 'Código', { header: true });
  w.merge('B4:B5', 'Descripción', { header: true });
  w.merge('C4:C5', 'Unidad', { header: true });
  w.merge('D4:G4', 'Metas físicas 2025 por trimestre', { header: true });
  w.row('D5', ['T1', 'T2', 'T3', 'T4'], { header: true });
  w.merge('H4:H5', 'Meta anual', { header: true });
  const Q = ['D', 'E', 'F', 'G'];
  let r = 6;
  const rows = { programmes: [], products: [], subs: [], grand: 0, typo: undefined };
  for (const prog of CASCADE) {
    const progRow = r++;
    rows.programmes.push(progRow);
    w.set(`A${progRow}`, prog.code, { bold: true });
    w.set(`B${progRow}`, prog.name, { bold: true });
    const productRows = [];
    for (const prod of prog.products) {
      const prodRow = r++;
      productRows.push(prodRow);
      rows.products.push(prodRow);
      w.set(`A${prodRow}`, prod.code, { bold: true });
      w.set(`B${prodRow}`, prod.name, { bold: true });
      w.set(`C${prodRow}`, prod.unit);
      const first = r;
      for (const [code, name, unit, goals] of prod.subs) {
        w.set(`A${r}`, code);
        w.set(`B${r}`, name, { indent: 1 });
        w.set(`C${r}`, unit);
        const typed = goals.slice();
        if (typo && code === typo.code && typo.quarter !== undefined) {
          typed[typo.quarter] = typo.value;
          rows.typo = { row: r, col: Q[typo.quarter] };
        }
        Q.forEach((c, k) => w.set(`${c}${r}`, typed[k], { fmt: FMT.int }));
        annual.sub(w, r, goals, typo && code === typo.code);
        rows.subs.push(r);
        r++;
      }
      const lastSub = r - 1;
      Q.forEach((c) => w.set(`${c}${prodRow}`, f(`SUM(${c}${first}:${c}${lastSub})`), { fmt: FMT.int, bold: true }));
      annual.product(w, prodRow, first, lastSub, prod);
    }
    Q.forEach((c) =>
      w.set(`${c}${progRow}`, f(productRows.map((p) => `${c}${p}`).join('+')), { fmt: FMT.int, bold: true }),
    );
    annual.programme(w, progRow, productRows, prog);
    r++;
  }
  rows.grand = r;
  w.set(`B${r}`, 'Total general', { bold: true });
  Q.forEach((c) =>
    w.set(`${c}${r}`, f(rows.programmes.map((p) => `${c}${p}`).join('+')), { fmt: FMT.int, bold: true }),
  );
  annual.grand(w, r, rows.programmes);
  return rows;
}

const sumGoals = (goals) => goals.reduce((a, b) => a + b, 0);
const productGoal = (prod) => sumGoals(prod.subs.map((s) => sumGoals(s[3])));
const programmeGoal = (prog) => sumGoals(prog.products.map(productGoal));

/**
 * The quarterly programming adds up by formula (subproduct → product → programme → grand total)
 * beside the approved annual goal, typed on every row as the approved POA gives it. One quarterly
 * typo on a subproduct makes the typed approved goals of the subproduct, its product, its
 * programme and the grand total disagree with the programming.
 */
function cascadaValores(faulty) {
  const book = new Book(
    `13-cascada-valores-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'cascada desde un dato erróneo',
    faulty,
  );
  const S = 'Metas físicas';
  const w = sheet(book.wb, S, [12, 44, 12, 9, 9, 9, 9, 12, 14]);
  w.title('Municipalidad de Santa Cruz del Quiché — Programación de metas físicas 2025');
  w.merge('I4:I5', 'Meta aprobada (POA)', { header: true });
  const annual = {
    sub: (w2, r, goals) => {
      w2.set(`H${r}`, f(`SUM(D${r}:G${r})`), { fmt: FMT.int });
      w2.set(`I${r}`, sumGoals(goals), { fmt: FMT.int });
    },
    product: (w2, r, _a, _b, prod) => {
      w2.set(`H${r}`, f(`SUM(D${r}:G${r})`), { fmt: FMT.int, bold: true });
      w2.set(`I${r}`, productGoal(prod), { fmt: FMT.int, bold: true });
    },
    programme: (w2, r, _p, prog) => {
      w2.set(`H${r}`, f(`SUM(D${r}:G${r})`), { fmt: FMT.int, bold: true });
      w2.set(`I${r}`, programmeGoal(prog), { fmt: FMT.int, bold: true });
    },
    grand: (w2, r, programmes) => {
      w2.set(`H${r}`, f(`SUM(D${r}:G${r})`), { fmt: FMT.int, bold: true });
      w2.set(`I${r}`, f(programmes.map((p) => `I${p}`).join('+')), { fmt: FMT.int, bold: true });
    },
  };
  const rows = writeCascade(w, annual, faulty ? { code: '11-001-01', quarter: 1, value: 1500 } : undefined);
  if (faulty) {
    const t = rows.typo;
    const root = `${t.col}${t.row}`;
    const levels = [rows.products[0], rows.programmes[0], rows.grand];
    book.mistake({
      kind: 'total-mismatch',
      sheet: S,
      range: root,
      alternatives: [`H${t.row}`, `I${t.row}`],
      related: [`I${t.row}`, ...levels.map((r) => `I${r}`)],
      dependents: levels.flatMap((r) => [`${t.col}${r}`, `H${r}`, `I${r}`]),
      note: `Raíz: la meta del T2 del subproducto 11-001-01 se escribió 1,500 en lugar de 150. La programación (fórmulas) del subproducto, del producto (fila ${levels[0]}), del programa (fila ${levels[1]}) y del total general (fila ${levels[2]}) sube 1,350 y ya no coincide con la meta aprobada escrita en I: las filas ${levels.join(', ')} son dependientes. Se acepta el hallazgo en ${root}, H${t.row} o I${t.row}.`,
    });
  }
  return book;
}

/** Annual goals by formula; a subproduct's annual goal typed over its formula propagates upwards. */
function cascadaFormulas(faulty) {
  const book = new Book(
    `14-cascada-formulas-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'cascada desde un dato erróneo',
    faulty,
  );
  const S = 'Metas 2025';
  const w = sheet(book.wb, S, [12, 44, 12, 9, 9, 9, 9, 12]);
  w.title('Municipalidad de Nebaj — Metas físicas 2025 por programa, producto y subproducto');
  let typoRow = 0;
  const annual = {
    sub: (w2, r, goals, isTypo) => {
      if (isTypo) {
        typoRow = r;
        w2.set(`H${r}`, 1500, { fmt: FMT.int });
      } else w2.set(`H${r}`, f(`SUM(D${r}:G${r})`), { fmt: FMT.int });
    },
    product: (w2, r, a, b) => w2.set(`H${r}`, f(`SUM(H${a}:H${b})`), { fmt: FMT.int, bold: true }),
    programme: (w2, r, products) =>
      w2.set(`H${r}`, f(products.map((p) => `H${p}`).join('+')), { fmt: FMT.int, bold: true }),
    grand: (w2, r, programmes) =>
      w2.set(`H${r}`, f(programmes.map((p) => `H${p}`).join('+')), { fmt: FMT.int, bold: true }),
  };
  const rows = writeCascade(w, annual, faulty ? { code: '11-001-03' } : undefined);
  if (faulty) {
    const prod = rows.products[0];
    const prog = rows.programmes[0];
    book.mistake({
      kind: 'hardcoded-total',
      otherKinds: ['total-mismatch'],
      sheet: S,
      range: `H${typoRow}`,
      severity: 'error',
      related: [`H${prod}`, `H${prog}`, `H${rows.grand}`],
      dependents: [`H${prod}`, `H${prog}`, `H${rows.grand}`],
      note: `Raíz: la meta anual del subproducto 11-001-03 se escribió a mano (1,500) sobre la fórmula =SUM(D${typoRow}:G${typoRow}), que da 365. El producto (H${prod}), el programa (H${prog}) y el total general (H${rows.grand}) la suman y dejan de coincidir con la suma de sus trimestres: son dependientes.`,
    });
  }
  return book;
}

// ---------------------------------------------------------------------------------------------
// 9. Typed numbers in a column (or a row) of formulas
// ---------------------------------------------------------------------------------------------

function totalesEscritosColumna(faulty) {
  const book = new Book(
    `15-totales-escritos-columna-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'números escritos en una columna de fórmulas',
    faulty,
  );
  const S = 'Programación financiera';
  const w = sheet(book.wb, S, [8, 42, 14, 14, 14, 14, 16]);
  w.title('Municipalidad de Zacapa — Programación financiera cuatrimestral 2025');
  w.row(
    'A4',
    ['Renglón', 'Descripción', 'Cuatrimestre 1', 'Cuatrimestre 2', 'Cuatrimestre 3', 'Reserva', 'Total anual'],
    {
      header: true,
    },
  );
  const rand = rng(1515);
  let r = 5;
  const typed = [];
  RENGLONES.forEach(([code, name], i) => {
    w.set(`A${r}`, code);
    w.set(`B${r}`, name);
    const v = [rand(10000, 90000, 100), rand(10000, 90000, 100), rand(10000, 90000, 100), rand(0, 5000, 100)];
    w.row(`C${r}`, v, { fmt: FMT.q });
    if (faulty && i === 3) {
      w.set(`G${r}`, sumGoals(v), { fmt: FMT.q });
      typed.push({ row: r, equal: true, value: sumGoals(v) });
    } else if (faulty && i === 8) {
      w.set(`G${r}`, sumGoals(v) + 12000, { fmt: FMT.q });
      typed.push({ row: r, equal: false, value: sumGoals(v) + 12000, sum: sumGoals(v) });
    } else w.set(`G${r}`, f(`SUM(C${r}:F${r})`), { fmt: FMT.q });
    r++;
  });
  w.set(`B${r}`, 'Total', { bold: true });
  for (const c of span('C', 'G')) w.set(`${c}${r}`, f(`SUM(${c}5:${c}${r - 1})`), { fmt: FMT.q, bold: true });
  for (const t of typed)
    book.mistake({
      kind: 'hardcoded-total',
      sheet: S,
      range: `G${t.row}`,
      severity: t.equal ? 'warning' : 'error',
      note: t.equal
        ? `El total anual de la fila ${t.row} está escrito a mano (Q${t.value.toLocaleString('en-US')}); hoy coincide con =SUM(C${t.row}:F${t.row}), pero no seguirá a sus datos: advertencia.`
        : `El total anual de la fila ${t.row} está escrito a mano (Q${t.value.toLocaleString('en-US')}) y no coincide con la suma de su fila (Q${t.sum.toLocaleString('en-US')}): error.`,
    });
  return book;
}

function totalesEscritosFila(faulty) {
  const book = new Book(
    `16-totales-escritos-fila-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'números escritos en una fila de fórmulas',
    faulty,
  );
  const S = 'Beneficiarios';
  const w = sheet(book.wb, S, [34, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11]);
  w.title('Programa de Apoyo Agrícola — Familias beneficiadas por mes, 2025', 'Departamento de Huehuetenango');
  const months = ['Ene', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Jul', 'Ago', 'Sep', 'Oct', 'Nov', 'Dic'];
  w.set('A4', 'Municipio', { header: true });
  w.row('B4', months, { header: true });
  const munis = [
    'Huehuetenango',
    'Chiantla',
    'Malacatancito',
    'Cuilco',
    'Nentón',
    'San Pedro Necta',
    'Jacaltenango',
    'Soloma',
    'Todos Santos Cuchumatán',
    'Barillas',
  ];
  const rand = rng(1616);
  let r = 5;
  for (const m of munis) {
    w.set(`A${r}`, m);
    months.forEach((_x, i) => w.set(`${shift('B', i)}${r}`, rand(20, 180), { fmt: FMT.int }));
    r++;
  }
  const t = r;
  w.set(`A${t}`, 'Total mensual', { bold: true });
  const typedCols = { E: 'equal', J: 'different' };
  for (const c of span('B', 'M')) {
    if (faulty && typedCols[c]) continue;
    w.set(`${c}${t}`, f(`SUM(${c}5:${c}${t - 1})`), { fmt: FMT.int, bold: true });
  }
  if (faulty) {
    // Values as the typist computed them from the same rows (read back from the sheet).
    for (const [c, how] of Object.entries(typedCols)) {
      let s = 0;
      for (let k = 5; k < t; k++) s += w.ws.getCell(`${c}${k}`).value;
      const value = how === 'equal' ? s : s - 100;
      w.set(`${c}${t}`, value, { fmt: FMT.int, bold: true });
      book.mistake({
        kind: 'hardcoded-total',
        sheet: S,
        range: `${c}${t}`,
        severity: how === 'equal' ? 'warning' : 'error',
        note:
          how === 'equal'
            ? `El total del mes en ${c}${t} está escrito a mano (${value}); coincide hoy con la suma de la columna, pero los demás meses son fórmulas: advertencia.`
            : `El total del mes en ${c}${t} está escrito a mano (${value}) y la columna suma ${s}: error.`,
      });
    }
  }
  return book;
}

// ---------------------------------------------------------------------------------------------
// 10. Numbers stored as text vs codes stored as text
// ---------------------------------------------------------------------------------------------

function numerosComoTexto(faulty) {
  const book = new Book(
    `17-numeros-como-texto-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'números guardados como texto',
    faulty,
  );
  const S = 'Proyectos SNIP';
  const w = sheet(book.wb, S, [6, 12, 10, 46, 14, 16]);
  w.title('Municipalidad de Chiquimula — Cartera de proyectos de inversión 2025');
  w.row('A4', ['No.', 'SNIP', 'Cód. función', 'Proyecto', 'Beneficiarios', 'Monto']);
  for (const c of span('A', 'F')) w.ws.getCell(`${c}4`).font = { bold: true };
  const projects = [
    ['0245871', '01', 'Mejoramiento calle barrio El Calvario', 1850, 1250000],
    ['0245902', '03', 'Ampliación sistema de agua potable aldea Maraxcó', 2400, 2150000],
    ['0246011', '03', 'Construcción drenaje sanitario colonia Las Flores', 960, 1740000],
    ['0246030', '05', 'Construcción escuela primaria caserío El Morral', 310, 980000],
    ['0246107', '06', 'Mejoramiento puesto de salud aldea Santa Bárbara', 1500, 760000],
    ['0246155', '01', 'Pavimentación calle aldea Vado Hondo', 720, 1320000],
    ['0246201', '08', 'Construcción centro de acopio municipal', 3200, 2600000],
    ['0246288', '03', 'Mejoramiento sistema de agua aldea Petapilla', 1150, 890000],
  ];
  let r = 5;
  const asText = faulty ? { 6: '2,400', 11: '3200' } : {};
  projects.forEach(([snip, fn, name, ben, amount], i) => {
    w.set(`A${r}`, i + 1);
    w.set(`B${r}`, snip);
    w.set(`C${r}`, fn);
    w.set(`D${r}`, name);
    w.set(`E${r}`, asText[r] !== undefined ? asText[r] : ben, { fmt: FMT.int });
    w.set(`F${r}`, amount, { fmt: FMT.q });
    r++;
  });
  w.set(`D${r}`, 'Total', { bold: true });
  w.set(`E${r}`, f(`SUM(E5:E${r - 1})`), { fmt: FMT.int, bold: true });
  w.set(`F${r}`, f(`SUM(F5:F${r - 1})`), { fmt: FMT.q, bold: true });
  for (const [row, text] of Object.entries(asText))
    book.mistake({
      kind: 'number-as-text',
      sheet: S,
      range: `E${row}`,
      related: [`E${r}`],
      note: `Los beneficiarios de la fila ${row} se escribieron como texto ("${text}"): el total E${r} no los suma. Los códigos SNIP y de función ("0245871", "03") son texto a propósito.`,
    });
  return book;
}

// ---------------------------------------------------------------------------------------------
// 11. Inconsistent formulas
// ---------------------------------------------------------------------------------------------

function formulaInconsistente(faulty) {
  const book = new Book(
    `18-formula-inconsistente-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'fórmula inconsistente',
    faulty,
  );
  const S = 'Indicadores';
  const w = sheet(book.wb, S, [40, 12, 11, 11, 11, 11, 13, 14]);
  w.title('Secretaría de Planificación — Indicadores de resultado 2025-2028', 'Metas acumuladas por año');
  w.row('A4', ['Indicador', 'Línea base', 2025, 2026, 2027, 2028, 'Total', 'Meta 2028 / línea base'], (i) => ({
    header: true,
    fmt: i >= 2 && i <= 5 ? FMT.year : undefined,
  }));
  const rand = rng(1818);
  const names = [
    'Hogares con acceso a agua entubada',
    'Niños con esquema completo de vacunación',
    'Kilómetros de camino rural mejorado',
    'Mujeres con crédito productivo',
    'Jóvenes graduados de diversificado',
    'Comunidades con plan de gestión de riesgo',
    'Productores con riego',
    'Escuelas con mobiliario nuevo',
    'Centros de salud con medicamentos completos',
    'Familias con estufa ahorradora',
  ];
  let r = 5;
  for (const n of names) {
    w.set(`A${r}`, n);
    const base = rand(100, 900, 10);
    w.set(`B${r}`, base, { fmt: FMT.int });
    for (const [k, c] of ['C', 'D', 'E', 'F'].entries())
      w.set(`${c}${r}`, base + rand(10, 60) * (k + 1), { fmt: FMT.int });
    w.set(`G${r}`, f(`SUM(C${r}:F${r})`), { fmt: FMT.int });
    w.set(`H${r}`, f(`F${r}/B${r}`), { fmt: FMT.dec2 });
    r++;
  }
  const last = r - 1;
  const t = r;
  w.set(`A${t}`, 'Total', { bold: true });
  for (const c of span('B', 'G')) w.set(`${c}${t}`, f(`SUM(${c}5:${c}${last})`), { fmt: FMT.int, bold: true });
  w.set(`H${t}`, f(`F${t}/B${t}`), { fmt: FMT.dec2, bold: true });
  // Another computation, not a copy gone wrong: a 2-D check of the whole block.
  w.set(`A${t + 2}`, 'Control: suma de todo el bloque 2025-2028', { italic: true });
  w.set(`G${t + 2}`, f(`SUM(C5:F${last})`), { fmt: FMT.int, italic: true });
  w.set(`A${t + 3}`, 'Diferencia con el total', { italic: true });
  w.set(`G${t + 3}`, f(`G${t}-G${t + 2}`), { fmt: FMT.int, italic: true });
  if (faulty) {
    const a = 8;
    w.set(`G${a}`, f(`SUM(B${a}:E${a})`), { fmt: FMT.int });
    book.mistake({
      kind: 'inconsistent-formula',
      sheet: S,
      range: `G${a}`,
      note: `El total de la fila ${a} suma B${a}:E${a} (línea base a 2027) en lugar de C${a}:F${a} (2025 a 2028) como las demás filas.`,
    });
    const b = 11;
    w.set(`H${b}`, f(`F${b + 1}/B${b + 1}`), { fmt: FMT.dec2 });
    book.mistake({
      kind: 'inconsistent-formula',
      sheet: S,
      range: `H${b}`,
      note: `La razón de la fila ${b} lee la fila ${b + 1} (=F${b + 1}/B${b + 1}): las dos referencias se corrieron juntas una fila. Es un solo error y debe reportarse una vez.`,
    });
  }
  return book;
}

// ---------------------------------------------------------------------------------------------
// 12. Error values: #REF! after deleting a column; IFERROR-guarded ratios
// ---------------------------------------------------------------------------------------------

function erroresRef(faulty) {
  const book = new Book(`19-errores-ref-${faulty ? 'con-errores' : 'limpio'}.xlsx`, 'valores de error', faulty);
  const S = 'Avance físico-financiero';
  const w = sheet(book.wb, S, [40, 15, 15, 12, 15, 12, 12]);
  w.title('Municipalidad de Sacapulas — Avance físico y financiero de proyectos, junio 2025');
  w.row('A4', ['Proyecto', 'Costo total', 'Pagado', '% financiero', 'Saldo', 'Avance físico', 'Brecha'], {
    header: true,
  });
  const projects = [
    ['Puente vehicular río Negro', 3200000, 1450000, 0.5],
    ['Escuela caserío Tzununul', 980000, 0, 0],
    ['Sistema de agua aldea Parraxtut', 1650000, 820000, 0.55],
    ['Mercado municipal, segunda fase', 2800000, 2100000, 0.8],
    ['Camino rural Pamaxán', null, 0, 0],
    ['Salón comunal aldea Chucalibal', 540000, 270000, 0.45],
  ];
  let r = 5;
  for (const [name, cost, paid, phys] of projects) {
    w.set(`A${r}`, name);
    w.set(`B${r}`, cost, { fmt: FMT.q });
    w.set(`C${r}`, paid, { fmt: FMT.q });
    // A project without a cost yet (still being designed) shows an empty ratio, on purpose.
    w.set(`D${r}`, f(`IFERROR(C${r}/B${r},"")`), { fmt: FMT.pct });
    w.set(`E${r}`, f(`IF(B${r}="","",B${r}-C${r})`), { fmt: FMT.q });
    w.set(`F${r}`, phys, { fmt: FMT.pct });
    w.set(`G${r}`, f(`IF(D${r}="","",F${r}-D${r})`), { fmt: FMT.pct });
    r++;
  }
  const t = r;
  w.set(`A${t}`, 'Total', { bold: true });
  w.set(`B${t}`, f(`SUM(B5:B${t - 1})`), { fmt: FMT.q, bold: true });
  w.set(`C${t}`, f(`SUM(C5:C${t - 1})`), { fmt: FMT.q, bold: true });
  w.set(`D${t}`, f(`IFERROR(C${t}/B${t},"")`), { fmt: FMT.pct, bold: true });
  w.set(`E${t}`, f(`SUM(E5:E${t - 1})`), { fmt: FMT.q, bold: true });
  if (faulty) {
    // A column "Anticipo" stood between Pagado and Saldo; it was deleted and the balance of
    // one project had been written as =B-C-Anticipo.
    const bad = 8;
    w.set(`E${bad}`, f(`IF(B${bad}="","",B${bad}-C${bad}-#REF!)`), { fmt: FMT.q });
    book.mistake({
      kind: 'error-value',
      sheet: S,
      range: `E${bad}`,
      dependents: [`E${t}`],
      note: `Al eliminar la columna «Anticipo», el saldo de la fila ${bad} quedó =IF(B${bad}="","",B${bad}-C${bad}-#REF!); el total E${t} muestra #REF! por depender de ella (dependiente, no un error aparte).`,
    });
  }
  return book;
}

// ---------------------------------------------------------------------------------------------
// 1 (again). Unfilled blocks as a spreadsheet service exports them, and across sheets
// ---------------------------------------------------------------------------------------------

/**
 * Quarterly follow-up in the shape of a municipal indicator plan exported from a spreadsheet
 * service: no title, headers in row 1, planned and executed columns interleaved, totals as
 * parenthesised additions of every other column, guarded ratios, and three states of a row: under
 * way, programmed but not started, and nothing programmed yet (a goal of later years).
 */
function seguimientoPdm(faulty) {
  const book = new Book(
    `20-seguimiento-pdm-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'bloques de entrada sin llenar',
    faulty,
  );
  const S = 'PDM';
  const w = sheet(book.wb, S, [12, 48, 14, 10, 11, 10, 9, 9, 9, 9, 9, 9, 9, 9, 11, 11, 11]);
  w.row(
    'A1',
    [
      'Código meta',
      'Meta de producto',
      'Unidad',
      'Línea base',
      'Meta cuatrienio',
      'Meta 2025',
      'T1 programado',
      'T1 ejecutado',
      'T2 programado',
      'T2 ejecutado',
      'T3 programado',
      'T3 ejecutado',
      'T4 programado',
      'T4 ejecutado',
      'Total programado',
      'Total ejecutado',
      '% ejecución',
    ],
    { header: true },
  );
  const sectors = ['Educación', 'Salud', 'Agua potable', 'Vías', 'Ambiente', 'Cultura y deporte'];
  const units = ['Número', 'Porcentaje', 'Kilómetro', 'Familia'];
  const rand = rng(2020);
  let typedEqual = 0;
  let typedWrong = 0;
  let unguarded = 0;
  for (let i = 0; i < 30; i++) {
    const r = i + 2;
    const state = i % 5 === 3 ? 'sin programar' : i % 5 === 1 ? 'sin iniciar' : 'en curso';
    w.set(`A${r}`, `MP-${String(i + 1).padStart(3, '0')}`);
    w.set(`B${r}`, `${sectors[i % sectors.length]}: meta de producto ${i + 1}`);
    w.set(`C${r}`, units[i % units.length]);
    w.set(`D${r}`, rand(0, 40), { fmt: FMT.int });
    const goal = state === 'sin programar' ? 0 : i === 12 ? 8 : rand(4, 40);
    w.set(`E${r}`, goal * 4 || rand(4, 20), { fmt: FMT.int });
    w.set(`F${r}`, goal, { fmt: FMT.int });
    if (state !== 'sin programar') {
      const q = i === 12 ? [2, 2, 2, 2] : [1, 2, 3, 4].map(() => Math.max(1, Math.round(goal / 4)));
      ['G', 'I', 'K', 'M'].forEach((c, k) => w.set(`${c}${r}`, q[k], { fmt: FMT.int }));
      if (state === 'en curso') {
        w.set(`H${r}`, Math.max(0, q[0] - (i % 2)), { fmt: FMT.int });
        w.set(`J${r}`, q[1], { fmt: FMT.int });
      }
    }
    w.set(`O${r}`, f(`(G${r}+I${r}+K${r}+M${r})`), { fmt: FMT.int });
    w.set(`P${r}`, f(`(H${r}+J${r}+L${r}+N${r})`), { fmt: FMT.int });
    w.set(`Q${r}`, f(`IF(O${r}=0,0,P${r}/O${r})`), { fmt: FMT.pct });
    if (faulty && i === 12) typedWrong = r;
    if (faulty && i === 6) typedEqual = r;
    if (faulty && i === 18) unguarded = r;
  }
  if (faulty) {
    w.set(`O${typedWrong}`, 2, { fmt: FMT.int });
    book.mistake({
      kind: 'hardcoded-total',
      sheet: S,
      range: `O${typedWrong}`,
      severity: 'error',
      otherKinds: ['total-mismatch'],
      note: `El total programado de la fila ${typedWrong} está escrito a mano (2) y su fila suma 8 (2+2+2+2): error.`,
    });
    // The typed value equals what the formula gives today (read from the cells just written).
    const eq = ['G', 'I', 'K', 'M'].reduce((n, c) => n + (w.ws.getCell(`${c}${typedEqual}`).value || 0), 0);
    w.set(`O${typedEqual}`, eq, { fmt: FMT.int });
    book.mistake({
      kind: 'hardcoded-total',
      sheet: S,
      range: `O${typedEqual}`,
      severity: 'warning',
      note: `El total programado de la fila ${typedEqual} está escrito a mano (${eq}); coincide hoy con la suma de su fila, pero no la seguirá: advertencia.`,
    });
    w.set(`Q${unguarded}`, f(`P${unguarded}/O${unguarded}`), { fmt: FMT.pct });
    book.mistake({
      kind: 'error-value',
      sheet: S,
      range: `Q${unguarded}`,
      otherKinds: ['inconsistent-formula'],
      related: [`O${unguarded}`],
      note: `El % de ejecución de la fila ${unguarded} perdió su protección IF(O=0,…): la meta no tiene programación todavía y la celda muestra #DIV/0!.`,
    });
  }
  return book;
}

/** A monthly execution sheet filled to June and a summary sheet that reads it month by month. */
function resumenEntreHojas(faulty) {
  const book = new Book(
    `21-resumen-entre-hojas-${faulty ? 'con-errores' : 'limpio'}.xlsx`,
    'bloques de entrada sin llenar',
    faulty,
  );
  const D = 'Ejecución mensual';
  const R = 'Resumen';
  const months = ['Ene', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Jul', 'Ago', 'Sep', 'Oct', 'Nov', 'Dic'];
  const summary = sheet(book.wb, R, [28, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 14]);
  const w = sheet(book.wb, D, [8, 40, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 13]);
  w.set('A1', 'Municipalidad de Jalapa — Devengado mensual 2025 por renglón', { bold: true, size: 13 });
  w.row('A3', ['Renglón', 'Descripción', ...months, 'Total'], { header: true });
  const rand = rng(2121);
  let r = 4;
  for (const [code, name] of RENGLONES) {
    w.set(`A${r}`, code);
    w.set(`B${r}`, name);
    months.slice(0, 6).forEach((_m, i) => w.set(`${shift('C', i)}${r}`, rand(2000, 60000, 100), { fmt: FMT.q }));
    w.set(`O${r}`, f(`SUM(C${r}:N${r})`), { fmt: FMT.q });
    r++;
  }
  const last = r - 1;
  const total = r;
  w.set(`B${total}`, 'Total', { bold: true });
  for (const c of span('C', 'O')) w.set(`${c}${total}`, f(`SUM(${c}4:${c}${last})`), { fmt: FMT.q, bold: true });

  summary.set('A1', 'Resumen de ejecución 2025', { bold: true, size: 13 });
  summary.row('A3', ['Concepto', ...months, 'Total anual'], { header: true });
  summary.set('A4', 'Presupuesto vigente mensual');
  summary.set('A5', 'Devengado');
  summary.set('A6', '% de ejecución');
  summary.set('A7', 'Devengado acumulado');
  months.forEach((_m, i) => {
    const c = shift('B', i);
    const dc = shift('C', i);
    summary.set(`${c}4`, 250000, { fmt: FMT.q });
    summary.set(`${c}5`, f(`'${D}'!${dc}${total}`), { fmt: FMT.q });
    summary.set(`${c}6`, f(`IF(${c}4=0,0,${c}5/${c}4)`), { fmt: FMT.pct });
    summary.set(`${c}7`, i === 0 ? f(`B5`) : f(`${shift(c, -1)}7+${c}5`), { fmt: FMT.q });
  });
  summary.set('N4', f('SUM(B4:M4)'), { fmt: FMT.q, bold: true });
  summary.set('N5', f('SUM(B5:M5)'), { fmt: FMT.q, bold: true });
  summary.set('N6', f('IF(N4=0,0,N5/N4)'), { fmt: FMT.pct, bold: true });
  if (faulty) {
    // May reads the row below the detail's total: a blank row.
    summary.set('F5', f(`'${D}'!G${total + 1}`), { fmt: FMT.q });
    book.mistake({
      kind: 'empty-reference',
      sheet: R,
      range: 'F5',
      otherKinds: ['inconsistent-formula'],
      related: [{ sheet: D, range: `G${total + 1}` }],
      note: `El devengado de mayo lee '${D}'!G${total + 1}, la fila en blanco debajo del total; los demás meses leen la fila del total (${total}), que tiene datos.`,
    });
  }
  return book;
}

// ---------------------------------------------------------------------------------------------
// Main: write, re-save with LibreOffice, check, normalise, and list the expected answers
// ---------------------------------------------------------------------------------------------

const BUILDERS = [
  metasTrimestrales,
  planCuatrienal,
  presupuestoFuentes,
  ejecucionPorGrupos,
  subtotalesMunicipios,
  subtotalesFuncion,
  parametros,
  tasasPorMunicipio,
  subtotalDentro,
  columnasEtiqueta,
  promedioEsquina,
  ejecucionPresupuestaria,
  cascadaValores,
  cascadaFormulas,
  totalesEscritosColumna,
  totalesEscritosFila,
  numerosComoTexto,
  formulaInconsistente,
  erroresRef,
  seguimientoPdm,
  resumenEntreHojas,
];

function sofficePath() {
  return ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'].find((p) =>
    fs.existsSync(p),
  );
}

/** LibreOffice re-saves every file of `inDir` into `outDir`, recalculating every formula. */
function resaveWithLibreOffice(inDir, outDir, files) {
  const soffice = sofficePath();
  if (!soffice) throw new Error('LibreOffice no está instalado (apt-get install -y libreoffice-calc-nogui)');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'planifica-corpus-profile-'));
  try {
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx',
        '--outdir',
        outDir,
        ...files.map((file) => path.join(inDir, file)),
      ],
      { stdio: 'pipe', timeout: 600_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Fixed dates in docProps/core.xml and in the zip entries, so re-running gives the same bytes. */
async function normalise(file) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = (await core.async('string'))
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${FIXED_ISO}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${FIXED_ISO}$2`)
      .replace(/<cp:revision>[^<]*<\/cp:revision>/, '<cp:revision>1</cp:revision>');
    zip.file('docProps/core.xml', xml);
  }
  const names = Object.keys(zip.files).sort();
  const out = new JSZip();
  for (const name of names) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: FIXED_DATE });
  }
  const bytes = await out.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  fs.writeFileSync(file, bytes);
}

/**
 * Every formula written is still a formula after the re-save and carries a cached result. The
 * result is read from the sheet XML: ExcelJS drops a cached 0 or "" from `value`.
 */
async function checkResaved(book, written, resaved) {
  const a = new ExcelJS.Workbook();
  await a.xlsx.readFile(written);
  const b = new ExcelJS.Workbook();
  await b.xlsx.readFile(resaved);
  const zip = await JSZip.loadAsync(fs.readFileSync(resaved));
  let formulas = 0;
  const problems = [];
  for (const ws of a.worksheets) {
    const index = b.worksheets.findIndex((other) => other.name === ws.name);
    const xmlFile = index >= 0 && zip.file(`xl/worksheets/sheet${index + 1}.xml`);
    if (!xmlFile) {
      problems.push(`falta la hoja ${ws.name}`);
      continue;
    }
    const cached = new Map();
    for (const m of (await xmlFile.async('string')).matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>(.*?)<\/c>)/g))
      cached.set(m[1], { formula: /<f[ >]/.test(m[2] || ''), value: /<v>/.test(m[2] || '') });
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (!v || typeof v !== 'object' || !('formula' in v)) return;
        formulas++;
        const c = cached.get(cell.address);
        if (!c || !c.formula) problems.push(`${ws.name}!${cell.address}: la fórmula ${v.formula} no sobrevivió`);
        else if (!c.value) problems.push(`${ws.name}!${cell.address}: sin resultado guardado`);
      }),
    );
  }
  if (problems.length) throw new Error(`${book.file}: ${problems.join('; ')}`);
  return formulas;
}

async function main() {
  const books = [];
  for (const build of BUILDERS) {
    if (build.length === 0) books.push(build());
    else books.push(build(false), build(true));
  }
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'planifica-corpus-'));
  const converted = path.join(stage, 'libreoffice');
  try {
    for (const book of books) await book.wb.xlsx.writeFile(path.join(stage, book.file));
    resaveWithLibreOffice(
      stage,
      converted,
      books.map((b) => b.file),
    );
    fs.mkdirSync(OUT_DIR, { recursive: true });
    const expected = {};
    let formulas = 0;
    for (const book of books) {
      const resaved = path.join(converted, book.file);
      if (!fs.existsSync(resaved)) throw new Error(`LibreOffice no produjo ${book.file}`);
      formulas += await checkResaved(book, path.join(stage, book.file), resaved);
      await normalise(resaved);
      fs.copyFileSync(resaved, path.join(OUT_DIR, book.file));
      expected[book.file] = { pattern: book.pattern, clean: !book.faulty, mistakes: book.mistakes };
    }
    const sorted = Object.fromEntries(Object.entries(expected).sort(([a], [b]) => a.localeCompare(b)));
    const expectedFile = path.join(OUT_DIR, 'expected.json');
    // Formatted as the repository's prettier check wants it.
    const prettier = require('prettier');
    const options = { ...(await prettier.resolveConfig(expectedFile)), filepath: expectedFile };
    fs.writeFileSync(expectedFile, await prettier.format(JSON.stringify(sorted, null, 2), options));
    const faulty = books.filter((b) => b.faulty).length;
    const mistakes = books.reduce((n, b) => n + b.mistakes.length, 0);
    console.log(
      `${books.length} libros (${books.length - faulty} limpios, ${faulty} con errores, ${mistakes} errores listados, ${formulas} fórmulas con resultado guardado) en ${path.relative(ROOT, OUT_DIR)}`,
    );
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
