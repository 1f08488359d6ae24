/**
 * What scripts/make-clean-formats.js and scripts/make-clean-pom-formats.js share: a seeded random
 * generator (the workbooks come out the same on every run), ExcelJS layout helpers (titles,
 * headers, rows, formats), the list of workbooks with the cells each must hold, and the run that
 * writes them, re-saves them with LibreOffice headless (so every formula has its stored result),
 * checks the saved XML and writes the folder's README.
 */
'use strict';
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

// ---------------------------------------------------------------- utilidades
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rand = mulberry32(20250917);
/** The current generator's next number (seed() replaces the generator). */
const random = () => rand();
const seed = (s) => {
  rand = mulberry32(s);
};
const u = (a, b) => a + (b - a) * rand();
const ri = (a, b) => Math.floor(u(a, b + 1)); // entero en [a,b]
const rstep = (a, b, step) => Math.round(u(a, b) / step) * step; // quetzales redondeados a step
const rc = (a, b) => Math.round(u(a, b) * 100); // centavos enteros en [a,b] quetzales
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const Q = (c) => c / 100; // centavos -> quetzales
const sum = (a) => a.reduce((s, x) => s + x, 0);

const col = (n) => {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};
const A = (c, r) => col(c) + r;
const F = (formula) => ({ formula });
const q = (name) => (/^[A-Za-z0-9_]+$/.test(name) ? name : `'${name}'`); // nombre de hoja en una referencia

const FMT = {
  money: '#,##0.00',
  moneyQ: '"Q"#,##0.00',
  acct: '#,##0.00;-#,##0.00;"-"',
  int: '#,##0',
  intDash: '#,##0;-#,##0;"-"',
  pct: '0.00%',
  pct1: '0.0%',
};
const thin = { style: 'thin', color: { argb: 'FF808080' } };
const BOX = { top: thin, left: thin, bottom: thin, right: thin };
const FILL_H = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const FILL_T = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const FILL_P = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

function widths(ws, ws_widths) {
  ws_widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}
function title(ws, r, text, c1, c2, opts = {}) {
  if (c2 > c1) ws.mergeCells(r, c1, r, c2);
  const cell = ws.getCell(r, c1);
  cell.value = text;
  cell.font = { bold: opts.bold !== false, size: opts.size || 11 };
  cell.alignment = { horizontal: opts.align || 'center', vertical: 'middle', wrapText: !!opts.wrap };
  if (opts.height) ws.getRow(r).height = opts.height;
}
function note(ws, r, text, c1 = 1, c2 = 8) {
  if (c2 > c1) ws.mergeCells(r, c1, r, c2);
  const cell = ws.getCell(r, c1);
  cell.value = text;
  cell.font = { italic: true, size: 9 };
  cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
}
function hcell(cell, text) {
  cell.value = text;
  cell.font = { bold: true, size: 10 };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.fill = FILL_H;
  cell.border = BOX;
}
// Encabezado de dos filas: specs = [{label, sub:[...]}, 'Etiqueta simple', ...]
function header2(ws, r, c0, specs) {
  let c = c0;
  for (const s of specs) {
    if (typeof s === 'string') {
      hcell(ws.getCell(r, c), s);
      hcell(ws.getCell(r + 1, c), null);
      ws.mergeCells(r, c, r + 1, c);
      c += 1;
    } else {
      for (let k = 0; k < s.sub.length; k++) {
        hcell(ws.getCell(r, c + k), null);
        hcell(ws.getCell(r + 1, c + k), s.sub[k]);
      }
      ws.getCell(r, c).value = s.label;
      if (s.sub.length > 1) ws.mergeCells(r, c, r, c + s.sub.length - 1);
      c += s.sub.length;
    }
  }
  ws.getRow(r).height = 30;
  ws.getRow(r + 1).height = 30;
  return c - 1;
}
function header1(ws, r, c0, labels) {
  labels.forEach((l, i) => hcell(ws.getCell(r, c0 + i), l));
  ws.getRow(r).height = 30;
}
// Escribe una fila: vals[i] va en la columna c0+i; fmts[i] formato numérico (o null)
function put(ws, r, c0, vals, fmts = [], style = {}) {
  vals.forEach((v, i) => {
    const cell = ws.getCell(r, c0 + i);
    if (v !== undefined && v !== null) cell.value = v;
    if (fmts[i]) cell.numFmt = fmts[i];
    cell.border = BOX;
    if (style.bold) cell.font = { bold: true };
    if (style.fill) cell.fill = style.fill;
    if (typeof v === 'string' && style.wrap !== false)
      cell.alignment = { vertical: 'middle', wrapText: true, indent: style.indent || 0 };
  });
}

// ---------------------------------------------------------------- lectura del XML guardado
const unx = (file, entry) => execFileSync('unzip', ['-p', file, entry], { maxBuffer: 1 << 28 }).toString('utf8');
const dex = (t) =>
  t
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
function readRaw(file) {
  const wbx = unx(file, 'xl/workbook.xml');
  const rels = unx(file, 'xl/_rels/workbook.xml.rels');
  let sst = [];
  try {
    sst = [...unx(file, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
      dex([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((x) => x[1]).join('')),
    );
  } catch {
    /* sin cadenas compartidas */
  }
  const out = {};
  for (const m of wbx.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target =
      new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"`).exec(rels) ||
      new RegExp(`Target="([^"]*)"[^>]*Id="${m[2]}"`).exec(rels);
    const xml = unx(file, 'xl/' + target[1].replace(/^\/?xl\//, ''));
    const cells = {};
    for (const c of xml.matchAll(/<c r="([A-Z]+[0-9]+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const t = (/ t="([^"]*)"/.exec(c[2]) || [])[1];
      const inner = c[3] || '';
      const f = /<f[^>]*>([\s\S]*?)<\/f>|<f[^>]*\/>/.exec(inner);
      const vm = /<v>([\s\S]*?)<\/v>|<v\/>/.exec(inner);
      let v = vm ? dex(vm[1] || '') : undefined;
      if (t === 's' && v !== undefined) v = sst[Number(v)];
      cells[c[1]] = { t, v, f: f ? dex(f[1] || '') : null, hasV: !!vm };
    }
    out[dex(m[1])] = cells;
  }
  return out;
}

const books = []; // {file, pattern, layout, wb, expect:[[sheet, addr, value]]}
function book(file, pattern, layout) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Unidad de Planificación';
  wb.created = new Date('2025-09-15T10:00:00Z');
  wb.modified = new Date('2025-09-15T10:00:00Z');
  const b = { file, pattern, layout, wb, expect: [] };
  books.push(b);
  b.exp = (sheet, addr, value) => b.expect.push([sheet, addr, value]);
  return b;
}

/**
 * Builds every workbook (`makers`), writes it to `raw`, re-saves it with LibreOffice into `out`,
 * checks the saved XML (every formula has a stored result, no error value, each expected cell
 * holds its value) and writes `out`/README.md: `readme` lines, then one line per workbook.
 * `--no-convert` stops after writing `raw`. Exit code 1 when a check fails.
 */
async function writeAndCheck({ makers, raw: RAW, out: OUT, profile: PROFILE, readme }) {
  fs.mkdirSync(RAW, { recursive: true });
  fs.mkdirSync(OUT, { recursive: true });
  makers.forEach((make) => make());
  for (const b of books) await b.wb.xlsx.writeFile(path.join(RAW, b.file));
  if (process.argv.includes('--no-convert')) return;
  for (const b of books) {
    const out = path.join(OUT, b.file);
    if (fs.existsSync(out)) fs.unlinkSync(out);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${PROFILE}`,
        '--headless',
        '--calc',
        '--convert-to',
        'xlsx',
        '--outdir',
        OUT,
        path.join(RAW, b.file),
      ],
      { stdio: 'pipe', timeout: 180000 },
    );
    if (!fs.existsSync(out)) throw new Error('conversion failed: ' + b.file);
  }
  // verificación independiente: lee el XML que guardó LibreOffice (valor en caché de cada fórmula)
  let problems = 0;
  for (const b of books) {
    const file = path.join(OUT, b.file);
    const raw = readRaw(file);
    let nf = 0;
    for (const [sheet, cells] of Object.entries(raw)) {
      for (const [addr, c] of Object.entries(cells)) {
        if (c.f) nf++;
        if (c.f && !c.hasV) {
          problems++;
          console.log(`SIN VALOR ${b.file} ${sheet}!${addr}`);
        }
        if (c.t === 'e') {
          problems++;
          console.log(`ERROR ${b.file} ${sheet}!${addr} ${c.v}`);
        }
      }
    }
    let ok = 0;
    for (const [sheet, addr, want] of b.expect) {
      const c = (raw[sheet] || {})[addr];
      const got = !c ? '' : c.t === 'n' || c.t === undefined ? Number(c.v) : c.v;
      const good =
        typeof want === 'number'
          ? typeof got === 'number' && Math.abs(got - want) < 0.005
          : String(got) === String(want);
      if (!good) {
        problems++;
        console.log(`ESPERADO ${b.file} ${sheet}!${addr}: esperado ${want}, guardado ${JSON.stringify(got)}`);
      } else ok++;
    }
    console.log(
      `${b.file}: ${Object.keys(raw).length} hojas, ${nf} fórmulas, ${ok}/${b.expect.length} comprobaciones OK`,
    );
  }
  // The list in the folder's README, from each workbook's own description.
  const lines = [...readme];
  for (const b of books) lines.push(`- **${b.file}** — ${b.pattern}. ${b.layout}`, '');
  fs.writeFileSync(path.join(OUT, 'README.md'), lines.join('\n'));
  console.log(problems ? `PROBLEMAS: ${problems}` : 'Todo verificado: sin errores.');
  process.exitCode = problems ? 1 : 0;
}

module.exports = {
  A,
  BOX,
  F,
  FILL_H,
  FILL_P,
  FILL_T,
  FMT,
  Q,
  book,
  col,
  header1,
  header2,
  note,
  pick,
  put,
  q,
  random,
  rc,
  ri,
  rstep,
  seed,
  sum,
  title,
  u,
  widths,
  writeAndCheck,
};
