#!/usr/bin/env node
/**
 * Writes test/fixtures/clean-pom/: CLEAN POM/POA workbooks holding the SEGEPLAN/MINFIN matrices,
 * laid out the many ways institutions lay them out (two-row or one-row year headers, codes in one
 * cell or in four columns, fichas stacked or side by side, split tables, one-sheet POMs…), each
 * consistent across its matrices. test/rules/clean-formats.test.ts requires that Planifica raise
 * no error or warning on them. Same method as scripts/make-clean-formats.js:
 *
 * 1. ExcelJS writes each workbook with real formulas (no cached results);
 * 2. LibreOffice headless re-saves it, computing and storing every formula's result;
 * 3. the saved XML is checked: every formula has a stored result, no error value, and each key
 *    cell holds the value computed here; the data is checked for consistency before writing.
 *
 * Usage: node scripts/make-clean-pom-formats.js [--no-convert]   (needs `soffice`)
 */
'use strict';
const os = require('os');
const path = require('path');

const ROOT = path.join(os.tmpdir(), 'planifica-clean-pom');
const RAW = path.join(ROOT, 'raw');
const OUT = path.join(__dirname, '..', 'test', 'fixtures', 'clean-pom');
const PROFILE = `file://${path.join(ROOT, 'lo-profile')}`;

const {
  A,
  BOX,
  FILL_H,
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
  ri,
  rstep,
  seed,
  sum,
  title,
  u,
  widths,
  writeAndCheck,
} = require('./clean-workbooks');
const MES3 = ['Ene', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Jul', 'Ago', 'Sep', 'Oct', 'Nov', 'Dic'];

// ================================================================ modelo POM/POA (común a todos los libros)
const PHYS_RANGE = {
  Persona: [900, 60000],
  Familia: [300, 18000],
  Documento: [14, 3200],
  Evento: [8, 240],
  Kilómetro: [6, 160],
  Hectárea: [150, 9000],
  Aporte: [1, 4],
  Entidad: [4, 60],
  Servicio: [40, 2500],
  Ración: [60000, 2400000],
  Estudiante: [2500, 140000],
  Docente: [120, 6000],
  Escuela: [20, 900],
  Informe: [4, 24],
  Capacitación: [12, 300],
  'Asistencia técnica': [20, 800],
  Vivienda: [60, 1800],
  Caso: [250, 18000],
  Registro: [600, 90000],
  Inspección: [60, 3000],
  Expediente: [120, 8000],
  Beca: [150, 5000],
  Comunidad: [12, 300],
  Municipio: [6, 60],
  Dosis: [8000, 900000],
  Planta: [20000, 900000],
  Certificado: [150, 20000],
  Licencia: [60, 8000],
  Operativo: [12, 600],
  Dictamen: [30, 1500],
  Visita: [40, 4000],
  Curso: [10, 200],
  Obra: [3, 40],
};
const fmtNum = (n) =>
  Number.isInteger(n)
    ? n.toLocaleString('en-US')
    : n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
const r1 = (x) => Math.round(x * 10) / 10;
const r2 = (x) => Math.round(x * 100) / 100;
const pad = (n, d) => String(n).padStart(d, '0');

/**
 * spec: { seed, inst, instCode, years, money:{lo,hi,step,cents,dirLo,dirHi}, proy:'000'|'00',
 *         progs:[{code,name,products:[{name,unit,subs,ind,cov,flag,fixed,fin:[lo,hi],actDesc}]}], results:[…] }
 */
function model(spec) {
  seed(spec.seed);
  const M = { ...spec };
  const money = { lo: 3e5, hi: 2.2e7, step: 100, cents: false, ...(spec.money || {}) };
  M.products = [];
  const Y = spec.years.length;
  let indNo = 0;
  for (const g of spec.progs) {
    let act = 0;
    for (const p of g.products) {
      act++;
      p.prg = g.code;
      p.sprg = p.sprg || '00';
      p.proy = p.proy || spec.proy || '000';
      p.act = p.act || pad(act, 3);
      p.code = `${p.prg}-${p.sprg}-${p.proy}-${p.act}`;
      p.actDesc = p.actDesc || p.name;
      p.subs = (p.subs && p.subs.length ? p.subs : [p.name]).map((s) =>
        typeof s === 'string'
          ? { name: s, unit: p.unit }
          : Array.isArray(s)
            ? { name: s[0], unit: s[1] || p.unit, fixed: s[2] }
            : s,
      );
      for (const s of p.subs) {
        const fixv = s.fixed !== undefined ? s.fixed : s.unit === p.unit ? p.fixed : undefined;
        if (fixv !== undefined) s.phys = spec.years.map((_, k) => (typeof fixv === 'function' ? fixv(k) : fixv));
        else {
          const [lo, hi] = PHYS_RANGE[s.unit] || [10, 1000];
          let base = ri(lo, hi);
          if (base > 5000) base = Math.round(base / 50) * 50;
          else if (base > 500) base = Math.round(base / 10) * 10;
          const g2 = base < 30 ? 0 : u(0.01, 0.07);
          s.phys = spec.years.map((_, k) => Math.round(base * (1 + g2 * k)));
        }
        const [flo, fhi] = p.fin || (p.dir ? [money.dirLo || 2.5e7, money.dirHi || 9e7] : [money.lo, money.hi]);
        const fb = rstep(flo / p.subs.length, fhi / p.subs.length, money.step);
        const gf = u(-0.01, 0.06);
        s.fin = spec.years.map((_, k) => {
          let v = Math.round((fb * (1 + gf * k)) / money.step) * money.step;
          let c = Math.round(v * 100);
          if (money.cents && random() < 0.35) c += ri(1, 99);
          return c; // centavos de la unidad monetaria del libro
        });
      }
      if (!p.subs.some((s) => s.unit === p.unit)) throw new Error('producto sin subproducto de su unidad: ' + p.name);
      p.phys = spec.years.map((_, k) => sum(p.subs.filter((s) => s.unit === p.unit).map((s) => s.phys[k])));
      p.fin = spec.years.map((_, k) => sum(p.subs.map((s) => s.fin[k])));
      p.mixed = p.subs.some((s) => s.unit !== p.unit);
      if (p.ind) {
        const d = typeof p.ind === 'string' ? { name: p.ind } : p.ind;
        indNo++;
        const lbRel = d.lbRel !== undefined ? d.lbRel : r2(u(68, 93));
        const tgt = d.target !== undefined ? d.target : random() < 0.4 ? 100 : Math.min(100, r1(lbRel + u(4, 14)));
        p.ind = {
          code: d.code || `${indNo}.`,
          name: d.name,
          cat: 'PRODUCTO',
          freq: d.freq || pick(['Anual', 'Anual', 'Semestral', 'Trimestral', 'Cuatrimestral']),
          lbYear: d.lbYear || spec.years[0] - (spec.lbGap || 2),
          lbAbs: d.lbAbs !== undefined ? d.lbAbs : Math.round(p.phys[0] * u(0.7, 0.92)),
          lbRel,
          rel: spec.years.map((_, k) => (tgt === 100 ? 100 : r1(lbRel + ((tgt - lbRel) * (k + 1)) / Y))),
          formula: d.formula,
        };
      }
    }
    M.products.push(...g.products);
  }
  M.byName = Object.fromEntries(M.products.map((p) => [p.name, p]));
  M.budget = {};
  for (const g of spec.progs) M.budget[g.code] = spec.years.map((_, k) => sum(g.products.map((p) => p.fin[k])));
  M.total = spec.years.map((_, k) => sum(M.products.map((p) => p.fin[k])));
  // resultados
  M.results = (spec.results || []).map((R) => {
    const res = { ...R, products: (R.products || []).map((n) => M.byName[n] || fail('producto ' + n)) };
    const n = spec.years.length;
    if (R.kind === 'cum') {
      const p = res.products.find((x) => x.unit === R.prodUnit) || res.products[0];
      let acc = R.base;
      res.values = spec.years.map((_, k) => (acc += p.phys[k]));
      if (R.baseYear !== spec.years[0] - 1) throw new Error('acumulado: línea base debe ser el año anterior');
    } else if (R.kind === 'red')
      res.values = spec.years.map((_, k) => r1(R.base - ((R.base - R.target) * (k + 1)) / n));
    else res.values = spec.years.map((_, k) => r1(R.base + ((R.target - R.base) * (k + 1)) / n));
    res.values[n - 1] = R.kind === 'cum' ? res.values[n - 1] : R.target;
    res.text = (y) => statement(res, y, spec.years);
    return res;
  });
  checkModel(M);
  return M;
}
/** Comprobación explícita de la coherencia del modelo (lo que todas las matrices copian). */
function checkModel(M) {
  const bad = (m) => fail(`${M.inst}: ${m}`);
  const Y = M.years;
  for (const p of M.products) {
    Y.forEach((_, k) => {
      if (p.fin[k] !== sum(p.subs.map((s) => s.fin[k]))) bad('financiera ≠ suma de subproductos: ' + p.name);
      if (p.phys[k] !== sum(p.subs.filter((s) => s.unit === p.unit).map((s) => s.phys[k])))
        bad('física ≠ suma: ' + p.name);
      for (const s of p.subs)
        if (!(s.phys[k] >= 0) || !(s.fin[k] >= 0) || !Number.isInteger(s.phys[k])) bad('meta inválida: ' + s.name);
    });
    if (!/^\d{2}$/.test(p.prg) || !/^\d{2}$/.test(p.sprg) || !/^\d{2,3}$/.test(p.proy) || !/^\d{3}$/.test(p.act))
      bad('código: ' + p.code);
    if (!PHYS_RANGE[p.unit] && !['Metro lineal', 'Centro educativo'].includes(p.unit))
      bad('unidad fuera de la lista: ' + p.unit);
    if (p.ind) {
      if (!(p.ind.lbYear < Y[0])) bad('línea base no anterior: ' + p.ind.name);
      for (const v of [p.ind.lbRel, ...p.ind.rel])
        if (!(v >= 0 && v <= 100)) bad('relativo fuera de 0-100: ' + p.ind.name);
    }
    if (p.cov && p.cov !== 'N')
      for (const m of p.cov.munis)
        if (
          !p.cov.deps.some((d) =>
            (GEO[Object.keys(GEO).find((x) => x.toUpperCase() === d.toUpperCase())] || []).some(
              (x) => x.toUpperCase() === m.toUpperCase(),
            ),
          )
        )
          bad('municipio fuera de sus departamentos: ' + m);
  }
  const names = new Set();
  for (const p of M.products) {
    if (names.has(p.name)) bad('producto repetido ' + p.name);
    names.add(p.name);
  }
  Y.forEach((_, k) => {
    if (sum(M.progs.map((g) => M.budget[g.code][k])) !== M.total[k]) bad('total ≠ suma de programas');
    for (const g of M.progs)
      if (M.budget[g.code][k] !== sum(g.products.map((p) => p.fin[k]))) bad('programa ' + g.code);
  });
  for (const R of M.results) {
    if (!(R.baseYear < Y[0])) bad('línea base del resultado');
    const up = R.kind !== 'red';
    R.values.forEach((v, k) => {
      if (up ? !(v > R.base) : !(v < R.base)) bad('dirección del resultado');
      if (k && (up ? !(v >= R.values[k - 1]) : !(v <= R.values[k - 1]))) bad('serie del resultado no monótona');
      if (R.kind !== 'cum' && R.unitWord === '%' && !(v >= 0 && v <= 100)) bad('porcentaje del resultado');
    });
    if (R.kind === 'cum') {
      const ps = R.products.filter((p) => p.unit === R.prodUnit);
      if (ps.length !== 1) bad('acumulado sin un único producto de su unidad');
      R.values.forEach((v, k) => {
        if (v !== (k ? R.values[k - 1] : R.base) + ps[0].phys[k]) bad('acumulado no crece la meta física');
      });
    }
  }
}
function fail(m) {
  throw new Error(m);
}
function statement(R, y, years) {
  const k = years.indexOf(y);
  const v = R.values[k];
  const u1 = R.unitWord === '%' ? '%' : ` ${R.unitWord}`;
  const verb = R.kind === 'red' ? 'reducido' : 'incrementado';
  const acc = R.kind === 'cum' ? ' acumulado' : '';
  if (R.style === 'short')
    return `Para ${y} se ha ${verb} ${R.subject} de ${fmtNum(R.base)}${u1} en ${R.baseYear} a ${fmtNum(v)}${u1}${R.tail ? ' ' + R.tail : ''}.`;
  return `Para el año ${y} se ha ${verb} ${R.subject} a ${fmtNum(v)}${u1}${acc} (de ${fmtNum(R.base)}${u1} en el año ${R.baseYear} a ${fmtNum(v)}${u1} en el año ${y}).`;
}

// ---------------------------------------------------------------- escritura de celdas con comprobación
function fx(b, ws, r, c, formula, expected, fmt, style = {}) {
  const cell = ws.getCell(r, c);
  cell.value = { formula };
  if (fmt) cell.numFmt = fmt;
  cell.border = BOX;
  if (style.bold) cell.font = { bold: true };
  if (style.fill) cell.fill = style.fill;
  if (expected !== undefined) b.exp(ws.name, A(c, r), expected);
  return cell;
}
function val(ws, r, c, v, fmt, style = {}) {
  const cell = ws.getCell(r, c);
  if (v !== undefined && v !== null) cell.value = v;
  if (fmt) cell.numFmt = fmt;
  if (style.border !== false) cell.border = BOX;
  const font = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.size) font.size = style.size;
  if (Object.keys(font).length) cell.font = font;
  if (style.fill) cell.fill = style.fill;
  if (typeof v === 'string' || style.indent)
    cell.alignment = {
      vertical: 'middle',
      wrapText: style.wrap !== false,
      indent: style.indent || 0,
      horizontal: style.align,
    };
  return cell;
}
function mergeText(ws, r, c1, c2, v, style = {}) {
  val(ws, r, c1, v, null, style);
  for (let c = c1 + 1; c <= c2; c++) val(ws, r, c, null, null, style);
  if (c2 > c1) ws.mergeCells(r, c1, r, c2);
}
function vmerge(ws, r1_, r2_, c) {
  if (r2_ > r1_) ws.mergeCells(r1_, c, r2_, c);
}
const codeVal = (code, style) => (style === 'num' || style === 'rawnum' ? Number(code) : code);
const codeFmt = (code, style) => (style === 'num' ? '0'.repeat(code.length) : null);

// ---------------------------------------------------------------- 8. Proyección del presupuesto por programa
function writeBudget(ctx, ws, r0, c0, o = {}) {
  const { b, M } = ctx;
  const years = o.years || M.years;
  const ks = years.map((y) => M.years.indexOf(y));
  const mf = o.fmt || FMT.moneyQ;
  const labels = [
    o.prgLabel || 'PRG',
    o.descLabel || 'DESCRIPCIÓN',
    ...years.map((y) => (o.yearLabel ? o.yearLabel(y) : y)),
  ];
  if (o.share) labels.push(`Participación ${years[0]}`);
  header1(ws, r0, c0, labels);
  const first = r0 + 1;
  const tr = first + M.progs.length;
  M.progs.forEach((g, i) => {
    const r = first + i;
    val(ws, r, c0, codeVal(g.code, o.code), codeFmt(g.code, o.code), { align: 'center' });
    val(ws, r, c0 + 1, g.name);
    ks.forEach((k, j) => val(ws, r, c0 + 2 + j, Q(M.budget[g.code][k]), mf));
    if (o.share)
      fx(
        b,
        ws,
        r,
        c0 + 2 + ks.length,
        `${A(c0 + 2, r)}/${col(c0 + 2)}$${tr}`,
        M.budget[g.code][ks[0]] / sum(M.progs.map((x) => M.budget[x.code][ks[0]])),
        FMT.pct,
      );
  });
  val(ws, tr, c0, null, null, { fill: FILL_T });
  val(ws, tr, c0 + 1, o.totalLabel || 'Total', null, { bold: true, fill: FILL_T });
  ks.forEach((k, j) => {
    const c = c0 + 2 + j;
    const t = sum(M.progs.map((g) => M.budget[g.code][k]));
    if (o.total === 'typed') val(ws, tr, c, Q(t), mf, { bold: true, fill: FILL_T });
    else fx(b, ws, tr, c, `SUM(${A(c, first)}:${A(c, tr - 1)})`, Q(t), mf, { bold: true, fill: FILL_T });
  });
  if (o.share)
    fx(b, ws, tr, c0 + 2 + ks.length, `${A(c0 + 2, tr)}/${col(c0 + 2)}$${tr}`, 1, FMT.pct, {
      bold: true,
      fill: FILL_T,
    });
  return { totalRow: tr, end: tr };
}

// ---------------------------------------------------------------- 9.5 Productos, subproductos y metas multianuales
/**
 * o: header 'two'|'one'|'three'; mark 'prefix'|'bold'|'subprefix'|'tipo'; code 'none'|'combined'|'split';
 *    codeStyle 'text'|'num'; prodFin 'sum'|'typed'|'subtotal'; prodPhys 'typed'|'formula'; total 'plus'|'sum'|'typed'|'subtotal';
 *    physOnly; sep (fila en blanco tras cada producto); progSub (subtotal por programa); years; physLabel; finLabel;
 *    periods: ['Trim. 1',…] (POA de un año: meta física por periodo + anual) ; approved (columna de meta aprobada)
 */
function writeGoals(ctx, ws, r0, c0, o = {}) {
  const { b, M } = ctx;
  const years = o.years || M.years;
  const ks = years.map((y) => M.years.indexOf(y));
  const mf = o.fmt || FMT.moneyQ;
  const nf = o.intFmt || FMT.int;
  const physL = o.physLabel || 'Meta Física';
  const finL = o.finLabel || 'Meta Financiera';
  const st = { bold: true, fill: o.prodFill === false ? undefined : FILL_T };
  // columnas
  const lead = [];
  if (o.code === 'split') {
    lead.push(...(o.splitLabels || ['PRG', 'SPRG', 'PROY', 'ACT']));
  } else if (o.code === 'combined') lead.push(o.codeLabel || 'Estructura programática');
  if (o.mark === 'tipo') lead.push(o.tipoLabel || 'Tipo');
  const cName = c0 + lead.length;
  const cUnit = cName + 1;
  const yc = []; // por año: {phys, fin, periods:[...]}
  let cc = cUnit + 1;
  const specs = [...lead, o.prodLabel || 'PRODUCTO / SUBPRODUCTO', o.unitLabel || 'UNIDAD DE MEDIDA'];
  if (o.periods) {
    const y = years[0];
    const sub = ['Anual', ...o.periods];
    yc.push({
      phys: cc,
      periods: o.periods.map((_, i) => cc + 1 + i),
      fin: o.physOnly ? null : cc + 1 + o.periods.length,
    });
    specs.push({ label: `${physL} ${y}`, sub });
    if (!o.physOnly) specs.push(`${finL} ${y}`);
    cc += sub.length + (o.physOnly ? 0 : 1);
    if (o.approved) {
      yc[0].appr = cc;
      specs.push(o.approved);
      cc++;
    }
  } else {
    for (const y of years) {
      if (o.header === 'one') {
        specs.push(`${physL} ${y}`);
        if (!o.physOnly) specs.push(`${finL} ${y}`);
      } else specs.push({ label: o.yearText ? o.yearText(y) : y, sub: o.physOnly ? [physL] : [physL, finL] });
      yc.push({ phys: cc, fin: o.physOnly ? null : cc + 1 });
      cc += o.physOnly ? 1 : 2;
    }
  }
  const lastCol = cc - 1;
  let r = r0;
  if (o.header === 'one') {
    header1(
      ws,
      r,
      c0,
      specs.map((s) => (typeof s === 'string' || typeof s === 'number' ? s : s.label)),
    );
    r += 1;
  } else if (o.header === 'three') {
    // fila superior «PLAN OPERATIVO MULTIANUAL» combinada sobre todo, luego año / meta
    mergeText(ws, r, c0, lastCol, o.topLabel || 'PLAN OPERATIVO MULTIANUAL', {
      bold: true,
      fill: FILL_H,
      align: 'center',
    });
    header2(ws, r + 1, c0, specs);
    r += 3;
  } else {
    header2(ws, r, c0, specs);
    r += 2;
  }
  const headerEnd = r - 1;
  const prodRows = [];
  const subtotalRows = [];
  const progList = M.progs.filter((g) => g.products.length);
  for (const g of progList) {
    if (o.progHeader) {
      mergeText(ws, r, c0, lastCol, `Programa ${g.code}: ${g.name}`, { bold: true, italic: true });
      r++;
    }
    const progProdRows = [];
    for (const p of g.products) {
      const pr = r;
      prodRows.push(pr);
      progProdRows.push(pr);
      (p.goalsAt = p.goalsAt || {})[ws.name] = { row: pr, yc };
      const subRow0 = pr + 1;
      const subRowN = pr + p.subs.length;
      // código
      let lc = c0;
      if (o.code === 'split') {
        [p.prg, p.sprg, p.proy, p.act].forEach((seg) => {
          val(ws, pr, lc, codeVal(seg, o.codeStyle), codeFmt(seg, o.codeStyle), { align: 'center', ...st });
          lc++;
        });
      } else if (o.code === 'combined') {
        val(ws, pr, lc, p.code, null, { ...st, align: 'center' });
        lc++;
      }
      if (o.mark === 'tipo') val(ws, pr, lc, 'Producto', null, st);
      const pname = o.mark === 'prefix' ? `Producto: ${p.name}` : p.name;
      val(ws, pr, cName, pname, null, st);
      val(ws, pr, cUnit, p.unit, null, st);
      ks.forEach((k, j) => {
        const Y = yc[j];
        const sameRows = p.subs.map((s, i) => (s.unit === p.unit ? subRow0 + i : null)).filter((x) => x);
        // meta física
        if (o.periods) {
          const pq = splitPeriods(p, k, o.periods.length);
          Y.periods.forEach((pc, i) => val(ws, pr, pc, pq[i], nf, st));
          fx(
            b,
            ws,
            pr,
            Y.phys,
            `SUM(${A(Y.periods[0], pr)}:${A(Y.periods[Y.periods.length - 1], pr)})`,
            p.phys[k],
            nf,
            st,
          );
          if (Y.appr) val(ws, pr, Y.appr, p.phys[k], nf, st);
        } else if (o.prodPhys === 'formula') {
          const cl = col(Y.phys);
          const f = !p.mixed
            ? p.subs.length === 1
              ? `${cl}${subRow0}`
              : `SUM(${cl}${subRow0}:${cl}${subRowN})`
            : sameRows.map((x) => cl + x).join('+');
          fx(b, ws, pr, Y.phys, f, p.phys[k], nf, st);
        } else val(ws, pr, Y.phys, p.phys[k], nf, st);
        // meta financiera
        if (Y.fin) {
          const cl = col(Y.fin);
          if (o.prodFin === 'typed') val(ws, pr, Y.fin, Q(p.fin[k]), mf, st);
          else if (o.prodFin === 'subtotal')
            fx(b, ws, pr, Y.fin, `SUBTOTAL(9,${cl}${subRow0}:${cl}${subRowN})`, Q(p.fin[k]), mf, st);
          else
            fx(
              b,
              ws,
              pr,
              Y.fin,
              p.subs.length === 1 ? `${cl}${subRow0}` : `SUM(${cl}${subRow0}:${cl}${subRowN})`,
              Q(p.fin[k]),
              mf,
              st,
            );
        }
      });
      r++;
      for (const s of p.subs) {
        let lc2 = c0;
        if (o.code === 'split') {
          for (let i = 0; i < 4; i++)
            val(
              ws,
              r,
              lc2 + i,
              o.subCodes ? codeVal([p.prg, p.sprg, p.proy, p.act][i], o.codeStyle) : null,
              o.subCodes ? codeFmt([p.prg, p.sprg, p.proy, p.act][i], o.codeStyle) : null,
              { align: 'center' },
            );
          lc2 += 4;
        } else if (o.code === 'combined') {
          val(ws, r, lc2, null);
          lc2++;
        }
        if (o.mark === 'tipo') val(ws, r, lc2, 'Subproducto');
        const sname = o.mark === 'subprefix' ? `Subproducto: ${s.name}` : s.name;
        val(ws, r, cName, sname, null, { indent: o.mark === 'tipo' ? 0 : 2 });
        val(ws, r, cUnit, s.unit);
        ks.forEach((k, j) => {
          const Y = yc[j];
          if (o.periods) {
            const sq = splitPeriodsSub(s, k, o.periods.length);
            Y.periods.forEach((pc, i) => val(ws, r, pc, sq[i], nf));
            fx(b, ws, r, Y.phys, `SUM(${A(Y.periods[0], r)}:${A(Y.periods[Y.periods.length - 1], r)})`, s.phys[k], nf);
            if (Y.appr) val(ws, r, Y.appr, s.phys[k], nf);
          } else val(ws, r, Y.phys, s.phys[k], nf);
          if (Y.fin) val(ws, r, Y.fin, Q(s.fin[k]), mf);
        });
        r++;
      }
      if (o.sep) r++;
    }
    if (o.progSub) {
      val(ws, r, cName, `Subtotal programa ${g.code}`, null, { bold: true });
      ks.forEach((k, j) => {
        const Y = yc[j];
        if (!Y.fin) return;
        const cl = col(Y.fin);
        fx(
          b,
          ws,
          r,
          Y.fin,
          progProdRows.length === 1 ? `${cl}${progProdRows[0]}` : `SUM(${progProdRows.map((x) => cl + x).join(',')})`,
          Q(M.budget[g.code][k]),
          mf,
          { bold: true },
        );
      });
      subtotalRows.push(r);
      r += o.sep ? 1 : 2;
    }
  }
  // total
  const tr = r;
  if (!o.noTotal) {
    for (let cc2 = c0; cc2 <= lastCol; cc2++) val(ws, tr, cc2, null, null, { fill: FILL_T });
    val(ws, tr, cName, o.totalLabel || 'Total', null, { bold: true, fill: FILL_T });
    ks.forEach((k, j) => {
      const Y = yc[j];
      const t = Q(M.total[k]);
      const cells = (col2) => (o.progSub ? subtotalRows : prodRows).map((x) => col2 + x);
      const write = (cIdx, expected, ffmt) => {
        const cl = col(cIdx);
        if (o.total === 'typed') val(ws, tr, cIdx, expected, ffmt, { bold: true, fill: FILL_T });
        else if (o.total === 'subtotal')
          fx(b, ws, tr, cIdx, `SUBTOTAL(9,${cl}${headerEnd + 1}:${cl}${tr - 1})`, expected, ffmt, {
            bold: true,
            fill: FILL_T,
          });
        else if (o.total === 'sum')
          fx(b, ws, tr, cIdx, `SUM(${cells(cl).join(',')})`, expected, ffmt, { bold: true, fill: FILL_T });
        else fx(b, ws, tr, cIdx, cells(cl).join('+'), expected, ffmt, { bold: true, fill: FILL_T });
      };
      if (Y.fin) write(Y.fin, t, mf);
      if (o.physTotal) write(Y.phys, sum(M.products.map((p) => p.phys[k])), nf);
    });
  }
  return { header: r0, totalRow: tr, end: tr, yc, lastCol, prodRows };
}
// reparto trimestral/mensual determinista de una meta anual (subproducto); el producto suma los de su unidad
function splitPeriodsSub(s, k, n) {
  s._per = s._per || {};
  if (!s._per[k]) {
    const tot = s.phys[k];
    const w = Array.from({ length: n }, (_, i) => 0.6 + ((i * 7 + s.name.length) % 5) * 0.2);
    const ws = sum(w);
    const parts = w.map((x) => Math.floor((tot * x) / ws));
    parts[n - 1] += tot - sum(parts);
    s._per[k] = parts;
  }
  return s._per[k];
}
function splitPeriods(p, k, n) {
  const parts = Array(n).fill(0);
  for (const s of p.subs.filter((x) => x.unit === p.unit)) splitPeriodsSub(s, k, n).forEach((v, i) => (parts[i] += v));
  return parts;
}

// ---------------------------------------------------------------- 9.3 Red de categorías programáticas
function writeRed(ctx, ws, r0, c0, o = {}) {
  const { M } = ctx;
  const split = o.style === 'split';
  const labels = [
    ...(split ? ['PRODUCTO / SUBPRODUCTO', 'PRODUCTO / SUBPRODUCTO'] : [o.prodLabel || 'PRODUCTO / SUBPRODUCTO']),
    o.unitLabel || 'UNIDAD DE MEDIDA',
    ...(o.noDesc ? [] : [o.descLabel || 'DESCRIPCIÓN DE LA ACTIVIDAD']),
    ...(o.codeLabels || ['PROGRAMA', 'SUBPROGRAMA', 'PROYECTO', 'ACTIVIDAD']),
  ];
  header1(ws, r0, c0, labels);
  if (split) ws.mergeCells(r0, c0, r0, c0 + 1);
  let r = r0 + 1;
  const cN = split ? c0 + 1 : c0;
  const cU = cN + 1;
  const cD = o.noDesc ? null : cU + 1;
  const cP = (o.noDesc ? cU : cD) + 1;
  for (const p of M.products) {
    if (split) val(ws, r, c0, 'Producto:', null, { bold: true });
    val(ws, r, cN, o.style === 'prefix' ? `Producto: ${p.name}` : p.name, null, { bold: true });
    val(ws, r, cU, p.unit);
    if (cD) val(ws, r, cD, p.actDesc);
    [p.prg, p.sprg, p.proy, p.act].forEach((seg, i) =>
      val(ws, r, cP + i, codeVal(seg, o.codeStyle), codeFmt(seg, o.codeStyle), { align: 'center' }),
    );
    r++;
    for (const s of p.subs) {
      if (split) val(ws, r, c0, null);
      val(ws, r, cN, s.name, null, { indent: split ? 0 : 2 });
      val(ws, r, cU, s.unit);
      if (cD) val(ws, r, cD, null);
      for (let i = 0; i < 4; i++)
        val(
          ws,
          r,
          cP + i,
          o.subCodes ? codeVal([p.prg, p.sprg, p.proy, p.act][i], o.codeStyle) : null,
          o.subCodes ? codeFmt([p.prg, p.sprg, p.proy, p.act][i], o.codeStyle) : null,
          { align: 'center' },
        );
      r++;
    }
    if (o.sep) r++;
  }
  return { end: r - 1 };
}

// ---------------------------------------------------------------- 9.1 Ficha de indicadores de productos a nivel multianual
function writeIndMatrix(ctx, ws, r0, c0, o = {}) {
  const { b, M } = ctx;
  const years = M.years;
  const rel = o.rel || 'frac';
  const relV = (x) => (rel === 'frac' ? r2(x) / 100 : x);
  const relF = rel === 'frac' ? FMT.pct : '0.00';
  const nf = FMT.int;
  const lead = o.no ? ['No.'] : [];
  const names = o.unitAfter
    ? [o.prodLabel || 'PRODUCTOS', o.indLabel || 'NOMBRE DEL INDICADOR DEL PRODUCTO', o.unitLabel || 'UNIDAD DE MEDIDA']
    : [
        o.prodLabel || 'PRODUCTOS',
        o.unitLabel || 'UNIDAD DE MEDIDA DEL PRODUCTO',
        o.indLabel || 'NOMBRE DEL INDICADOR DEL PRODUCTO',
      ];
  const absL = o.absLabel || 'Datos Absolutos';
  const relL = o.relLabel || 'Datos Relativos';
  const span = years.length > 1 ? `${years[0]}-${years[years.length - 1]}` : String(years[0]);
  const specs = [
    ...lead,
    ...names,
    { label: o.lbLabel || 'LÍNEA DE BASE', sub: [o.yearLabel || 'AÑO', absL, relL] },
    ...years.map((y) => ({ label: o.yearText ? o.yearText(y) : y, sub: [absL, relL] })),
  ];
  if (!o.noTotal) specs.push({ label: o.totalLabel || `TOTAL META MULTIANUAL ${span}`, sub: [absL, relL] });
  header2(ws, r0, c0, specs);
  let r = r0 + 2;
  const cP = c0 + lead.length;
  const order = o.unitAfter ? [0, 2, 1] : [0, 1, 2];
  const cLB = cP + 3;
  const cY = (k) => cLB + 3 + 2 * k;
  const cT = cY(years.length);
  let n = 0;
  for (const p of M.products.filter((x) => x.ind)) {
    n++;
    if (o.no) val(ws, r, c0, n, null, { align: 'center' });
    const trio = [p.name, p.unit, p.ind.name];
    order.forEach((oi, i) => val(ws, r, cP + i, trio[oi]));
    val(ws, r, cLB, p.ind.lbYear, '0', { align: 'center' });
    val(ws, r, cLB + 1, p.ind.lbAbs, nf);
    val(ws, r, cLB + 2, relV(p.ind.lbRel), relF);
    years.forEach((_, k) => {
      const link = o.link && p.goalsAt && p.goalsAt[o.link];
      if (link) {
        const L = p.goalsAt[o.link];
        fx(b, ws, r, cY(k), `${q(o.link)}!${A(L.yc[k].phys, L.row)}`, p.phys[k], nf);
      } else val(ws, r, cY(k), p.phys[k], nf);
      val(ws, r, cY(k) + 1, relV(p.ind.rel[k]), relF);
    });
    if (!o.noTotal) {
      const tot = sum(p.phys);
      if (o.total === 'typed') val(ws, r, cT, tot, nf, { bold: true });
      else if (o.total === 'sum')
        fx(b, ws, r, cT, `SUM(${years.map((_, k) => A(cY(k), r)).join(',')})`, tot, nf, { bold: true });
      else fx(b, ws, r, cT, years.map((_, k) => A(cY(k), r)).join('+'), tot, nf, { bold: true });
      val(ws, r, cT + 1, relV(p.ind.rel[years.length - 1]), relF);
    }
    r++;
  }
  return { end: r - 1 };
}

// ---------------------------------------------------------------- Ficha técnica para definición de indicadores (DTP)
const FICHA_W = 8; // etiqueta + 7 columnas de valor
function fichaData(ctx, p) {
  const { M } = ctx;
  const d = p.ind;
  return {
    code: d.code,
    name: d.name,
    cat: 'PRODUCTO',
    objetivo: `Medir el avance en la entrega del producto «${p.name}» respecto de lo programado.`,
    politica: ctx.politica || "Plan Nacional de Desarrollo K'atun Nuestra Guatemala 2032",
    descripcion: `Mide la proporción de ${p.unit.toLowerCase()}s atendidas o entregadas por el producto respecto de la demanda programada en el año.`,
    pertinencia: 'Permite dar seguimiento a la entrega del producto y orientar la asignación de recursos.',
    interpretacion: 'El indicador toma valores entre 0 y 100; un valor mayor indica mayor cobertura de la demanda.',
    formula: d.formula || `(${p.unit}s atendidas en el año / ${p.unit}s programadas en el año) * 100`,
    freq: d.freq,
    years: [d.lbYear, ...M.years],
    values: [d.lbRel, ...d.rel],
    lbYear: d.lbYear,
    lbValue: d.lbRel,
    explicacion: `La tendencia parte de la línea base de ${d.lbYear} y crece conforme se amplía la cobertura del producto.`,
    logro: 'Mediante la programación mensual de metas y el seguimiento de la ejecución física y financiera.',
    procedencia: 'Registros administrativos de la unidad ejecutora y reportes del SIGES.',
    responsable: ctx.responsable || 'Dirección de Planificación',
    metodologia: 'Consolidación mensual de los registros de cada unidad ejecutora.',
    produccion: [],
    notas: 'Las metas se revisan anualmente con la formulación del anteproyecto de presupuesto.',
  };
}
function resultFicha(ctx, R, code, name) {
  const { M } = ctx;
  return {
    code,
    name,
    cat: 'RESULTADO',
    objetivo: `Contribuir al resultado institucional: ${R.subject}.`,
    politica: ctx.politica || 'Política General de Gobierno 2024-2028',
    descripcion: `Mide ${R.subject} en relación con la población objetivo.`,
    pertinencia: 'Es el indicador del resultado institucional del Plan Estratégico Institucional.',
    interpretacion: 'Valores mayores indican un mayor avance del resultado.',
    formula: '(Población atendida / Población objetivo) * 100',
    freq: 'Anual',
    years: [R.baseYear, ...M.years],
    values: [R.base, ...R.values],
    lbYear: R.baseYear,
    lbValue: R.base,
    explicacion: 'La meta crece de manera sostenida con la ampliación de la cobertura.',
    logro: 'Con la entrega de los productos asociados al resultado.',
    procedencia: 'Encuestas y registros administrativos institucionales.',
    responsable: ctx.responsable || 'Dirección de Planificación',
    metodologia: 'Recopilación anual de los registros y estimaciones de población del INE.',
    produccion: R.products.filter((p) => p.ind).map((p) => [p.name, p.ind.name]),
    notas: 'Indicador de resultado vinculado al Plan Estratégico Institucional.',
  };
}
/** o: short (sin medios de verificación ni producción), lbStyle 'igm'|'label'|'inline', dtp (encabezado DTP), inst */
function writeFicha(ctx, ws, r0, c0, F1, o = {}) {
  const { M } = ctx;
  const cL = c0;
  const c1 = c0 + 1;
  const cN = c0 + FICHA_W - 1;
  let r = r0;
  const lab = (t) => val(ws, r, cL, t, null, { bold: true, fill: FILL_H });
  const row = (label, v) => {
    lab(label);
    mergeText(ws, r, c1, cN, v);
    r++;
  };
  if (o.dtp !== false) {
    mergeText(ws, r, cL, c0 + 1, 'Ministerio de Finanzas Públicas\nDirección Técnica del Presupuesto', {
      bold: true,
      size: 9,
    });
    mergeText(ws, r, c0 + 2, cN - 1, 'FICHA TÉCNICA PARA DEFINICIÓN DE INDICADORES', { bold: true, align: 'center' });
    val(ws, r, cN, `Reporte DTP5\nPresupuesto año ${M.years[0]}`, null, { size: 8 });
    ws.getRow(r).height = 30;
    r++;
    mergeText(ws, r, cL, cN, `${M.instCode} ${M.inst}`, { bold: true });
    r += 2;
  } else {
    mergeText(ws, r, cL, cN, 'FICHA TÉCNICA PARA DEFINICIÓN DE INDICADORES', { bold: true, align: 'center' });
    r += 2;
  }
  const start = r0;
  row(o.codeLabel || 'Código y Nombre del Indicador', `${F1.code} ${F1.name}`);
  row('Categoría del Indicador', F1.cat);
  row('Objetivo Asociado del Indicador', F1.objetivo);
  row('Política Pública Asociada', F1.politica);
  row('Descripción del Indicador', F1.descripcion);
  if (!o.short) {
    row('Pertinencia', F1.pertinencia);
    row('Interpretación', F1.interpretacion);
  }
  row('Fórmula de Cálculo', F1.formula);
  row('Frecuencia de Medición', F1.freq);
  mergeText(ws, r, cL, cN, 'Tendencia y meta del indicador', { bold: true, fill: FILL_H, align: 'center' });
  r++;
  lab('Años');
  F1.years.forEach((y, i) => val(ws, r, c1 + i, y, '0', { bold: true, align: 'center' }));
  r++;
  lab('Valor');
  F1.values.forEach((v, i) => val(ws, r, c1 + i, v, '0.00'));
  r++;
  lab('Línea Base');
  if (o.lbStyle === 'inline') {
    val(ws, r, c1, `Año: ${F1.lbYear}`);
    val(ws, r, c1 + 1, `Valor: ${fmtNum(F1.lbValue)}`);
  } else {
    val(ws, r, c1, o.lbStyle === 'label' ? 'Año' : 'Año:');
    val(ws, r, c1 + 1, F1.lbYear, '0');
    val(ws, r, c1 + 2, o.lbStyle === 'label' ? 'Valor' : 'Valor:');
    val(ws, r, c1 + 3, F1.lbValue, '0.00');
  }
  r++;
  row('Explicación de la Tendencia', F1.explicacion);
  row('Cómo se va a lograr la meta', F1.logro);
  if (!o.short) {
    mergeText(ws, r, cL, cN, 'Medios de Verificación', { bold: true, fill: FILL_H, align: 'center' });
    r++;
    row('Procedencia de los Datos', F1.procedencia);
    row('Unidad Responsable', F1.responsable);
    row('Metodología de Recopilación', F1.metodologia);
    mergeText(
      ws,
      r,
      cL,
      cN,
      'Producción asociada al cumplimiento de la meta (aplica únicamente para indicadores de resultado)',
      {
        bold: true,
        fill: FILL_H,
        align: 'center',
      },
    );
    r++;
    lab('Productos');
    mergeText(ws, r, c1, cN, 'Indicadores', { bold: true, fill: FILL_H });
    r++;
    const prod = F1.produccion.length ? F1.produccion : [[null, null]];
    for (const [pn, inn] of prod) {
      val(ws, r, cL, pn);
      mergeText(ws, r, c1, cN, inn);
      r++;
    }
    row('Notas Técnicas', F1.notas);
  } else {
    row('Unidad Responsable', F1.responsable);
  }
  return { start, end: r - 1 };
}
function fichaWidths(ws, c0) {
  ws.getColumn(c0).width = 30;
  for (let i = 1; i < FICHA_W; i++) ws.getColumn(c0 + i).width = 13;
}

// ---------------------------------------------------------------- 5. Resultados (un enunciado por año)
function writeResults5(ctx, ws, r0, c0, o = {}) {
  const { M } = ctx;
  let r = r0;
  for (const R of M.results) {
    if (o.title) {
      mergeText(ws, r, c0, c0 + M.years.length - 1, o.title, { bold: true, fill: FILL_H, align: 'center' });
      r++;
    }
    M.years.forEach((y, k) =>
      val(ws, r, c0 + k, o.yearLabel ? o.yearLabel(y) : `Año ${y}`, null, {
        bold: true,
        fill: FILL_H,
        align: 'center',
      }),
    );
    r++;
    M.years.forEach((y, k) => val(ws, r, c0 + k, R.text(y), null, { wrap: true }));
    ws.getRow(r).height = 110;
    r += 2;
  }
  return { end: r - 2 };
}

// ---------------------------------------------------------------- 9.2 Resultados, productos y subproductos
function itemRows(products, o) {
  const rows = [];
  for (const p of products) {
    rows.push({ p, kind: 'prod' });
    if (!o.noSubs) for (const s of p.subs) rows.push({ p, s, kind: 'sub' });
  }
  return rows;
}
function writeItemCols(ws, r, c, it, split) {
  if (split) {
    if (it.kind === 'prod') {
      val(ws, r, c, 'Producto:', null, { bold: true });
      val(ws, r, c + 1, it.p.name, null, { bold: true });
    } else {
      val(ws, r, c, null);
      val(ws, r, c + 1, it.s.name);
    }
  } else if (it.kind === 'prod') val(ws, r, c, `Producto: ${it.p.name}`, null, { bold: true });
  else val(ws, r, c, it.s.name, null, { indent: 2 });
}
function writeResProd(ctx, ws, r0, c0, o = {}) {
  const { M } = ctx;
  const y = o.year || M.years[M.years.length - 1];
  const split = o.split !== false;
  const w = split ? 2 : 1;
  val(ws, r0, c0, o.resLabel || 'RESULTADO INSTITUCIONAL', null, { bold: true, fill: FILL_H, align: 'center' });
  mergeText(ws, r0, c0 + 1, c0 + w, 'PRODUCTO / SUBPRODUCTO', { bold: true, fill: FILL_H, align: 'center' });
  val(ws, r0 + 1, c0, 'Descripción de Resultado', null, { bold: true, fill: FILL_H, align: 'center' });
  mergeText(ws, r0 + 1, c0 + 1, c0 + w, null, { fill: FILL_H });
  let r = r0 + 2;
  for (const R of M.results) {
    const rows = itemRows(R.products, o);
    const first = r;
    for (const it of rows) {
      if (!o.merge || r === first) val(ws, r, c0, R.text(y), null, { wrap: true });
      else val(ws, r, c0, null);
      writeItemCols(ws, r, c0 + 1, it, split);
      r++;
    }
    if (o.merge) vmerge(ws, first, r - 1, c0);
  }
  return { end: r - 1 };
}

// ---------------------------------------------------------------- 9.4 Cobertura
function covText(p, which, sep) {
  if (!p.cov || p.cov === 'N') return 'COBERTURA A NIVEL NACIONAL';
  return p.cov[which].join(sep);
}
function writeCoverage(ctx, ws, r0, c0, o = {}) {
  const { M } = ctx;
  const y = o.year || M.years[M.years.length - 1];
  const split = o.split !== false;
  const w = split ? 2 : 1;
  const sep = o.sep || ' ';
  const cF = c0 + 1 + w;
  const hs = [
    [c0, 'RESULTADO INSTITUCIONAL', 'Descripción de Resultado'],
    [cF, 'PRODUCTOS DE MAYOR CONTRIBUCIÓN A LA POLÍTICA GENERAL DE GOBIERNO (1 / 0)'],
    [cF + 1, 'COBERTURA DE DEPARTAMENTOS'],
    [cF + 2, 'COBERTURA DE MUNICIPIOS'],
  ];
  for (const [c, l1, l2] of hs) {
    val(ws, r0, c, l1, null, { bold: true, fill: FILL_H, align: 'center' });
    val(ws, r0 + 1, c, l2 || null, null, { bold: true, fill: FILL_H, align: 'center' });
    if (!l2) ws.mergeCells(r0, c, r0 + 1, c);
  }
  mergeText(ws, r0, c0 + 1, c0 + w, 'PRODUCTO / SUBPRODUCTO', { bold: true, fill: FILL_H, align: 'center' });
  mergeText(ws, r0 + 1, c0 + 1, c0 + w, null, { fill: FILL_H });
  let r = r0 + 2;
  for (const R of M.results) {
    const rows = itemRows(R.products, o);
    const first = r;
    for (const it of rows) {
      if (!o.merge || r === first) val(ws, r, c0, R.text(y), null, { wrap: true });
      else val(ws, r, c0, null);
      writeItemCols(ws, r, c0 + 1, it, split);
      if (it.kind === 'prod') {
        val(ws, r, cF, it.p.flag ?? 0, '0', { align: 'center' });
        if (o.covOn === 'product' || o.noSubs) {
          val(ws, r, cF + 1, covText(it.p, 'deps', sep));
          val(ws, r, cF + 2, covText(it.p, 'munis', sep));
        } else {
          val(ws, r, cF + 1, null);
          val(ws, r, cF + 2, null);
        }
      } else {
        val(ws, r, cF, null);
        const firstSub = it.p.subs[0] === it.s;
        val(
          ws,
          r,
          cF + 1,
          o.covOn === 'product' || (o.covOn === 'first' && !firstSub) ? null : covText(it.p, 'deps', sep),
        );
        val(
          ws,
          r,
          cF + 2,
          o.covOn === 'product' || (o.covOn === 'first' && !firstSub) ? null : covText(it.p, 'munis', sep),
        );
      }
      r++;
    }
    if (o.merge) vmerge(ws, first, r - 1, c0);
  }
  return { end: r - 1 };
}

// ---------------------------------------------------------------- 3.1 Vinculación a la PGG 2024-2028
function writePGG(ctx, ws, r0, c0, o = {}) {
  const { M } = ctx;
  const y = o.year || M.years[0];
  const split = !!o.split;
  const w = split ? 2 : 1;
  mergeText(ws, r0, c0, c0 + 1, 'POLÍTICA GENERAL DE GOBIERNO 2024-2028', {
    bold: true,
    fill: FILL_H,
    align: 'center',
  });
  val(ws, r0 + 1, c0, 'Ejes Estratégicos', null, { bold: true, fill: FILL_H, align: 'center' });
  val(ws, r0 + 1, c0 + 1, 'Objetivo', null, { bold: true, fill: FILL_H, align: 'center' });
  val(ws, r0, c0 + 2, 'RESULTADO INSTITUCIONAL', null, { bold: true, fill: FILL_H, align: 'center' });
  val(ws, r0 + 1, c0 + 2, 'Descripción de Resultado', null, { bold: true, fill: FILL_H, align: 'center' });
  mergeText(ws, r0, c0 + 3, c0 + 2 + w, 'PRODUCTO / SUBPRODUCTO', { bold: true, fill: FILL_H, align: 'center' });
  mergeText(ws, r0 + 1, c0 + 3, c0 + 2 + w, null, { fill: FILL_H });
  const cF = c0 + 3 + w;
  val(ws, r0, cF, 'PRODUCTOS DE MAYOR CONTRIBUCIÓN A LA POLÍTICA GENERAL DE GOBIERNO (1 / 0)', null, {
    bold: true,
    fill: FILL_H,
    align: 'center',
  });
  val(ws, r0 + 1, cF, null, null, { fill: FILL_H });
  ws.mergeCells(r0, cF, r0 + 1, cF);
  let r = r0 + 2;
  const groups = o.groups || M.results.map((R) => ({ R, products: R.products }));
  for (const G of groups) {
    const rows = itemRows(G.products, o);
    const first = r;
    for (const it of rows) {
      const top = !o.merge || r === first;
      val(ws, r, c0, top ? G.eje || M.pgg.eje : null, null, { wrap: true });
      val(ws, r, c0 + 1, top ? G.objetivo || M.pgg.objetivo : null, null, { wrap: true });
      val(ws, r, c0 + 2, top ? G.R.text(y) : null, null, { wrap: true });
      if (split) writeItemCols(ws, r, c0 + 3, it, true);
      else writeItemCols(ws, r, c0 + 3, it, false);
      val(ws, r, cF, it.kind === 'prod' ? (it.p.flag ?? 0) : null, it.kind === 'prod' ? '0' : null, {
        align: 'center',
      });
      r++;
    }
    if (o.merge) [c0, c0 + 1, c0 + 2].forEach((c) => vmerge(ws, first, r - 1, c));
  }
  return { end: r - 1 };
}

// ---------------------------------------------------------------- 3. Análisis de políticas
function writePolicy(ctx, ws, r0, c0, rows) {
  header1(ws, r0, c0, [
    '',
    'POLÍTICA',
    'OBJETIVO GENERAL',
    'OBJETIVOS ESPECÍFICOS O EJES',
    'METAS O ACCIONES',
    'INDICADORES',
  ]);
  let r = r0 + 1;
  for (const rw of rows) {
    rw.forEach((v, i) => val(ws, r, c0 + i, v, null, { bold: i === 0, wrap: true }));
    ws.getRow(r).height = 60;
    r++;
  }
  return { end: r - 1 };
}

// ---------------------------------------------------------------- geografía (INE)
const GEO = {
  Guatemala: [
    'Guatemala',
    'Mixco',
    'Villa Nueva',
    'San Miguel Petapa',
    'Chinautla',
    'Amatitlán',
    'Villa Canales',
    'San Juan Sacatepéquez',
    'Fraijanes',
  ],
  Sacatepéquez: [
    'Antigua Guatemala',
    'Jocotenango',
    'Ciudad Vieja',
    'Sumpango',
    'Santiago Sacatepéquez',
    'San Lucas Sacatepéquez',
  ],
  Chimaltenango: [
    'Chimaltenango',
    'Tecpán Guatemala',
    'Patzún',
    'Patzicía',
    'San Martín Jilotepeque',
    'San Juan Comalapa',
  ],
  Escuintla: ['Escuintla', 'Santa Lucía Cotzumalguapa', 'Palín', 'Tiquisate', 'Masagua', 'La Gomera'],
  Quiché: [
    'Santa Cruz del Quiché',
    'Chichicastenango',
    'Nebaj',
    'Chajul',
    'San Juan Cotzal',
    'Uspantán',
    'Joyabaj',
    'Sacapulas',
    'Zacualpa',
  ],
  Huehuetenango: [
    'Huehuetenango',
    'Chiantla',
    'Jacaltenango',
    'Santa Cruz Barillas',
    'San Pedro Soloma',
    'Cuilco',
    'Nentón',
    'La Democracia',
    'Todos Santos Cuchumatán',
  ],
  'Alta Verapaz': [
    'Cobán',
    'San Pedro Carchá',
    'Chisec',
    'Fray Bartolomé de las Casas',
    'Santa María Cahabón',
    'Lanquín',
    'Panzós',
    'Senahú',
    'Tactic',
    'Raxruhá',
  ],
  'Baja Verapaz': ['Salamá', 'Rabinal', 'Cubulco', 'Purulhá', 'San Jerónimo'],
  'San Marcos': ['San Marcos', 'San Pedro Sacatepéquez', 'Malacatán', 'Tejutla', 'Comitancillo', 'Ayutla'],
  Quetzaltenango: ['Quetzaltenango', 'Coatepeque', 'Salcajá', 'Olintepeque', 'Cantel', 'Almolonga'],
  Totonicapán: ['Totonicapán', 'Momostenango', 'San Cristóbal Totonicapán', 'San Francisco El Alto'],
  Sololá: ['Sololá', 'Panajachel', 'Santiago Atitlán', 'San Lucas Tolimán', 'Nahualá'],
  Petén: ['Flores', 'San Benito', 'Sayaxché', 'Poptún', 'La Libertad', 'Melchor de Mencos'],
  Izabal: ['Puerto Barrios', 'Livingston', 'El Estor', 'Morales', 'Los Amates'],
  Zacapa: ['Zacapa', 'Gualán', 'Río Hondo', 'Teculután', 'Estanzuela'],
  Chiquimula: ['Chiquimula', 'Esquipulas', 'Jocotán', 'Camotán', 'Olopa'],
  Jutiapa: ['Jutiapa', 'Asunción Mita', 'Moyuta', 'Jalpatagua'],
  Jalapa: ['Jalapa', 'San Pedro Pinula', 'Monjas', 'Mataquescuintla'],
  'Santa Rosa': ['Cuilapa', 'Barberena', 'Chiquimulilla', 'Taxisco'],
  'El Progreso': ['Guastatoya', 'Sanarate', 'San Agustín Acasaguastlán', 'Morazán'],
  Retalhuleu: ['Retalhuleu', 'Champerico', 'San Sebastián'],
  Suchitepéquez: ['Mazatenango', 'Chicacao', 'Cuyotenango', 'Samayac'],
};
function cov(deps, perDep = 2, opts = {}) {
  const munis = [];
  deps.forEach((d, i) => {
    const list = GEO[d] || fail('depto ' + d);
    const off = (opts.offset || 0) + i;
    for (let j = 0; j < Math.min(perDep, list.length); j++) munis.push(list[(off + j) % list.length]);
  });
  return {
    deps: deps.map((d) => (opts.upper ? d.toUpperCase() : d)),
    munis: munis.map((m) => (opts.upper ? m.toUpperCase() : m)),
  };
}

// ================================================================ libros
const DIR = (extra = {}) => ({
  name: 'Dirección y Coordinación',
  unit: 'Documento',
  fixed: 12,
  dir: true,
  cov: 'N',
  flag: 0,
  ...extra,
});
const intro = (ws, r, text, c2) => title(ws, r, text, 1, c2, { bold: false, align: 'left', wrap: true, height: 32 });

// ---------------------------------------------------------------- 01 MIDES: POM completo, estilo SEGEPLAN numerado
function n01() {
  const b = book(
    '01-mides-pom-2026-2030-completo-segeplan.xlsx',
    'POM completo en 10 hojas numeradas como el documento SEGEPLAN (3, 3.1, 5, 8, 9.1–9.5)',
    '',
  );
  const P1 = 'Familias en situación de pobreza y pobreza extrema con transferencias monetarias condicionadas';
  const P2 = 'Personas en situación de vulnerabilidad con alimentos servidos en comedores sociales';
  const P3 = 'Adolescentes y jóvenes en situación de vulnerabilidad atendidos en talleres de formación';
  const P4 = 'Becas de educación media y superior otorgadas a jóvenes en situación de pobreza';
  const M = model({
    seed: 101,
    inst: 'MINISTERIO DE DESARROLLO SOCIAL',
    instCode: '1111-0018-000-000',
    years: [2026, 2027, 2028, 2029, 2030],
    money: { lo: 8e6, hi: 9e7, step: 1, cents: true },
    progs: [
      { code: '01', name: 'Actividades Centrales', products: [DIR()] },
      {
        code: '11',
        name: 'Transferencias Monetarias Condicionadas',
        products: [
          {
            name: P1,
            unit: 'Familia',
            subs: [
              'Familias con transferencias monetarias condicionadas en salud',
              'Familias con transferencias monetarias condicionadas en educación',
            ],
            ind: { name: 'Porcentaje de familias con transferencias monetarias condicionadas', code: '2.' },
            cov: cov(['Quiché', 'Huehuetenango', 'Alta Verapaz', 'San Marcos'], 2, { upper: true }),
            flag: 1,
          },
        ],
      },
      {
        code: '12',
        name: 'Comedores Sociales',
        products: [
          {
            name: P2,
            unit: 'Ración',
            subs: [
              'Raciones de desayuno servidas en comedores sociales',
              'Raciones de almuerzo servidas en comedores sociales',
            ],
            ind: { name: 'Porcentaje de raciones servidas en comedores sociales', code: '3.' },
            cov: cov(['Guatemala', 'Escuintla', 'Quetzaltenango', 'Chiquimula'], 1, { upper: true }),
            flag: 1,
          },
        ],
      },
      {
        code: '13',
        name: 'Prevención de la Violencia en Adolescentes y Jóvenes',
        products: [
          {
            name: P3,
            unit: 'Persona',
            subs: [
              'Adolescentes y jóvenes en talleres de formación y capacitación',
              'Adolescentes y jóvenes con acompañamiento para su inserción laboral',
            ],
            ind: { name: 'Porcentaje de adolescentes y jóvenes atendidos en talleres de formación', code: '4.' },
            cov: cov(['Guatemala', 'Sacatepéquez', 'Chimaltenango'], 2, { upper: true }),
            flag: 0,
          },
          {
            name: P4,
            unit: 'Beca',
            subs: [
              ['Becas de educación media otorgadas'],
              ['Becas de educación superior otorgadas'],
              ['Informes de seguimiento académico de becarios', 'Informe', 4],
            ],
            ind: { name: 'Porcentaje de becas otorgadas respecto de las programadas', code: '5.' },
            cov: 'N',
            flag: 0,
          },
        ],
      },
      {
        code: '99',
        name: 'Partidas no Asignables a Programas',
        products: [{ name: 'Aportes a entidades de desarrollo social', unit: 'Aporte', fixed: 2, cov: 'N', flag: 0 }],
      },
    ],
    results: [
      {
        kind: 'pct',
        subject: 'la cobertura de familias en situación de pobreza y pobreza extrema con protección social',
        base: 38.5,
        baseYear: 2024,
        target: 52.5,
        unitWord: '%',
        products: [P1, P2],
      },
      {
        kind: 'cum',
        subject: 'la atención de adolescentes y jóvenes en situación de vulnerabilidad',
        base: 8460,
        baseYear: 2025,
        unitWord: 'personas',
        prodUnit: 'Persona',
        products: [P3, P4],
      },
    ],
  });
  M.pgg = {
    eje: '4 Protección social y reducción de la pobreza',
    objetivo: 'Reducir la pobreza y la pobreza extrema mediante programas sociales focalizados y articulados',
  };
  const ctx = { b, M, politica: 'Política de Desarrollo Social y Población' };
  const Y = M.years.length;
  // 3
  let ws = b.wb.addWorksheet('3 Análisis de políticas');
  widths(ws, [22, 30, 40, 40, 40, 40]);
  title(ws, 1, '3. ANÁLISIS DE POLÍTICAS', 1, 6, { align: 'left' });
  writePolicy(ctx, ws, 3, 1, [
    [
      'POLÍTICAS GENERALES',
      "PLAN NACIONAL DE DESARROLLO K'ATUN: NUESTRA GUATEMALA 2032",
      'Orientar las políticas públicas hacia el bienestar de la población.',
      'Eje Bienestar para la gente',
      'Reducir la pobreza general y extrema con énfasis en los departamentos priorizados.',
      'Porcentaje de la población en pobreza extrema',
    ],
    [
      'POLÍTICAS GENERALES',
      'OBJETIVOS DE DESARROLLO SOSTENIBLE',
      'Poner fin a la pobreza en todas sus formas.',
      'Objetivo 1: Fin de la pobreza',
      'Meta 1.3 Implementar sistemas y medidas de protección social para todos.',
      'Indicador 1.3.1 Proporción de la población cubierta por sistemas de protección social',
    ],
    [
      'POLÍTICAS SECTORIALES/TRANSVERSALES',
      'POLÍTICA DE DESARROLLO SOCIAL Y POBLACIÓN',
      'Contribuir al desarrollo de la persona humana en los aspectos social, familiar y humano.',
      'Eje de desarrollo social',
      'Ampliar la cobertura de los programas sociales.',
      'Familias atendidas por programas sociales',
    ],
  ]);
  // 3.1
  ws = b.wb.addWorksheet('3.1 Vinculación PGG');
  widths(ws, [26, 34, 50, 62, 22]);
  title(ws, 1, '3.1. Matriz de vinculación a la Política General de Gobierno 2024-2028', 1, 5, { align: 'left' });
  writePGG(ctx, ws, 3, 1, {
    year: 2026,
    groups: [
      { R: M.results[0], products: [M.products[0], ...M.results[0].products] },
      { R: M.results[1], products: [...M.results[1].products, M.products[5]] },
    ],
  });
  // 5
  ws = b.wb.addWorksheet('5 Resultados');
  widths(ws, Array(Y).fill(34));
  title(ws, 1, '5. RESULTADO', 1, Y, { align: 'left' });
  intro(
    ws,
    2,
    'En el siguiente cuadro se presenta la matriz de resultados estratégicos institucionales con su meta para cada año del plan.',
    Y,
  );
  writeResults5(ctx, ws, 4, 1, {});
  // 8
  ws = b.wb.addWorksheet('8 Presupuesto');
  widths(ws, [8, 46, 18, 18, 18, 18, 18]);
  title(ws, 1, '8. PROYECCIÓN DEL PRESUPUESTO', 1, 7, { align: 'left' });
  intro(
    ws,
    3,
    'El presupuesto distribuido por programa y la proyección para los años 2026 al 2030, se presenta a continuación:',
    7,
  );
  const bu = writeBudget(ctx, ws, 5, 1, { code: 'text' });
  // 9.1 fichas
  ws = b.wb.addWorksheet('9.1 Fichas indicadores');
  fichaWidths(ws, 1);
  let r = 1;
  const fichas = [
    resultFicha(
      ctx,
      M.results[0],
      '1.',
      'Porcentaje de cobertura de protección social a familias en pobreza y pobreza extrema',
    ),
    ...M.products.filter((p) => p.ind).map((p) => fichaData(ctx, p)),
  ];
  for (const F1 of fichas) r = writeFicha(ctx, ws, r, 1, F1, {}).end + 3;
  // 9.1 multianual
  ws = b.wb.addWorksheet('9.1 Indicadores multianual');
  widths(ws, [44, 14, 40, 8, 12, 10, ...Array(12).fill(12)]);
  title(ws, 1, 'FICHA DE INDICADORES DE PRODUCTOS A NIVEL MULTIANUAL', 1, 18);
  title(ws, 2, M.inst, 1, 18, { bold: false });
  writeIndMatrix(ctx, ws, 4, 1, { rel: 'frac' });
  // 9.2
  ws = b.wb.addWorksheet('9.2 Resultados y productos');
  widths(ws, [48, 12, 66]);
  title(ws, 1, '9.2. RESULTADOS, PRODUCTOS Y SUBPRODUCTOS MULTIANUALES', 1, 3, { align: 'left' });
  writeResProd(ctx, ws, 4, 1, {});
  // 9.3
  ws = b.wb.addWorksheet('9.3 Red programática');
  widths(ws, [11, 62, 14, 44, 11, 13, 11, 11]);
  title(ws, 1, '9.3. VINCULACIÓN DE PRODUCTOS Y SUBPRODUCTOS CON RED DE CATEGORÍAS PROGRAMÁTICAS', 1, 8, {
    align: 'left',
  });
  writeRed(ctx, ws, 4, 1, { style: 'split', codeStyle: 'text', sep: true });
  // 9.4
  ws = b.wb.addWorksheet('9.4 Cobertura');
  widths(ws, [44, 12, 60, 20, 36, 44]);
  title(ws, 1, '9.4. COBERTURA', 1, 6, { align: 'left' });
  writeCoverage(ctx, ws, 4, 1, { covOn: 'first' });
  // 9.5
  ws = b.wb.addWorksheet('9.5 Metas multianuales');
  widths(ws, [66, 14, ...Array(10).fill(16)]);
  title(ws, 1, M.inst, 1, 12);
  title(ws, 2, '9.5. PRODUCTOS, SUBPRODUCTOS Y METAS MULTIANUALES', 1, 12);
  intro(
    ws,
    3,
    'En el siguiente cuadro se encuentran los productos, subproductos, metas físicas y asignación financiera para el período 2026-2030.',
    12,
  );
  const g = writeGoals(ctx, ws, 5, 1, { header: 'three', mark: 'prefix', prodFin: 'sum', total: 'plus' });
  b.layout = `Hojas «3 Análisis de políticas», «3.1 Vinculación PGG» (2 resultados, Producto:/subproductos, marca 1/0), «5 Resultados» (enunciados por año, uno porcentual y uno acumulado en personas), «8 Presupuesto» (PRG texto, Total =SUM fila ${bu.totalRow}), «9.1 Fichas indicadores» (5 fichas DTP apiladas, la 1 de RESULTADO con producción asociada), «9.1 Indicadores multianual» (relativos 0.xx con formato %, total =G+I+K…), «9.2» y «9.4» (Producto: en col. B, nombre en C; cobertura en la 1.ª fila de subproducto, nombres en mayúsculas), «9.3 Red programática» (códigos texto 01-00-000-001, filas en blanco entre productos), «9.5 Metas multianuales» (fila «PLAN OPERATIVO MULTIANUAL» + año combinado sobre Meta Física/Meta Financiera; «Producto: …»; financiera del producto =SUM subproductos; Total fila ${g.totalRow} = suma de productos; montos con centavos).`;
}

// ---------------------------------------------------------------- 02 MAGA: columna Tipo, códigos en 4 columnas numéricas, en C7, totales escritos
function n02() {
  const b = book(
    '02-maga-pom-2027-2031-tipo-codigos-4-columnas.xlsx',
    'POM 2027-2031, 20 productos en 7 programas; columna «Tipo»; códigos PRG/SPRG/PROY/ACT numéricos; matriz desde C7; totales escritos a mano',
    '',
  );
  const S = (n, u, subs, extra = {}) => ({ name: n, unit: u, subs, ...extra });
  const M = model({
    seed: 202,
    inst: 'MINISTERIO DE AGRICULTURA, GANADERÍA Y ALIMENTACIÓN',
    instCode: '1113-0009-000-000',
    years: [2027, 2028, 2029, 2030, 2031],
    money: { lo: 2e6, hi: 6e7, step: 1000 },
    progs: [
      { code: '01', name: 'Actividades Centrales', products: [DIR()] },
      {
        code: '11',
        name: 'Apoyo para el Consumo Adecuado de Alimentos',
        products: [
          S(
            'Personas en riesgo y vulnerabilidad alimentaria con alimentos entregados',
            'Persona',
            [
              'Personas afectadas por eventos climáticos con raciones de alimentos',
              'Personas con alimentos por acciones en la comunidad',
            ],
            { ind: 'Porcentaje de personas en riesgo alimentario con alimentos entregados' },
          ),
          S(
            'Familias con asistencia técnica en huertos familiares',
            'Familia',
            [
              'Familias con huertos familiares establecidos',
              'Familias capacitadas en prácticas de almacenamiento de granos',
            ],
            { ind: 'Porcentaje de familias con huertos familiares' },
          ),
          S('Promotores voluntarios capacitados en seguridad alimentaria', 'Persona', []),
          S('Escuelas abastecidas por la agricultura familiar para la alimentación escolar', 'Escuela', []),
        ],
      },
      {
        code: '12',
        name: 'Asistencia Técnica para la Agricultura Familiar',
        products: [
          S(
            'Agricultores familiares con asistencia técnica para mejorar sus sistemas productivos',
            'Persona',
            [
              'Agricultores de infrasubsistencia con asistencia técnica',
              'Agricultores de subsistencia con asistencia técnica',
              'Mujeres rurales con asistencia técnica en economía del hogar',
            ],
            { ind: 'Porcentaje de agricultores familiares con asistencia técnica' },
          ),
          S('Agricultores con insumos agrícolas entregados', 'Persona', [
            'Agricultores con semilla mejorada de maíz y frijol',
            'Agricultores con fertilizantes orgánicos',
          ]),
          S('Centros de aprendizaje para el desarrollo rural en funcionamiento', 'Entidad', []),
          S('Comunidades con sistemas de riego a pequeña escala', 'Comunidad', [
            ['Comunidades con mini riego instalado'],
            ['Hectáreas bajo riego en comunidades rurales', 'Hectárea'],
          ]),
        ],
      },
      {
        code: '13',
        name: 'Apoyo a la Productividad y Competitividad Agropecuaria e Hidrobiológica',
        products: [
          S(
            'Productores con asistencia técnica para la comercialización',
            'Persona',
            [
              ['Productores vinculados a mercados formales'],
              ['Organizaciones de productores con planes de negocio', 'Entidad'],
            ],
            { ind: 'Porcentaje de productores vinculados a mercados' },
          ),
          S('Pescadores y acuicultores con asistencia técnica', 'Persona', [
            'Pescadores artesanales con asistencia técnica',
            'Acuicultores con alevines entregados',
          ]),
          S('Productores pecuarios con asistencia técnica', 'Persona', []),
          S('Licencias de pesca y acuicultura emitidas', 'Licencia', [
            'Licencias de pesca artesanal emitidas',
            'Licencias de acuicultura emitidas',
          ]),
        ],
      },
      {
        code: '14',
        name: 'Desarrollo Sostenible de los Recursos Naturales',
        products: [
          S(
            'Hectáreas con prácticas de conservación de suelos',
            'Hectárea',
            ['Hectáreas con obras de conservación de suelos', 'Hectáreas con sistemas agroforestales'],
            { ind: 'Porcentaje de hectáreas con prácticas de conservación de suelos' },
          ),
          S('Productores capacitados en manejo sostenible de recursos naturales', 'Persona', []),
          S('Estudios de suelos y ordenamiento territorial elaborados', 'Documento', [
            'Mapas de capacidad de uso de la tierra elaborados',
            'Estudios semidetallados de suelos elaborados',
          ]),
        ],
      },
      {
        code: '15',
        name: 'Sanidad Agropecuaria y Regulaciones',
        products: [
          S(
            'Inspecciones fitosanitarias y zoosanitarias realizadas',
            'Inspección',
            ['Inspecciones fitosanitarias en puestos de cuarentena', 'Inspecciones zoosanitarias en fincas y establos'],
            { ind: 'Porcentaje de inspecciones sanitarias realizadas' },
          ),
          S('Certificados sanitarios emitidos para la exportación', 'Certificado', [
            'Certificados fitosanitarios de exportación',
            'Certificados zoosanitarios de exportación',
          ]),
          S(
            'Dosis de vacunas aplicadas para el control de enfermedades en animales',
            'Dosis',
            ['Dosis de vacuna antirrábica aplicadas', 'Dosis de vacuna contra la brucelosis aplicadas'],
            { ind: 'Porcentaje de dosis aplicadas respecto de las programadas' },
          ),
        ],
      },
      {
        code: '99',
        name: 'Partidas no Asignables a Programas',
        products: [
          S('Aportes a organismos nacionales e internacionales del sector agropecuario', 'Aporte', [], { fixed: 3 }),
        ],
      },
    ],
  });
  const ctx = { b, M };
  let ws = b.wb.addWorksheet('POM 2027-2031');
  widths(ws, [3, 3, 6, 6, 7, 7, 12, 64, 13, ...Array(10).fill(16)]);
  for (let i = 1; i <= 5; i++) ws.getRow(i).height = 16;
  title(ws, 2, M.inst, 3, 19, { size: 12 });
  title(ws, 3, 'PLAN OPERATIVO MULTIANUAL 2027-2031', 3, 19);
  title(ws, 4, 'Productos, subproductos y metas multianuales (cifras en quetzales)', 3, 19, { bold: false });
  const g = writeGoals(ctx, ws, 7, 3, {
    header: 'one',
    mark: 'tipo',
    code: 'split',
    codeStyle: 'num',
    prodFin: 'typed',
    total: 'typed',
    physLabel: 'Meta física',
    finLabel: 'Meta financiera',
    fmt: '#,##0.00',
    totalLabel: 'TOTAL',
  });
  note(
    ws,
    g.totalRow + 2,
    'Fuente: Dirección de Planeamiento, con base en el techo presupuestario 2027 y la proyección multianual comunicada por MINFIN.',
    3,
    12,
  );
  note(
    ws,
    g.totalRow + 3,
    'Las metas físicas de los productos suman únicamente los subproductos con la misma unidad de medida.',
    3,
    12,
  );
  ws.views = [{ state: 'frozen', ySplit: 7, xSplit: 8 }];
  ws = b.wb.addWorksheet('Presupuesto');
  widths(ws, [10, 60, 16, 16, 16, 16, 16]);
  title(ws, 1, 'PROYECCIÓN DEL PRESUPUESTO POR PROGRAMA, PERÍODO 2027-2031', 1, 7, { align: 'left' });
  const bu = writeBudget(ctx, ws, 3, 1, {
    code: 'num',
    prgLabel: 'Programa',
    descLabel: 'Nombre del programa',
    yearLabel: (y) => `Año ${y}`,
    fmt: '#,##0.00',
    total: 'typed',
    totalLabel: 'TOTAL',
  });
  ws = b.wb.addWorksheet('Indicadores');
  widths(ws, [5, 52, 46, 12, 8, 11, 9, ...Array(12).fill(11)]);
  title(ws, 1, 'FICHA DE INDICADORES DE PRODUCTOS A NIVEL MULTIANUAL 2027-2031', 1, 19);
  writeIndMatrix(ctx, ws, 3, 1, {
    no: true,
    unitAfter: true,
    rel: 'pct',
    total: 'typed',
    prodLabel: 'Producto',
    indLabel: 'Indicador',
    unitLabel: 'Unidad de medida',
    lbLabel: 'Línea de base',
    yearLabel: 'Año',
    absLabel: 'Absoluto',
    relLabel: 'Relativo',
    yearText: (y) => `Meta ${y}`,
    totalLabel: 'Total 2027-2031',
  });
  b.layout = `Hoja «POM 2027-2031»: títulos en filas 2-4, matriz desde C7 (encabezado de una fila «Meta física 2027 | Meta financiera 2027 …»); columnas PRG/SPRG/PROY/ACT con códigos numéricos (formato 00/000) solo en filas de producto; columna «Tipo» Producto/Subproducto; metas de producto y fila TOTAL (fila ${g.totalRow}) escritas a mano y correctas; formato #,##0.00 sin «Q». «Presupuesto»: programa numérico con formato 00, «Año 2027…», TOTAL escrito (fila ${bu.totalRow}). «Indicadores»: No. | Producto | Indicador | Unidad; relativos escritos 85.4 (sin %), total escrito.`;
}

// ---------------------------------------------------------------- 03 CIV-DGC: 3 años, miles de quetzales, producto en negrita, separadores, notas
function n03() {
  const b = book(
    '03-civ-caminos-pom-2026-2028-miles-quetzales.xlsx',
    'POM de 3 años (2026-2028) en miles de quetzales; productos en negrita, subproductos con sangría, filas en blanco y bloque de notas',
    '',
  );
  const K1 = 'Kilómetros de carretera pavimentada construidos';
  const K2 = 'Kilómetros de carretera con mejoramiento';
  const K4 = 'Kilómetros de red vial pavimentada con mantenimiento';
  const M = model({
    seed: 303,
    inst: 'MINISTERIO DE COMUNICACIONES, INFRAESTRUCTURA Y VIVIENDA — DIRECCIÓN GENERAL DE CAMINOS',
    instCode: '1113-0014-000-000',
    years: [2026, 2027, 2028],
    money: { lo: 40000, hi: 900000, step: 1, dirLo: 60000, dirHi: 120000 },
    progs: [
      { code: '01', name: 'Actividades Centrales', products: [DIR({ cov: undefined })] },
      {
        code: '11',
        name: 'Desarrollo de la Infraestructura Vial',
        products: [
          {
            name: K1,
            unit: 'Kilómetro',
            subs: [
              'Kilómetros de carretera pavimentada construidos en la red vial primaria',
              'Kilómetros de carretera pavimentada construidos en la red vial secundaria',
            ],
            cov: cov(['Huehuetenango', 'Quiché', 'Alta Verapaz'], 2),
          },
          {
            name: K2,
            unit: 'Kilómetro',
            subs: [
              'Kilómetros de carretera de terracería mejorados a pavimento',
              'Kilómetros de carretera ampliados a cuatro carriles',
            ],
            cov: cov(['Escuintla', 'Guatemala', 'Izabal'], 1),
          },
          {
            name: 'Metros lineales de puentes construidos en la red vial',
            unit: 'Metro lineal',
            subs: ['Metros lineales de puentes nuevos construidos', 'Metros lineales de puentes reemplazados'],
            cov: cov(['Petén', 'Izabal'], 2),
          },
        ],
      },
      {
        code: '12',
        name: 'Mantenimiento de la Red Vial',
        products: [
          {
            name: K4,
            unit: 'Kilómetro',
            subs: [
              ['Kilómetros con mantenimiento rutinario', 'Kilómetro', (k) => 3600 + 120 * k],
              ['Kilómetros con mantenimiento periódico', 'Kilómetro', (k) => 420 + 30 * k],
            ],
            cov: 'N',
          },
          {
            name: 'Kilómetros de caminos rurales con mantenimiento',
            unit: 'Kilómetro',
            subs: [['Kilómetros de caminos de terracería con mantenimiento', 'Kilómetro', (k) => 1150 + 50 * k]],
            cov: cov(['Baja Verapaz', 'Jalapa', 'Chiquimula'], 2),
          },
          {
            name: 'Estudios de preinversión para proyectos viales elaborados',
            unit: 'Documento',
            subs: ['Estudios de factibilidad elaborados', 'Diseños finales de carreteras elaborados'],
            cov: 'N',
          },
        ],
      },
    ],
    results: [
      {
        kind: 'pct',
        subject: 'el porcentaje de la red vial pavimentada en buen estado',
        base: 42.5,
        baseYear: 2024,
        target: 55,
        unitWord: '%',
        products: [K1, K2, K4],
      },
    ],
  });
  const ctx = { b, M };
  let ws = b.wb.addWorksheet('Metas');
  widths(ws, [64, 14, 12, 15, 12, 15, 12, 15]);
  title(ws, 1, 'DIRECCIÓN GENERAL DE CAMINOS', 1, 8, { size: 12 });
  title(ws, 2, 'PRODUCTOS, SUBPRODUCTOS Y METAS MULTIANUALES 2026-2028', 1, 8);
  title(ws, 3, '(Meta financiera en miles de quetzales)', 1, 8, { bold: false, size: 9 });
  const g = writeGoals(ctx, ws, 5, 1, {
    header: 'two',
    mark: 'bold',
    prodFin: 'sum',
    prodPhys: 'formula',
    total: 'sum',
    sep: true,
    fmt: '#,##0',
    physLabel: 'Meta física',
    finLabel: 'Meta financiera (miles de Q)',
    totalLabel: 'TOTAL',
  });
  let nr = g.totalRow + 2;
  note(ws, nr++, 'NOTAS:', 1, 8);
  note(
    ws,
    nr++,
    '1/ La meta física del producto es la suma de sus subproductos; todos se miden en la misma unidad.',
    1,
    8,
  );
  note(
    ws,
    nr++,
    '2/ Cifras financieras en miles de quetzales, redondeadas al millar; el total coincide con la proyección del presupuesto por programa.',
    1,
    8,
  );
  note(ws, nr++, '3/ Los kilómetros de mantenimiento incluyen la red vial a cargo de COVIAL.', 1, 8);
  ws = b.wb.addWorksheet('Presupuesto');
  widths(ws, [8, 48, 16, 16, 16]);
  title(ws, 1, 'PROYECCIÓN DEL PRESUPUESTO POR PROGRAMA 2026-2028', 1, 5);
  title(ws, 2, '(miles de quetzales)', 1, 5, { bold: false, size: 9 });
  const bu = writeBudget(ctx, ws, 4, 1, { code: 'text', fmt: '#,##0' });
  ws = b.wb.addWorksheet('Red programática');
  widths(ws, [62, 14, 44, 11, 13, 11, 11]);
  title(ws, 1, 'VINCULACIÓN DE PRODUCTOS Y SUBPRODUCTOS CON LA RED DE CATEGORÍAS PROGRAMÁTICAS', 1, 7);
  writeRed(ctx, ws, 3, 1, { style: 'bold', codeStyle: 'text', sep: true });
  ws = b.wb.addWorksheet('Resultados');
  widths(ws, [40, 40, 40]);
  title(ws, 1, 'RESULTADO INSTITUCIONAL', 1, 3);
  writeResults5(ctx, ws, 3, 1, {});
  ws = b.wb.addWorksheet('Cobertura');
  widths(ws, [58, 22, 60]);
  title(ws, 1, 'COBERTURA GEOGRÁFICA DE LOS PRODUCTOS', 1, 3);
  header1(ws, 3, 1, ['Producto', 'Departamento', 'Municipios']);
  let r = 4;
  for (const p of M.products.filter((x) => x.cov && x.cov !== 'N')) {
    p.cov.deps.forEach((d) => {
      const ms = GEO[d].filter((m) => p.cov.munis.includes(m));
      put(ws, r++, 1, [p.name, d, ms.join(', ')]);
    });
  }
  b.layout = `«Metas» (2026-2028; año combinado sobre «Meta física | Meta financiera (miles de Q)»; productos en negrita sin prefijo, subproductos con sangría; fila en blanco tras cada producto; física del producto =SUM de subproductos, financiera =SUM; TOTAL fila ${g.totalRow} =SUM(lista de productos); bloque NOTAS al pie; formato #,##0). «Presupuesto» en miles (Total fila ${bu.totalRow}). «Red programática» (productos en negrita, códigos texto 11-00-000-001). «Resultados» (3 enunciados porcentuales «Año 2026…»). «Cobertura» (Producto | Departamento | Municipios, una fila por departamento).`;
}

// ---------------------------------------------------------------- 04 INACIF: POA de un año con trimestres y código en una celda
function n04() {
  const b = book(
    '04-inacif-poa-2026-trimestral-codigo-una-celda.xlsx',
    'POA 2026 (un año): metas físicas por trimestre + anual, «Estructura programática» 11-00-000-001 en una celda, fichas cortas apiladas',
    '',
  );
  const D1 = 'Dictámenes periciales de medicina forense emitidos';
  const D2 = 'Dictámenes periciales de laboratorio emitidos';
  const M = model({
    seed: 404,
    inst: 'INSTITUTO NACIONAL DE CIENCIAS FORENSES DE GUATEMALA -INACIF-',
    instCode: '1114-0027-000-000',
    years: [2026],
    lbGap: 2,
    money: { lo: 6e6, hi: 5.5e7, step: 0.01, cents: true, dirLo: 4e7, dirHi: 7e7 },
    progs: [
      { code: '01', name: 'Actividades Centrales', products: [DIR()] },
      {
        code: '11',
        name: 'Servicios de Investigación Forense',
        products: [
          {
            name: D1,
            unit: 'Dictamen',
            subs: [
              'Dictámenes de necropsias médico legales',
              'Dictámenes de clínica forense',
              'Dictámenes de psiquiatría forense',
            ],
            ind: { name: 'Porcentaje de dictámenes de medicina forense emitidos en plazo', freq: 'Trimestral' },
            cov: cov(['Guatemala', 'Quetzaltenango', 'Alta Verapaz', 'Petén'], 1),
          },
          {
            name: D2,
            unit: 'Dictamen',
            subs: ['Dictámenes de toxicología', 'Dictámenes de genética forense', 'Dictámenes de balística'],
            ind: { name: 'Porcentaje de dictámenes de laboratorio emitidos en plazo', freq: 'Trimestral' },
            cov: cov(['Guatemala'], 1),
          },
          {
            name: 'Personas capacitadas en ciencias forenses',
            unit: 'Persona',
            subs: [
              'Fiscales y jueces capacitados en ciencias forenses',
              'Peritos capacitados en actualización técnica',
            ],
            ind: { name: 'Porcentaje de personas capacitadas respecto de las programadas', freq: 'Semestral' },
            cov: cov(['Guatemala', 'Sacatepéquez'], 1),
          },
        ],
      },
    ],
    results: [
      {
        kind: 'pct',
        subject: 'la cobertura de la atención pericial en sedes departamentales',
        base: 71.2,
        baseYear: 2024,
        target: 78.5,
        unitWord: '%',
        products: [D1, D2],
      },
    ],
  });
  const ctx = { b, M, politica: 'Política Nacional de Seguridad', responsable: 'Departamento de Planificación' };
  let ws = b.wb.addWorksheet('POA 2026');
  widths(ws, [16, 60, 12, 12, 10, 10, 10, 10, 18]);
  title(ws, 1, M.inst, 1, 9, { size: 12 });
  title(ws, 2, 'PLAN OPERATIVO ANUAL 2026', 1, 9);
  title(ws, 3, 'Metas físicas y financieras por producto y subproducto', 1, 9, { bold: false });
  const g = writeGoals(ctx, ws, 5, 1, {
    header: 'two',
    mark: 'prefix',
    code: 'combined',
    periods: ['Trim. 1', 'Trim. 2', 'Trim. 3', 'Trim. 4'],
    physLabel: 'Meta física',
    finLabel: 'Meta financiera',
    prodFin: 'sum',
    total: 'sum',
    totalLabel: 'TOTAL',
  });
  ws = b.wb.addWorksheet('Presupuesto 2026');
  widths(ws, [8, 44, 18]);
  title(ws, 1, 'PRESUPUESTO POR PROGRAMA, EJERCICIO FISCAL 2026', 1, 3, { align: 'left' });
  const bu = writeBudget(ctx, ws, 3, 1, { code: 'text', yearLabel: (y) => `ASIGNADO ${y}` });
  ws = b.wb.addWorksheet('Indicadores');
  widths(ws, [50, 12, 48, 8, 11, 10, 11, 10]);
  title(ws, 1, 'INDICADORES DE PRODUCTO 2026', 1, 8);
  writeIndMatrix(ctx, ws, 3, 1, {
    noTotal: true,
    rel: 'frac',
    prodLabel: 'Producto',
    unitLabel: 'Unidad de medida',
    indLabel: 'Nombre del indicador',
    lbLabel: 'Línea base',
    yearText: (y) => `Meta ${y}`,
  });
  ws = b.wb.addWorksheet('Fichas');
  fichaWidths(ws, 1);
  let r = 1;
  for (const p of M.products.filter((x) => x.ind))
    r = writeFicha(ctx, ws, r, 1, fichaData(ctx, p), { short: true, lbStyle: 'inline', dtp: false }).end + 3;
  ws = b.wb.addWorksheet('Resultado');
  widths(ws, [110]);
  title(ws, 1, 'RESULTADO INSTITUCIONAL 2026', 1, 1, { align: 'left' });
  val(ws, 2, 1, M.results[0].text(2026), null, { border: false });
  ws.getRow(2).height = 40;
  ws = b.wb.addWorksheet('Cobertura');
  widths(ws, [56, 26, 48]);
  header1(ws, 2, 1, ['Producto', 'Departamento', 'Municipios']);
  r = 3;
  for (const p of M.products.filter((x) => x.cov && x.cov !== 'N'))
    p.cov.deps.forEach((d) => put(ws, r++, 1, [p.name, d, GEO[d].filter((m) => p.cov.munis.includes(m)).join(', ')]));
  b.layout = `«POA 2026»: encabezado de 2 filas («Meta física 2026» combinado sobre Anual | Trim. 1..4; «Meta financiera 2026»); columna «Estructura programática» con 01-00-000-001 solo en productos; «Producto: …»; Anual =SUM(trimestres) en cada fila; financiera del producto =SUM; TOTAL fila ${g.totalRow} =SUM(productos); montos con centavos. «Presupuesto 2026» (ASIGNADO 2026, Total fila ${bu.totalRow}). «Indicadores» de un año sin total. «Fichas» en formato corto (sin medios de verificación), «Año: 2024» / «Valor: …» en texto. «Resultado»: un enunciado bajo un título. «Cobertura» Producto | Departamento | Municipios.`;
}

// ---------------------------------------------------------------- 05 SE-CONRED: solo metas físicas
function n05() {
  const b = book(
    '05-conred-pom-2026-2030-solo-metas-fisicas.xlsx',
    'POM 2026-2030 de una institución que presenta solo metas físicas (sin columnas de meta financiera); indicadores enlazados con fórmulas a la matriz de metas',
    '',
  );
  const M = model({
    seed: 505,
    inst: 'SECRETARÍA EJECUTIVA DE LA COORDINADORA NACIONAL PARA LA REDUCCIÓN DE DESASTRES',
    instCode: '1113-0030-000-000',
    years: [2026, 2027, 2028, 2029, 2030],
    money: { lo: 3e6, hi: 4e7, step: 1000 },
    progs: [
      { code: '01', name: 'Actividades Centrales', products: [DIR()] },
      {
        code: '11',
        name: 'Gestión para la Reducción de Riesgo a Desastres',
        products: [
          {
            name: 'Personas capacitadas en gestión integral del riesgo a desastres',
            unit: 'Persona',
            subs: [
              'Integrantes de coordinadoras locales capacitados',
              'Docentes y estudiantes capacitados en planes escolares de respuesta',
            ],
            ind: 'Porcentaje de personas capacitadas en gestión del riesgo',
          },
          {
            name: 'Coordinadoras para la reducción de desastres organizadas y acreditadas',
            unit: 'Entidad',
            subs: ['Coordinadoras locales acreditadas', 'Coordinadoras municipales acreditadas'],
            ind: 'Porcentaje de coordinadoras acreditadas',
          },
          {
            name: 'Informes técnicos de evaluación de riesgo elaborados',
            unit: 'Informe',
            subs: [
              ['Informes de evaluación de amenazas geológicas', 'Informe', (k) => 10 + k],
              ['Informes de evaluación de amenazas hidrometeorológicas', 'Informe', (k) => 8 + k],
            ],
          },
        ],
      },
      {
        code: '12',
        name: 'Atención y Respuesta a Emergencias',
        products: [
          {
            name: 'Familias afectadas por emergencias con asistencia humanitaria',
            unit: 'Familia',
            subs: ['Familias con raciones de alimentos por emergencias', 'Familias con insumos de albergue temporal'],
            ind: 'Porcentaje de familias afectadas con asistencia humanitaria',
          },
          {
            name: 'Simulacros de evacuación realizados',
            unit: 'Evento',
            subs: ['Simulacros en centros educativos', 'Simulacros en instituciones públicas'],
            ind: 'Porcentaje de simulacros realizados',
          },
        ],
      },
    ],
  });
  const ctx = { b, M };
  let ws = b.wb.addWorksheet('9.5 Metas');
  widths(ws, [68, 14, 12, 12, 12, 12, 12]);
  title(ws, 1, 'PRODUCTOS, SUBPRODUCTOS Y METAS MULTIANUALES 2026-2030', 1, 7);
  title(ws, 2, '(La institución programa metas físicas; la asignación financiera se presenta por programa)', 1, 7, {
    bold: false,
    size: 9,
  });
  const g = writeGoals(ctx, ws, 4, 1, {
    header: 'two',
    mark: 'prefix',
    physOnly: true,
    physLabel: 'Meta física',
    noTotal: false,
    totalLabel: 'Total',
  });
  ws = b.wb.addWorksheet('8 Presupuesto');
  widths(ws, [8, 52, 17, 17, 17, 17, 17]);
  title(ws, 1, 'PROYECCIÓN DEL PRESUPUESTO POR PROGRAMA 2026-2030', 1, 7);
  const bu = writeBudget(ctx, ws, 3, 1, { code: 'text' });
  ws = b.wb.addWorksheet('9.1 Indicadores');
  widths(ws, [50, 12, 44, 8, 11, 10, ...Array(12).fill(11)]);
  title(ws, 1, 'FICHA DE INDICADORES DE PRODUCTOS A NIVEL MULTIANUAL 2026-2030', 1, 18);
  writeIndMatrix(ctx, ws, 3, 1, { rel: 'frac', link: '9.5 Metas', total: 'sum' });
  ws = b.wb.addWorksheet('9.3 Red');
  widths(ws, [72, 14, 50, 11, 13, 11, 11]);
  title(ws, 1, 'VINCULACIÓN DE PRODUCTOS Y SUBPRODUCTOS CON LA RED DE CATEGORÍAS PROGRAMÁTICAS', 1, 7);
  writeRed(ctx, ws, 3, 1, { style: 'prefix', codeStyle: 'text' });
  b.layout = `«9.5 Metas»: año combinado sobre una sola columna «Meta física» (sin meta financiera); «Producto: …»; metas escritas; fila Total sin cifras (unidades distintas) en fila ${g.totalRow}. «8 Presupuesto» (Total fila ${bu.totalRow}). «9.1 Indicadores»: datos absolutos =('9.5 Metas'!…) enlazados, total =SUM(años). «9.3 Red» con «Producto: …» en una columna, códigos texto.`;
}

// ---------------------------------------------------------------- 06 MINEDUC: 60 productos, «Subproducto:», subtotales por programa
function n06() {
  const b = book(
    '06-mineduc-pom-2026-2029-60-productos-subtotales.xlsx',
    'POM de 4 años con 60 productos en 7 programas; subproductos con prefijo «Subproducto:», subtotal por programa y TOTAL GENERAL = suma de subtotales',
    '',
  );
  const levels = [
    ['11', 'Educación Preprimaria', 'preprimaria', 10],
    ['12', 'Educación Primaria', 'primaria', 14],
    ['13', 'Educación Básica', 'ciclo básico', 12],
    ['14', 'Educación Diversificada', 'ciclo diversificado', 10],
  ];
  const items = (L) => [
    [
      `Estudiantes de ${L} atendidos en el sistema escolar`,
      'Estudiante',
      [`Estudiantes de ${L} atendidos en el área urbana`, `Estudiantes de ${L} atendidos en el área rural`],
    ],
    [`Estudiantes de ${L} beneficiados con alimentación escolar`, 'Estudiante', []],
    [`Estudiantes de ${L} beneficiados con útiles escolares`, 'Estudiante', []],
    [`Estudiantes de ${L} beneficiados con textos escolares`, 'Estudiante', []],
    [`Escuelas de ${L} beneficiadas con gratuidad de la educación`, 'Escuela', []],
    [
      `Docentes de ${L} capacitados en servicio`,
      'Docente',
      [`Docentes de ${L} en programas de profesionalización`, `Docentes de ${L} en talleres de actualización`],
    ],
    [`Escuelas de ${L} con mantenimiento y remozamiento`, 'Escuela', []],
    [
      `Estudiantes de ${L} evaluados en lectura y matemática`,
      'Estudiante',
      [[`Estudiantes de ${L} evaluados`], [`Informes de resultados de evaluación de ${L}`, 'Informe', 2]],
    ],
    [`Estudiantes de ${L} atendidos con educación bilingüe intercultural`, 'Estudiante', []],
    [`Estudiantes de ${L} beneficiados con valija didáctica`, 'Estudiante', []],
    [`Estudiantes de ${L} con becas de excelencia`, 'Beca', []],
    [`Escuelas de ${L} con equipamiento tecnológico`, 'Escuela', []],
    [`Estudiantes de ${L} con seguro médico escolar`, 'Estudiante', []],
    [`Docentes de ${L} con acompañamiento pedagógico en el aula`, 'Docente', []],
  ];
  const progs = [{ code: '01', name: 'Actividades Centrales', products: [DIR()] }];
  let indLeft = 12;
  for (const [code, name, L, n] of levels) {
    progs.push({
      code,
      name,
      products: items(L)
        .slice(0, n)
        .map(([pn, un, subs], i) => ({
          name: pn,
          unit: un,
          subs,
          ind: i < 3 && indLeft-- > 0 ? `Porcentaje de ${pn.charAt(0).toLowerCase()}${pn.slice(1)}` : undefined,
        })),
    });
  }
  progs.push({
    code: '15',
    name: 'Educación Escolar Extraescolar',
    products: [
      {
        name: 'Jóvenes y adultos atendidos en programas de alfabetización',
        unit: 'Persona',
        subs: ['Personas en fase inicial de alfabetización', 'Personas en fases de post alfabetización'],
      },
      { name: 'Jóvenes atendidos en modalidades flexibles de educación', unit: 'Persona', subs: [] },
      {
        name: 'Centros municipales de capacitación y formación humana en funcionamiento',
        unit: 'Centro educativo',
        subs: [],
      },
      { name: 'Personas capacitadas en formación para el trabajo', unit: 'Persona', subs: [] },
      { name: 'Jóvenes atendidos en el programa de educación extraescolar por madurez', unit: 'Persona', subs: [] },
      { name: 'Núcleos familiares educativos para el desarrollo en funcionamiento', unit: 'Entidad', subs: [] },
      { name: 'Personas atendidas con educación a distancia', unit: 'Persona', subs: [] },
      { name: 'Materiales educativos de educación extraescolar distribuidos', unit: 'Documento', subs: [] },
    ],
  });
  progs.push({
    code: '99',
    name: 'Partidas no Asignables a Programas',
    products: [
      'Aportes al Comité Nacional de Alfabetización',
      'Aportes a la Federación Nacional de Deporte Escolar',
      'Aportes a la Universidad de San Carlos de Guatemala para formación docente',
      'Aportes a organismos internacionales de educación',
      'Aportes a la Junta Nacional de Becas',
    ].map((n) => ({ name: n, unit: 'Aporte', fixed: 12, fin: [4e6, 6e7] })),
  });
  const M = model({
    seed: 606,
    inst: 'MINISTERIO DE EDUCACIÓN',
    instCode: '1113-0008-000-000',
    years: [2026, 2027, 2028, 2029],
    money: { lo: 1.5e7, hi: 4.5e8, step: 1000, dirLo: 8e8, dirHi: 1.2e9 },
    progs,
  });
  if (M.products.length !== 60) throw new Error('MINEDUC: ' + M.products.length + ' productos');
  const ctx = { b, M };
  let ws = b.wb.addWorksheet('Metas POM');
  widths(ws, [70, 16, 13, 19, 13, 19, 13, 19, 13, 19]);
  title(ws, 1, 'MINISTERIO DE EDUCACIÓN', 1, 10, { size: 12 });
  title(ws, 2, 'PRODUCTOS, SUBPRODUCTOS Y METAS MULTIANUALES 2026-2029', 1, 10);
  const g = writeGoals(ctx, ws, 4, 1, {
    header: 'two',
    mark: 'subprefix',
    prodFin: 'sum',
    total: 'plus',
    progSub: true,
    totalLabel: 'TOTAL GENERAL',
    physLabel: 'Física',
    finLabel: 'Financiera',
  });
  ws.views = [{ state: 'frozen', ySplit: 5, xSplit: 2 }];
  ws = b.wb.addWorksheet('Presupuesto');
  widths(ws, [8, 50, 19, 19, 19, 19]);
  title(ws, 1, 'PRESUPUESTO POR PROGRAMA 2026-2029', 1, 6);
  const bu = writeBudget(ctx, ws, 3, 1, { code: 'text' });
  ws = b.wb.addWorksheet('Red programática');
  widths(ws, [74, 16, 50, 11, 13, 11, 11]);
  writeRed(ctx, ws, 1, 1, { style: 'bold', codeStyle: 'num', noDesc: false });
  ws = b.wb.addWorksheet('Indicadores');
  widths(ws, [60, 13, 66, 8, 12, 10, ...Array(10).fill(12)]);
  title(ws, 1, 'FICHA DE INDICADORES DE PRODUCTOS A NIVEL MULTIANUAL 2026-2029', 1, 16);
  writeIndMatrix(ctx, ws, 3, 1, { rel: 'frac' });
  b.layout = `«Metas POM»: año combinado sobre «Física | Financiera»; productos en negrita sin prefijo; subproductos «Subproducto: …»; 60 productos; fila «Subtotal programa NN» =SUM(productos del programa) tras cada programa; «TOTAL GENERAL» fila ${g.totalRow} = suma de los subtotales. «Presupuesto» 7 programas (Total fila ${bu.totalRow}). «Red programática» en A1 sin título, códigos numéricos con formato 00/000. «Indicadores» de 12 productos.`;
}

// ---------------------------------------------------------------- 07 MSPAS: fichas lado a lado, matriz en A1
function n07() {
  const b = book(
    '07-mspas-pom-2026-2030-fichas-lado-a-lado.xlsx',
    'POM 2026-2030 con las fichas técnicas lado a lado (tres por franja) y matrices en A1 sin títulos',
    '',
  );
  const V1 = 'Niños y niñas menores de 1 año vacunados con esquema completo';
  const N1 = 'Niños y niñas menores de 5 años con monitoreo de crecimiento';
  const N2 = 'Niños y niñas menores de 5 años con suplementación de micronutrientes';
  const M = model({
    seed: 707,
    inst: 'MINISTERIO DE SALUD PÚBLICA Y ASISTENCIA SOCIAL',
    instCode: '1113-0012-000-000',
    years: [2026, 2027, 2028, 2029, 2030],
    lbGap: 1,
    money: { lo: 2e7, hi: 3.5e8, step: 100, dirLo: 3e8, dirHi: 6e8 },
    progs: [
      { code: '01', name: 'Actividades Centrales', products: [DIR()] },
      {
        code: '11',
        name: 'Fomento de la Salud y Medicina Preventiva',
        products: [
          {
            name: V1,
            unit: 'Persona',
            subs: [
              'Niños menores de 1 año con tercera dosis de pentavalente',
              'Niños menores de 1 año con tercera dosis de vacuna antipoliomielítica',
            ],
            ind: {
              name: 'Porcentaje de niños menores de 1 año con esquema completo de vacunación',
              formula: '(Niños menores de 1 año vacunados / Población menor de 1 año) * 100',
            },
          },
          {
            name: 'Dosis de vacuna aplicadas a población de 1 a 4 años',
            unit: 'Dosis',
            subs: ['Dosis de vacuna SPR aplicadas', 'Dosis de refuerzo de pentavalente aplicadas'],
            ind: 'Porcentaje de dosis de vacuna aplicadas a población de 1 a 4 años',
          },
        ],
      },
      {
        code: '12',
        name: 'Prevención de la Mortalidad Materna y Neonatal',
        products: [
          {
            name: 'Mujeres embarazadas con control prenatal',
            unit: 'Persona',
            subs: [
              'Mujeres con primer control prenatal antes de las 12 semanas',
              'Mujeres con cuatro controles prenatales',
            ],
            ind: 'Porcentaje de mujeres embarazadas con control prenatal',
          },
          {
            name: 'Partos atendidos por personal calificado',
            unit: 'Persona',
            subs: ['Partos atendidos en servicios de salud', 'Partos atendidos por comadronas capacitadas'],
          },
        ],
      },
      {
        code: '13',
        name: 'Prevención de la Desnutrición Crónica',
        products: [
          {
            name: N1,
            unit: 'Persona',
            subs: [
              'Niños menores de 2 años con monitoreo de crecimiento',
              'Niños de 2 a menos de 5 años con monitoreo de crecimiento',
            ],
            ind: 'Porcentaje de niños menores de 5 años con monitoreo de crecimiento',
          },
          {
            name: N2,
            unit: 'Persona',
            subs: ['Niños de 6 a 59 meses con micronutrientes espolvoreados', 'Niños de 6 a 59 meses con vitamina A'],
          },
        ],
      },
      {
        code: '99',
        name: 'Partidas no Asignables a Programas',
        products: [{ name: 'Aportes a entidades de salud', unit: 'Aporte', fixed: 4, fin: [2e7, 8e7] }],
      },
    ],
    results: [
      {
        kind: 'red',
        subject: 'la prevalencia de desnutrición crónica en niños y niñas menores de 5 años',
        base: 46.5,
        baseYear: 2023,
        target: 38.5,
        unitWord: '%',
        products: [N1, N2],
      },
      {
        kind: 'pct',
        subject: 'la cobertura de vacunación con esquema completo en niños y niñas menores de 1 año',
        base: 80.5,
        baseYear: 2024,
        target: 92,
        unitWord: '%',
        products: [V1],
      },
    ],
  });
  const ctx = {
    b,
    M,
    politica: 'Política Nacional de Salud',
    responsable: 'Sistema de Información Gerencial de Salud -SIGSA-',
  };
  let ws = b.wb.addWorksheet('Presupuesto');
  widths(ws, [8, 52, 18, 18, 18, 18, 18]);
  const bu = writeBudget(ctx, ws, 1, 1, { code: 'text', prgLabel: 'PRG', descLabel: 'DESCRIPCIÓN' });
  ws = b.wb.addWorksheet('Metas');
  widths(ws, [66, 12, ...Array(10).fill(15)]);
  const g = writeGoals(ctx, ws, 1, 1, {
    header: 'one',
    mark: 'bold',
    prodFin: 'sum',
    prodPhys: 'formula',
    total: 'plus',
    physLabel: 'Meta física',
    finLabel: 'Meta financiera',
  });
  ws = b.wb.addWorksheet('Red');
  widths(ws, [66, 12, 50, 10, 12, 10, 10]);
  writeRed(ctx, ws, 1, 1, {
    style: 'bold',
    codeStyle: 'num',
    subCodes: true,
    codeLabels: ['Programa', 'Subprograma', 'Proyecto', 'Actividad'],
    prodLabel: 'Producto / Subproducto',
    unitLabel: 'Unidad de medida',
    descLabel: 'Descripción de la actividad',
  });
  ws = b.wb.addWorksheet('Indicadores');
  widths(ws, [5, 52, 12, 50, 8, 11, 10, ...Array(12).fill(11)]);
  writeIndMatrix(ctx, ws, 1, 1, { no: true, rel: 'frac' });
  ws = b.wb.addWorksheet('Fichas');
  const fichas = [
    resultFicha(ctx, M.results[0], '1.', 'Prevalencia de desnutrición crónica en niños y niñas menores de 5 años'),
    resultFicha(ctx, M.results[1], '2.', 'Cobertura de vacunación con esquema completo en menores de 1 año'),
    ...M.products.filter((p) => p.ind).map((p, i) => ({ ...fichaData(ctx, p), code: `${3 + i}.` })),
  ];
  let r = 1;
  for (let i = 0; i < fichas.length; i += 3) {
    let end = r;
    for (let j = 0; j < 3 && i + j < fichas.length; j++) {
      const c0 = 1 + j * (FICHA_W + 1);
      fichaWidths(ws, c0);
      ws.getColumn(c0 + FICHA_W).width = 3;
      end = Math.max(end, writeFicha(ctx, ws, r, c0, fichas[i + j], {}).end);
    }
    r = end + 3;
  }
  ws = b.wb.addWorksheet('Resultados');
  widths(ws, Array(5).fill(36));
  writeResults5(ctx, ws, 1, 1, { title: 'RESULTADO INSTITUCIONAL' });
  b.layout = `Matrices en A1 sin títulos: «Presupuesto» (Total fila ${bu.totalRow}), «Metas» (una fila de encabezado «Meta física 2026 | Meta financiera 2026…», productos en negrita sin prefijo, física y financiera del producto =SUM; Total fila ${g.totalRow} =D+F…), «Red» (códigos numéricos repetidos en los subproductos), «Indicadores» (columna No.). «Fichas»: ${fichas.length} fichas DTP en franjas de tres lado a lado (A-H, J-Q, S-Z), dos de RESULTADO (una «Prevalencia…» que baja) y cuatro de PRODUCTO. «Resultados»: un enunciado «reducido» y uno «incrementado».`;
}

// ---------------------------------------------------------------- 08 SOSEP: cobertura, PGG y resultados acumulados
function n08() {
  const b = book(
    '08-sosep-pom-2027-2031-cobertura-pgg-acumulados.xlsx',
    'POM 2027-2031 con resultados acumulados (personas), PGG y cobertura con celdas de resultado combinadas, municipios en varias líneas',
    '',
  );
  const H = 'Niños y niñas de 0 a 6 años atendidos en hogares comunitarios';
  const AM = 'Personas adultas mayores atendidas en centros de atención diurna';
  const MU = 'Mujeres capacitadas en emprendimiento y seguridad alimentaria';
  const FA = 'Familias del área rural con insumos para huertos familiares';
  const M = model({
    seed: 808,
    inst: 'SECRETARÍA DE OBRAS SOCIALES DE LA ESPOSA DEL PRESIDENTE',
    instCode: '1113-0019-000-000',
    years: [2027, 2028, 2029, 2030, 2031],
    proy: '00',
    money: { lo: 4e6, hi: 6e7, step: 1000 },
    progs: [
      { code: '01', name: 'Actividades Centrales', products: [DIR()] },
      {
        code: '11',
        name: 'Hogares Comunitarios',
        products: [
          {
            name: H,
            unit: 'Persona',
            subs: [
              'Niños y niñas atendidos en hogares comunitarios',
              'Niños y niñas atendidos en centros de atención integral',
            ],
            ind: 'Porcentaje de niños y niñas de 0 a 6 años atendidos',
            cov: cov(['Guatemala', 'Quiché', 'Huehuetenango', 'Alta Verapaz', 'Totonicapán'], 2, { upper: true }),
            flag: 1,
          },
        ],
      },
      {
        code: '12',
        name: 'Atención al Adulto Mayor',
        products: [
          {
            name: AM,
            unit: 'Persona',
            subs: [
              ['Adultos mayores con atención integral diurna'],
              ['Raciones de alimentos servidas a adultos mayores', 'Ración'],
            ],
            ind: 'Porcentaje de personas adultas mayores atendidas',
            cov: cov(['Guatemala', 'Sacatepéquez', 'Escuintla', 'Jutiapa'], 1, { upper: true }),
            flag: 1,
          },
        ],
      },
      {
        code: '13',
        name: 'Desarrollo Integral de la Mujer',
        products: [
          {
            name: MU,
            unit: 'Persona',
            subs: [
              'Mujeres capacitadas en emprendimiento',
              'Mujeres capacitadas en seguridad alimentaria y nutricional',
            ],
            ind: 'Porcentaje de mujeres capacitadas',
            cov: cov(['Sololá', 'Chimaltenango', 'San Marcos'], 2, { upper: true }),
            flag: 0,
          },
          {
            name: FA,
            unit: 'Familia',
            subs: ['Familias con semillas y herramientas para huertos', 'Familias con aves de corral para traspatio'],
            cov: cov(['Baja Verapaz', 'Zacapa', 'Chiquimula'], 2, { upper: true }),
            flag: 0,
          },
        ],
      },
      {
        code: '99',
        name: 'Partidas no Asignables a Programas',
        products: [{ name: 'Aportes a entidades de asistencia social', unit: 'Aporte', fixed: 1, cov: 'N', flag: 0 }],
      },
    ],
    results: [
      {
        kind: 'cum',
        subject: 'la atención integral de niños y niñas de 0 a 6 años en hogares comunitarios',
        base: 18540,
        baseYear: 2026,
        unitWord: 'personas',
        prodUnit: 'Persona',
        products: [H],
      },
      {
        kind: 'cum',
        subject: 'la atención de personas adultas mayores en centros de atención diurna',
        base: 6215,
        baseYear: 2026,
        unitWord: 'personas',
        prodUnit: 'Persona',
        products: [AM],
      },
      {
        kind: 'pct',
        subject: 'la participación de mujeres del área rural en actividades productivas',
        base: 22.4,
        baseYear: 2025,
        target: 31,
        unitWord: '%',
        products: [MU, FA],
      },
    ],
  });
  M.pgg = {
    eje: '4 Protección social y atención a poblaciones vulnerables',
    objetivo:
      'Ampliar la cobertura de los servicios de protección social a la niñez, las mujeres y las personas adultas mayores',
  };
  const ctx = { b, M };
  let ws = b.wb.addWorksheet('3.1 PGG');
  widths(ws, [28, 36, 54, 11, 60, 20]);
  title(ws, 1, '3.1 VINCULACIÓN A LA POLÍTICA GENERAL DE GOBIERNO 2024-2028', 1, 6, { align: 'left' });
  writePGG(ctx, ws, 3, 1, { split: true, merge: true, year: 2027 });
  ws = b.wb.addWorksheet('5 Resultados');
  widths(ws, Array(5).fill(36));
  title(ws, 1, '5. RESULTADOS INSTITUCIONALES', 1, 5, { align: 'left' });
  writeResults5(ctx, ws, 3, 1, {});
  ws = b.wb.addWorksheet('8 Presupuesto');
  widths(ws, [10, 48, 17, 17, 17, 17, 17]);
  title(ws, 1, '8. PROYECCIÓN DEL PRESUPUESTO', 1, 7, { align: 'left' });
  intro(ws, 2, 'Presupuesto por programa y proyección para el período 2027-2031 (cifras en quetzales).', 7);
  const bu = writeBudget(ctx, ws, 4, 1, { code: 'text', yearLabel: (y) => `Año ${y}` });
  ws = b.wb.addWorksheet('9.1 Indicadores');
  widths(ws, [52, 12, 44, 8, 11, 10, ...Array(12).fill(11)]);
  title(ws, 1, 'FICHA DE INDICADORES DE PRODUCTOS A NIVEL MULTIANUAL', 1, 18);
  writeIndMatrix(ctx, ws, 3, 1, { rel: 'pct', total: 'typed' });
  ws = b.wb.addWorksheet('9.2 Resultados');
  widths(ws, [56, 11, 62]);
  title(ws, 1, '9.2 RESULTADOS, PRODUCTOS Y SUBPRODUCTOS MULTIANUALES', 1, 3, { align: 'left' });
  writeResProd(ctx, ws, 3, 1, { merge: true });
  ws = b.wb.addWorksheet('9.3 Red');
  widths(ws, [70, 14, 48, 11, 13, 11, 11]);
  title(ws, 1, '9.3 RED DE CATEGORÍAS PROGRAMÁTICAS', 1, 7, { align: 'left' });
  writeRed(ctx, ws, 3, 1, { style: 'prefix', codeStyle: 'text' });
  ws = b.wb.addWorksheet('9.4 Cobertura');
  widths(ws, [50, 11, 58, 18, 28, 34]);
  title(ws, 1, '9.4 COBERTURA', 1, 6, { align: 'left' });
  writeCoverage(ctx, ws, 3, 1, { merge: true, sep: '\n', covOn: 'first' });
  ws = b.wb.addWorksheet('9.5 Metas');
  widths(ws, [66, 13, ...Array(10).fill(16)]);
  title(ws, 1, '9.5 PRODUCTOS, SUBPRODUCTOS Y METAS MULTIANUALES 2027-2031', 1, 12, { align: 'left' });
  const g = writeGoals(ctx, ws, 3, 1, {
    header: 'two',
    mark: 'prefix',
    prodFin: 'typed',
    total: 'sum',
    yearText: (y) => `Año ${y}`,
  });
  b.layout = `Dos resultados acumulados en personas (hogares comunitarios y adultos mayores: cada año suma la meta física del producto) y uno porcentual. «3.1 PGG» con eje/objetivo/resultado combinados verticalmente y «Producto:» en columna aparte; «9.2» y «9.4» con el enunciado 2031 combinado sobre sus filas; cobertura con departamentos y municipios en mayúsculas separados por salto de línea. «9.5 Metas»: «Año 2027» combinado sobre Meta Física/Meta Financiera, financiera del producto escrita (= suma), Total fila ${g.totalRow} =SUM(productos). «8 Presupuesto» «Año 2027…» (Total fila ${bu.totalRow}). «9.1 Indicadores» relativos 85.4 sin %, total escrito.`;
}

// ---------------------------------------------------------------- 09 SEGEPLAN: A1, SUBTOTAL anidados, notas, participación %
function n09() {
  const b = book(
    '09-segeplan-pom-2026-2030-subtotal-notas.xlsx',
    'POM 2026-2030 con matrices en A1, productos =SUBTOTAL(9,…) y total =SUBTOTAL(9,…) de toda la columna, columna de participación % y notas al pie',
    '',
  );
  const M = model({
    seed: 909,
    inst: 'SECRETARÍA DE PLANIFICACIÓN Y PROGRAMACIÓN DE LA PRESIDENCIA',
    instCode: '1113-0005-000-000',
    years: [2026, 2027, 2028, 2029, 2030],
    money: { lo: 2e6, hi: 3e7, step: 0.01, cents: true },
    progs: [
      { code: '01', name: 'Actividades Centrales', products: [DIR()] },
      {
        code: '11',
        name: 'Planificación y Programación para el Desarrollo',
        products: [
          {
            name: 'Entidades asesoradas en planificación y programación institucional',
            unit: 'Entidad',
            subs: [
              'Entidades del Organismo Ejecutivo asesoradas en planificación',
              'Entidades descentralizadas y autónomas asesoradas en planificación',
            ],
            ind: 'Porcentaje de entidades asesoradas en planificación',
          },
          {
            name: 'Municipalidades asesoradas en planificación y ordenamiento territorial',
            unit: 'Municipio',
            subs: [
              'Municipalidades asesoradas en planes de desarrollo municipal',
              'Municipalidades asesoradas en planes de ordenamiento territorial',
            ],
            ind: 'Porcentaje de municipalidades asesoradas',
          },
          {
            name: 'Informes de seguimiento a la Política General de Gobierno elaborados',
            unit: 'Documento',
            subs: [
              ['Informes cuatrimestrales de seguimiento', 'Documento', 3],
              ['Informe anual de evaluación', 'Documento', 1],
            ],
          },
        ],
      },
      {
        code: '12',
        name: 'Sistema Nacional de Inversión Pública',
        products: [
          {
            name: 'Proyectos de inversión pública con opinión técnica emitida',
            unit: 'Dictamen',
            subs: ['Opiniones técnicas de proyectos de arrastre', 'Opiniones técnicas de proyectos nuevos'],
            ind: 'Porcentaje de proyectos con opinión técnica emitida en plazo',
          },
          {
            name: 'Servidores públicos capacitados en el Sistema Nacional de Inversión Pública',
            unit: 'Persona',
            subs: [],
          },
        ],
      },
      {
        code: '13',
        name: 'Cooperación Internacional',
        products: [
          {
            name: 'Documentos de gestión de cooperación internacional no reembolsable elaborados',
            unit: 'Documento',
            subs: ['Convenios de cooperación gestionados', 'Informes de ejecución de la cooperación'],
          },
        ],
      },
    ],
  });
  const ctx = { b, M };
  let ws = b.wb.addWorksheet('Metas');
  widths(ws, [66, 14, ...Array(10).fill(16)]);
  const g = writeGoals(ctx, ws, 1, 1, {
    header: 'two',
    mark: 'prefix',
    prodFin: 'subtotal',
    total: 'subtotal',
    sep: true,
    totalLabel: 'TOTAL',
  });
  let nr = g.totalRow + 2;
  for (const t of [
    'Notas:',
    '1/ Las metas financieras de cada producto se calculan con SUBTOTAL sobre sus subproductos; el TOTAL suma la columna completa sin contar dos veces los productos.',
    '2/ La unidad de medida de los informes de seguimiento es «Documento».',
    '3/ Elaborado por la Dirección de Planificación Institucional con datos del anteproyecto de presupuesto.',
  ])
    note(ws, nr++, t, 1, 12);
  ws = b.wb.addWorksheet('Presupuesto');
  widths(ws, [8, 52, 17, 17, 17, 17, 17, 14]);
  const bu = writeBudget(ctx, ws, 1, 1, { code: 'text', share: true, fmt: FMT.money });
  note(
    ws,
    bu.totalRow + 2,
    'Participación: porcentaje del presupuesto del primer año que corresponde a cada programa.',
    1,
    8,
  );
  ws = b.wb.addWorksheet('Red');
  widths(ws, [11, 66, 14, 48, 11, 13, 11, 11]);
  writeRed(ctx, ws, 1, 1, { style: 'split', codeStyle: 'text' });
  ws = b.wb.addWorksheet('Indicadores');
  widths(ws, [52, 12, 48, 8, 11, 10, ...Array(12).fill(11)]);
  writeIndMatrix(ctx, ws, 1, 1, { rel: 'frac', total: 'sum' });
  b.layout = `Matrices en A1: «Metas» (año combinado sobre Meta Física/Meta Financiera, «Producto: …», financiera del producto =SUBTOTAL(9,subproductos), fila en blanco tras cada producto, TOTAL fila ${g.totalRow} =SUBTOTAL(9,columna entera), notas al pie), «Presupuesto» (formato #,##0.00, columna «Participación 2026» =C/C$Total, Total fila ${bu.totalRow}), «Red» (Producto: en A, nombre en B), «Indicadores» (total =SUM(años)).`;
}

// ---------------------------------------------------------------- 10 MEM: presupuesto y metas partidos en dos cuadros
function n10() {
  const b = book(
    '10-mem-pom-2026-2030-cuadros-partidos.xlsx',
    'POM 2026-2030 con la proyección del presupuesto y la matriz de metas partidas en dos cuadros (2026-2027 y 2028-2030), cada uno con su Total',
    '',
  );
  const M = model({
    seed: 1010,
    inst: 'MINISTERIO DE ENERGÍA Y MINAS',
    instCode: '1113-0013-000-000',
    years: [2026, 2027, 2028, 2029, 2030],
    money: { lo: 3e6, hi: 5e7, step: 1000 },
    progs: [
      { code: '01', name: 'Actividades Centrales', products: [DIR()] },
      {
        code: '11',
        name: 'Desarrollo Minero',
        products: [
          {
            name: 'Licencias de exploración y explotación minera otorgadas',
            unit: 'Licencia',
            subs: ['Licencias de exploración minera otorgadas', 'Licencias de explotación minera otorgadas'],
            ind: 'Porcentaje de licencias mineras resueltas',
          },
          { name: 'Inspecciones a operaciones mineras realizadas', unit: 'Inspección', subs: [] },
        ],
      },
      {
        code: '12',
        name: 'Desarrollo Energético',
        products: [
          {
            name: 'Familias con acceso a energía eléctrica en el área rural',
            unit: 'Familia',
            subs: ['Familias conectadas a la red de distribución', 'Familias con sistemas fotovoltaicos domiciliares'],
            ind: 'Porcentaje de familias rurales con acceso a energía eléctrica',
          },
          { name: 'Dictámenes técnicos de proyectos de generación de energía emitidos', unit: 'Dictamen', subs: [] },
        ],
      },
      {
        code: '13',
        name: 'Hidrocarburos',
        products: [
          {
            name: 'Inspecciones a estaciones de servicio de combustibles realizadas',
            unit: 'Inspección',
            subs: ['Inspecciones de calidad de combustibles', 'Inspecciones de volumen despachado'],
            ind: 'Porcentaje de estaciones de servicio inspeccionadas',
          },
          { name: 'Licencias de comercialización de hidrocarburos emitidas', unit: 'Licencia', subs: [] },
        ],
      },
      {
        code: '99',
        name: 'Partidas no Asignables a Programas',
        products: [{ name: 'Aportes a organismos internacionales de energía', unit: 'Aporte', fixed: 2 }],
      },
    ],
  });
  const ctx = { b, M };
  let ws = b.wb.addWorksheet('Presupuesto');
  widths(ws, [8, 48, 18, 18, 18]);
  title(ws, 1, 'PROYECCIÓN DEL PRESUPUESTO POR PROGRAMA, PERÍODO 2026-2030', 1, 5, { align: 'left' });
  title(ws, 2, '(cifras en quetzales)', 1, 5, { bold: false, align: 'left', size: 9 });
  const b1 = writeBudget(ctx, ws, 4, 1, { code: 'text', years: [2026, 2027] });
  title(ws, b1.totalRow + 2, 'Continuación…', 1, 5, { bold: false, align: 'left', size: 9 });
  const b2 = writeBudget(ctx, ws, b1.totalRow + 3, 1, { code: 'text', years: [2028, 2029, 2030] });
  ws = b.wb.addWorksheet('Metas');
  widths(ws, [64, 13, 12, 17, 12, 17, 12, 17]);
  title(ws, 1, 'PRODUCTOS, SUBPRODUCTOS Y METAS MULTIANUALES 2026-2030', 1, 8, { align: 'left' });
  const g1 = writeGoals(ctx, ws, 3, 1, {
    header: 'two',
    mark: 'prefix',
    years: [2026, 2027],
    prodFin: 'sum',
    total: 'sum',
  });
  title(ws, g1.totalRow + 2, 'Continuación…', 1, 8, { bold: false, align: 'left', size: 9 });
  const g2 = writeGoals(ctx, ws, g1.totalRow + 3, 1, {
    header: 'two',
    mark: 'prefix',
    years: [2028, 2029, 2030],
    prodFin: 'sum',
    total: 'sum',
  });
  ws = b.wb.addWorksheet('Red');
  widths(ws, [66, 13, 46, 11, 13, 11, 11]);
  writeRed(ctx, ws, 1, 1, { style: 'prefix', codeStyle: 'text' });
  ws = b.wb.addWorksheet('Indicadores');
  widths(ws, [52, 12, 48, 8, 11, 10, ...Array(12).fill(11)]);
  writeIndMatrix(ctx, ws, 1, 1, { rel: 'frac' });
  b.layout = `«Presupuesto»: dos cuadros PRG | DESCRIPCIÓN | años (2026-2027, Total fila ${b1.totalRow}; 2028-2030, Total fila ${b2.totalRow}) bajo un título «período 2026-2030». «Metas»: dos cuadros con la lista completa de productos (2026-2027 Total fila ${g1.totalRow}; 2028-2030 Total fila ${g2.totalRow}), «Producto: …», financiera =SUM. «Red» y «Indicadores» en A1.`;
}

// ---------------------------------------------------------------- 11 MARN: subproductos en unidades distintas
function n11() {
  const b = book(
    '11-marn-pom-2026-2030-unidades-mixtas.xlsx',
    'POM 2026-2030 con subproductos en unidades distintas a la del producto (la física del producto suma solo su unidad, con fórmulas C10+C12); fichas en una hoja cada una',
    '',
  );
  const M = model({
    seed: 1111,
    inst: 'MINISTERIO DE AMBIENTE Y RECURSOS NATURALES',
    instCode: '1113-0015-000-000',
    years: [2026, 2027, 2028, 2029, 2030],
    money: { lo: 2e6, hi: 3.5e7, step: 100 },
    progs: [
      { code: '01', name: 'Actividades Centrales', products: [DIR()] },
      {
        code: '11',
        name: 'Conservación y Protección de los Recursos Naturales',
        products: [
          {
            name: 'Hectáreas de cuencas hidrográficas con acciones de recuperación',
            unit: 'Hectárea',
            subs: [
              ['Hectáreas reforestadas en zonas de recarga hídrica'],
              ['Jornadas de limpieza de ríos y lagos', 'Evento'],
              ['Hectáreas de riberas restauradas'],
              ['Planes de manejo de cuencas elaborados', 'Documento'],
            ],
            ind: 'Porcentaje de hectáreas de cuencas con acciones de recuperación',
          },
          {
            name: 'Personas sensibilizadas en educación ambiental',
            unit: 'Persona',
            subs: [
              ['Estudiantes sensibilizados en educación ambiental'],
              ['Talleres de educación ambiental impartidos', 'Evento'],
            ],
            ind: 'Porcentaje de personas sensibilizadas en educación ambiental',
          },
        ],
      },
      {
        code: '12',
        name: 'Gestión Ambiental',
        products: [
          {
            name: 'Instrumentos de evaluación ambiental resueltos',
            unit: 'Expediente',
            subs: [
              ['Expedientes de evaluación de impacto ambiental resueltos'],
              ['Expedientes de diagnóstico ambiental resueltos'],
              ['Inspecciones de seguimiento a proyectos con licencia ambiental', 'Inspección'],
            ],
            ind: 'Porcentaje de expedientes de evaluación ambiental resueltos en plazo',
          },
          {
            name: 'Municipalidades asesoradas en gestión integral de residuos y desechos sólidos',
            unit: 'Municipio',
            subs: [
              ['Municipalidades con planes de gestión de residuos sólidos'],
              ['Capacitaciones a personal municipal en manejo de residuos', 'Capacitación'],
            ],
          },
        ],
      },
      {
        code: '13',
        name: 'Cambio Climático',
        products: [
          {
            name: 'Entidades asesoradas en adaptación y mitigación al cambio climático',
            unit: 'Entidad',
            subs: [
              ['Entidades públicas asesoradas en adaptación'],
              ['Informes del inventario de gases de efecto invernadero', 'Informe', 1],
            ],
            ind: 'Porcentaje de entidades asesoradas en cambio climático',
          },
        ],
      },
      {
        code: '99',
        name: 'Partidas no Asignables a Programas',
        products: [{ name: 'Aportes a organismos regionales ambientales', unit: 'Aporte', fixed: 2 }],
      },
    ],
  });
  const ctx = { b, M, politica: 'Política Nacional de Cambio Climático' };
  let ws = b.wb.addWorksheet('Metas multianuales');
  widths(ws, [64, 14, ...Array(10).fill(15)]);
  title(ws, 1, 'MINISTERIO DE AMBIENTE Y RECURSOS NATURALES', 1, 12);
  title(ws, 2, 'Productos, subproductos y metas multianuales 2026-2030', 1, 12);
  const g = writeGoals(ctx, ws, 4, 1, {
    header: 'two',
    mark: 'prefix',
    prodFin: 'sum',
    prodPhys: 'formula',
    total: 'plus',
  });
  note(
    ws,
    g.totalRow + 2,
    'La meta física de cada producto suma únicamente los subproductos con su misma unidad de medida (por ejemplo, hectáreas con hectáreas); los eventos, documentos e inspecciones no se suman.',
    1,
    12,
  );
  ws = b.wb.addWorksheet('Presupuesto');
  widths(ws, [8, 52, 17, 17, 17, 17, 17]);
  title(ws, 1, 'Proyección del presupuesto por programa 2026-2030', 1, 7);
  const bu = writeBudget(ctx, ws, 3, 1, { code: 'text' });
  ws = b.wb.addWorksheet('Red programática');
  widths(ws, [11, 66, 14, 46, 11, 13, 11, 11]);
  writeRed(ctx, ws, 2, 1, { style: 'split', codeStyle: 'text', subCodes: false });
  ws = b.wb.addWorksheet('Indicadores multianual');
  widths(ws, [52, 12, 50, 8, 11, 10, ...Array(12).fill(11)]);
  writeIndMatrix(ctx, ws, 2, 1, { rel: 'pct', total: 'plus' });
  let n = 0;
  for (const p of M.products.filter((x) => x.ind)) {
    n++;
    ws = b.wb.addWorksheet(`Ficha ${n}`);
    fichaWidths(ws, 2);
    ws.getColumn(1).width = 3;
    writeFicha(ctx, ws, 2, 2, fichaData(ctx, p), { lbStyle: 'label' });
  }
  b.layout = `«Metas multianuales»: subproductos en Evento/Documento/Inspección/Capacitación/Informe bajo productos en Hectárea/Persona/Expediente/Municipio/Entidad; física del producto = fórmula que suma solo los subproductos de su unidad (p. ej. =C6+C8); financiera =SUM de todos; Total fila ${g.totalRow} sin física (unidades distintas). «Presupuesto» (Total fila ${bu.totalRow}). «Red programática» desde fila 2. «Indicadores multianual» (relativos 85.4 sin %). Una hoja «Ficha n» por indicador (${n}), línea base «Año | 2024 | Valor | 81.2».`;
}

// ---------------------------------------------------------------- 12 CONAP: POA 2026 con metas mensuales y meta aprobada
function n12() {
  const b = book(
    '12-conap-poa-2026-mensual-meta-aprobada.xlsx',
    'POA 2026 con metas físicas mensuales (Ene..Dic), anual =SUM y columna «Meta física aprobada (POA)»; código en una celda',
    '',
  );
  const H1 = 'Hectáreas de áreas protegidas con patrullajes de control y vigilancia';
  const M = model({
    seed: 1212,
    inst: 'CONSEJO NACIONAL DE ÁREAS PROTEGIDAS -CONAP-',
    instCode: '1113-0032-000-000',
    years: [2026],
    lbGap: 1,
    money: { lo: 3e6, hi: 3e7, step: 1000 },
    progs: [
      { code: '01', name: 'Actividades Centrales', products: [DIR()] },
      {
        code: '11',
        name: 'Conservación del Sistema Guatemalteco de Áreas Protegidas',
        products: [
          {
            name: H1,
            unit: 'Hectárea',
            subs: [
              'Hectáreas patrulladas en la Reserva de la Biosfera Maya',
              'Hectáreas patrulladas en áreas protegidas del altiplano y la costa sur',
            ],
            ind: 'Porcentaje de hectáreas de áreas protegidas patrulladas',
            cov: cov(['Petén', 'Izabal', 'Alta Verapaz'], 2),
          },
          {
            name: 'Licencias de aprovechamiento de flora y fauna silvestre emitidas',
            unit: 'Licencia',
            subs: ['Licencias de aprovechamiento de flora silvestre', 'Licencias de manejo de fauna silvestre'],
            cov: cov(['Guatemala', 'Petén'], 1),
          },
          {
            name: 'Personas capacitadas en conservación de la biodiversidad',
            unit: 'Persona',
            subs: [],
            ind: 'Porcentaje de personas capacitadas en conservación',
            cov: cov(['Sololá', 'Quetzaltenango', 'San Marcos'], 1),
          },
        ],
      },
      {
        code: '12',
        name: 'Prevención y Control de Incendios Forestales',
        products: [
          {
            name: 'Hectáreas protegidas contra incendios forestales en áreas protegidas',
            unit: 'Hectárea',
            subs: ['Hectáreas con rondas cortafuego', 'Hectáreas con monitoreo de puntos de calor'],
            ind: 'Porcentaje de hectáreas protegidas contra incendios',
            cov: cov(['Petén'], 3),
          },
        ],
      },
    ],
    results: [
      {
        kind: 'pct',
        subject: 'la superficie del Sistema Guatemalteco de Áreas Protegidas con acciones de control y vigilancia',
        base: 61.8,
        baseYear: 2025,
        target: 64.5,
        unitWord: '%',
        products: [H1],
      },
    ],
  });
  const ctx = { b, M };
  let ws = b.wb.addWorksheet('POA');
  widths(ws, [16, 58, 12, 11, ...Array(12).fill(8), 16, 14]);
  title(ws, 1, M.inst, 1, 18, { size: 12 });
  title(ws, 2, 'Plan Operativo Anual 2026: programación mensual de metas físicas', 1, 18);
  const g = writeGoals(ctx, ws, 4, 1, {
    header: 'two',
    mark: 'bold',
    code: 'combined',
    codeLabel: 'Categoría programática',
    periods: MES3,
    physLabel: 'Meta física',
    finLabel: 'Meta financiera',
    prodFin: 'sum',
    total: 'sum',
    approved: 'Meta física aprobada (POA)',
    totalLabel: 'TOTAL',
  });
  ws.views = [{ state: 'frozen', ySplit: 5, xSplit: 2 }];
  ws = b.wb.addWorksheet('Presupuesto');
  widths(ws, [8, 56, 18]);
  const bu = writeBudget(ctx, ws, 2, 1, {
    code: 'text',
    yearLabel: (y) => `Asignado ${y}`,
    prgLabel: 'Programa',
    descLabel: 'Descripción',
  });
  ws = b.wb.addWorksheet('Indicadores');
  widths(ws, [56, 12, 50, 8, 11, 10, 11, 10]);
  writeIndMatrix(ctx, ws, 2, 1, { noTotal: true, rel: 'frac', yearText: (y) => `Meta ${y}` });
  ws = b.wb.addWorksheet('Resultado y cobertura');
  widths(ws, [60, 26, 50]);
  title(ws, 1, 'RESULTADO INSTITUCIONAL', 1, 3, { align: 'left' });
  mergeText(ws, 2, 1, 3, M.results[0].text(2026), { border: false });
  ws.getRow(2).height = 36;
  header1(ws, 5, 1, ['Producto', 'Departamento', 'Municipios']);
  let r = 6;
  for (const p of M.products.filter((x) => x.cov && x.cov !== 'N'))
    p.cov.deps.forEach((d) => put(ws, r++, 1, [p.name, d, GEO[d].filter((m) => p.cov.munis.includes(m)).join(', ')]));
  b.layout = `«POA»: «Categoría programática» 11-00-000-001 en una celda; «Meta física 2026» combinado sobre Anual | Ene..Dic (Anual =SUM(Ene:Dic) en cada fila); «Meta financiera 2026»; «Meta física aprobada (POA)» escrita = anual; productos en negrita; TOTAL fila ${g.totalRow}. «Presupuesto» (Asignado 2026, Total fila ${bu.totalRow}). «Indicadores» de un año. «Resultado y cobertura»: enunciado bajo título y tabla Producto | Departamento | Municipios.`;
}

// ---------------------------------------------------------------- 13 RENAP: fichas RESULTADO/PRODUCTO, enunciados «reducido»
function n13() {
  const b = book(
    '13-renap-pom-2027-2031-fichas-resultado-reducido.xlsx',
    'POM 2027-2031 con resultado «reducido» (días de espera) y uno incrementado, fichas de RESULTADO y PRODUCTO apiladas, programas como números sin formato',
    '',
  );
  const DPI = 'Documentos Personales de Identificación emitidos';
  const INS = 'Inscripciones de hechos y actos del estado civil realizadas';
  const M = model({
    seed: 1313,
    inst: 'REGISTRO NACIONAL DE LAS PERSONAS -RENAP-',
    instCode: '1114-0045-000-000',
    years: [2027, 2028, 2029, 2030, 2031],
    money: { lo: 1e7, hi: 1.4e8, step: 1000 },
    progs: [
      { code: '01', name: 'Actividades Centrales', products: [DIR()] },
      {
        code: '11',
        name: 'Registro e Identificación de las Personas',
        products: [
          {
            name: DPI,
            unit: 'Documento',
            subs: ['DPI emitidos por primera vez', 'DPI emitidos por reposición y renovación'],
            ind: 'Porcentaje de DPI entregados dentro del plazo',
          },
          {
            name: 'Certificaciones de registro civil emitidas',
            unit: 'Certificado',
            subs: ['Certificaciones de nacimiento emitidas', 'Certificaciones de matrimonio y defunción emitidas'],
            ind: 'Porcentaje de certificaciones emitidas en línea',
          },
          {
            name: INS,
            unit: 'Registro',
            subs: ['Inscripciones de nacimiento', 'Inscripciones de defunción', 'Inscripciones de matrimonio'],
            ind: 'Porcentaje de nacimientos inscritos dentro del plazo legal',
          },
        ],
      },
      {
        code: '12',
        name: 'Registro de Guatemaltecos en el Extranjero',
        products: [
          {
            name: 'Guatemaltecos en el extranjero con DPI emitido',
            unit: 'Documento',
            subs: ['DPI emitidos en consulados de Estados Unidos', 'DPI emitidos en consulados de México y Canadá'],
          },
        ],
      },
    ],
    results: [
      {
        kind: 'red',
        subject: 'el tiempo promedio de entrega del Documento Personal de Identificación',
        base: 12,
        baseYear: 2025,
        target: 5,
        unitWord: 'días',
        products: [DPI],
      },
      {
        kind: 'pct',
        subject: 'la inscripción de nacimientos dentro del plazo legal',
        base: 86.4,
        baseYear: 2025,
        target: 95,
        unitWord: '%',
        products: [INS],
      },
    ],
  });
  const ctx = { b, M, politica: 'Política Nacional de Identificación' };
  let ws = b.wb.addWorksheet('Presupuesto');
  widths(ws, [9, 50, 18, 18, 18, 18, 18]);
  title(ws, 1, M.inst, 1, 7);
  title(ws, 2, 'Presupuesto por programa, período 2027-2031', 1, 7, { bold: false });
  const bu = writeBudget(ctx, ws, 4, 1, { code: 'rawnum', fmt: '"Q" #,##0.00' });
  ws = b.wb.addWorksheet('Metas');
  widths(ws, [60, 13, ...Array(10).fill(17)]);
  title(ws, 1, 'PRODUCTOS, SUBPRODUCTOS Y METAS MULTIANUALES 2027-2031', 1, 12);
  const g = writeGoals(ctx, ws, 3, 1, {
    header: 'two',
    mark: 'bold',
    prodFin: 'sum',
    prodPhys: 'formula',
    total: 'sum',
    yearText: (y) => `Año ${y}`,
    fmt: '"Q" #,##0.00',
  });
  ws = b.wb.addWorksheet('Red');
  widths(ws, [60, 13, 46, 11, 13, 11, 11]);
  writeRed(ctx, ws, 1, 1, { style: 'bold', codeStyle: 'text' });
  ws = b.wb.addWorksheet('Indicadores');
  widths(ws, [50, 13, 50, 8, 11, 10, ...Array(12).fill(11)]);
  writeIndMatrix(ctx, ws, 1, 1, { rel: 'frac', total: 'typed' });
  ws = b.wb.addWorksheet('Fichas técnicas');
  fichaWidths(ws, 1);
  let r = 1;
  const fichas = [
    resultFicha(ctx, M.results[1], '1.', 'Porcentaje de inscripción de nacimientos dentro del plazo legal'),
    ...M.products.filter((p) => p.ind).map((p, i) => ({ ...fichaData(ctx, p), code: `${2 + i}.` })),
  ];
  for (const F1 of fichas) r = writeFicha(ctx, ws, r, 1, F1, { lbStyle: 'label' }).end + 2;
  ws = b.wb.addWorksheet('Resultados');
  widths(ws, Array(5).fill(36));
  writeResults5(ctx, ws, 1, 1, { title: 'RESULTADO INSTITUCIONAL', yearLabel: (y) => y });
  b.layout = `«Presupuesto»: programa escrito como número sin formato (1, 11, 12), formato "Q" #,##0.00, Total fila ${bu.totalRow}. «Metas»: «Año 2027» combinado sobre Meta Física/Meta Financiera; productos en negrita; física y financiera del producto =SUM; Total fila ${g.totalRow}. «Indicadores» total escrito. «Fichas técnicas»: RESULTADO (porcentaje de inscripción) + 3 de PRODUCTO apiladas. «Resultados»: encabezados de año numéricos; un resultado «se ha reducido … a N días» y uno porcentual.`;
}

// ---------------------------------------------------------------- 14 MINTRAB: análisis de políticas, PGG combinada, enunciados cortos
function n14() {
  const b = book(
    '14-mintrab-pom-2026-2030-politicas-pgg-enunciado-corto.xlsx',
    'POM 2026-2030 con análisis de políticas, PGG con celdas combinadas, un resultado en redacción corta («Para 2030 se ha incrementado … de 45% en 2024 a 60%») y código en una celda en la matriz de metas',
    '',
  );
  const AD = 'Personas adultas mayores con aporte económico';
  const EM = 'Personas orientadas y vinculadas a oportunidades de empleo';
  const CA = 'Personas capacitadas para el trabajo';
  const M = model({
    seed: 1414,
    inst: 'MINISTERIO DE TRABAJO Y PREVISIÓN SOCIAL',
    instCode: '1113-0011-000-000',
    years: [2026, 2027, 2028, 2029, 2030],
    money: { lo: 5e6, hi: 3e8, step: 1000 },
    progs: [
      { code: '01', name: 'Actividades Centrales', products: [DIR()] },
      {
        code: '11',
        name: 'Atención al Adulto Mayor',
        products: [
          {
            name: AD,
            unit: 'Persona',
            subs: [
              'Adultos mayores con aporte económico en el área urbana',
              'Adultos mayores con aporte económico en el área rural',
            ],
            ind: 'Porcentaje de personas adultas mayores con aporte económico',
            flag: 1,
          },
        ],
      },
      {
        code: '12',
        name: 'Promoción del Empleo',
        products: [
          {
            name: EM,
            unit: 'Persona',
            subs: ['Personas inscritas en el Servicio Nacional de Empleo', 'Personas vinculadas a un empleo formal'],
            ind: 'Porcentaje de personas vinculadas a un empleo',
            flag: 1,
          },
          { name: CA, unit: 'Persona', subs: [], flag: 0 },
        ],
      },
      {
        code: '13',
        name: 'Inspección y Resolución de Conflictos Laborales',
        products: [
          {
            name: 'Inspecciones de trabajo realizadas',
            unit: 'Inspección',
            subs: ['Inspecciones de oficio', 'Inspecciones por denuncia'],
            ind: 'Porcentaje de denuncias laborales atendidas con inspección',
            flag: 0,
          },
          {
            name: 'Conflictos laborales atendidos',
            unit: 'Caso',
            subs: ['Casos de conciliación administrativa atendidos'],
            flag: 0,
          },
        ],
      },
      {
        code: '99',
        name: 'Partidas no Asignables a Programas',
        products: [
          { name: 'Aportes al Instituto Técnico de Capacitación y Productividad', unit: 'Aporte', fixed: 1, flag: 0 },
        ],
      },
    ],
    results: [
      {
        kind: 'pct',
        style: 'short',
        subject: 'la cobertura',
        base: 45,
        baseYear: 2024,
        target: 60,
        unitWord: '%',
        tail: 'de personas adultas mayores en situación de pobreza con aporte económico',
        products: [AD],
      },
      {
        kind: 'pct',
        subject: 'la inserción laboral de personas que buscan empleo',
        base: 18.2,
        baseYear: 2024,
        target: 27.5,
        unitWord: '%',
        products: [EM, CA],
      },
    ],
  });
  M.pgg = {
    eje: '3 Protección social y empleo digno',
    objetivo: 'Promover el empleo digno y la protección social de las personas adultas mayores',
  };
  const ctx = { b, M };
  let ws = b.wb.addWorksheet('Políticas');
  widths(ws, [22, 30, 40, 40, 40, 40]);
  title(ws, 1, 'ANÁLISIS DE POLÍTICAS', 1, 6, { align: 'left' });
  writePolicy(ctx, ws, 3, 1, [
    [
      'POLÍTICAS GENERALES',
      'OBJETIVOS DE DESARROLLO SOSTENIBLE',
      'Promover el crecimiento económico inclusivo, el empleo pleno y productivo y el trabajo decente para todos.',
      'Objetivo 8: Trabajo decente y crecimiento económico',
      'Meta 8.5 Lograr el empleo pleno y productivo y el trabajo decente para todas las mujeres y los hombres.',
      'Indicador 8.5.2 Tasa de desempleo',
    ],
    [
      'POLÍTICAS GENERALES',
      'PRIORIDADES NACIONALES DE DESARROLLO',
      'Articular la agenda de desarrollo del país.',
      'Empleo e inversión',
      'Reducir la informalidad del empleo.',
      'Porcentaje de población ocupada en el sector informal',
    ],
    [
      'POLÍTICAS SECTORIALES/TRANSVERSALES',
      'POLÍTICA NACIONAL DE EMPLEO DIGNO',
      'Ampliar las oportunidades de empleo digno para la población guatemalteca.',
      'Eje 2: Desarrollo del capital humano',
      'Fortalecer el Servicio Nacional de Empleo.',
      'Personas vinculadas a un empleo formal',
    ],
    [
      'POLÍTICAS SECTORIALES/TRANSVERSALES',
      'POLÍTICA NACIONAL DE ATENCIÓN INTEGRAL A LAS PERSONAS ADULTAS MAYORES',
      'Garantizar la protección social de las personas adultas mayores.',
      'Eje de protección social',
      'Ampliar la cobertura del aporte económico.',
      'Personas adultas mayores con aporte económico',
    ],
  ]);
  ws = b.wb.addWorksheet('PGG');
  widths(ws, [26, 34, 50, 60, 22]);
  title(ws, 1, 'VINCULACIÓN A LA POLÍTICA GENERAL DE GOBIERNO 2024-2028', 1, 5, { align: 'left' });
  writePGG(ctx, ws, 3, 1, { merge: true, year: 2030 });
  ws = b.wb.addWorksheet('Resultados');
  widths(ws, Array(5).fill(34));
  title(ws, 1, 'RESULTADOS INSTITUCIONALES', 1, 5, { align: 'left' });
  writeResults5(ctx, ws, 3, 1, {});
  ws = b.wb.addWorksheet('Presupuesto');
  widths(ws, [8, 50, 18, 18, 18, 18, 18]);
  title(ws, 1, 'PROYECCIÓN DEL PRESUPUESTO 2026-2030', 1, 7, { align: 'left' });
  const bu = writeBudget(ctx, ws, 3, 1, { code: 'num', fmt: '"Q" #,##0.00' });
  ws = b.wb.addWorksheet('Metas');
  widths(ws, [16, 60, 13, ...Array(10).fill(17)]);
  title(ws, 1, 'PRODUCTOS, SUBPRODUCTOS Y METAS MULTIANUALES 2026-2030', 1, 13, { align: 'left' });
  const g = writeGoals(ctx, ws, 3, 1, {
    header: 'one',
    mark: 'prefix',
    code: 'combined',
    prodFin: 'sum',
    total: 'plus',
    fmt: '"Q" #,##0.00',
    physLabel: 'Meta física',
    finLabel: 'Meta financiera',
  });
  ws = b.wb.addWorksheet('Red');
  widths(ws, [11, 60, 13, 44, 11, 13, 11, 11]);
  writeRed(ctx, ws, 1, 1, { style: 'split', codeStyle: 'text' });
  ws = b.wb.addWorksheet('Indicadores');
  widths(ws, [52, 12, 48, 8, 11, 10, ...Array(12).fill(11)]);
  writeIndMatrix(ctx, ws, 1, 1, { rel: 'frac' });
  b.layout = `«Políticas» (4 políticas), «PGG» (eje/objetivo/resultado 2030 combinados verticalmente; Producto: …; marca 1/0), «Resultados» (resultado 1 en redacción corta «Para 2026 se ha incrementado la cobertura de 45% en 2024 a 48% …», resultado 2 en fórmula SEGEPLAN), «Presupuesto» (programa numérico con formato 00, "Q" #,##0.00, Total fila ${bu.totalRow}), «Metas» (columna «Estructura programática» 11-00-000-001; una fila de encabezado; «Producto: …»; Total fila ${g.totalRow}), «Red» y «Indicadores» en A1.`;
}

// ---------------------------------------------------------------- 15 INFOM: todas las matrices en una sola hoja
function n15() {
  const b = book(
    '15-infom-pom-2027-2030-una-sola-hoja.xlsx',
    'POM de 4 años (2027-2030) con todas las matrices apiladas en una sola hoja, separadas por títulos y filas en blanco',
    '',
  );
  const AG = 'Familias beneficiadas con sistemas de agua potable';
  const M = model({
    seed: 1515,
    inst: 'INSTITUTO DE FOMENTO MUNICIPAL -INFOM-',
    instCode: '1114-0011-000-000',
    years: [2027, 2028, 2029, 2030],
    proy: '00',
    money: { lo: 2e6, hi: 4e7, step: 1000 },
    progs: [
      { code: '01', name: 'Actividades Centrales', products: [DIR({ flag: 0 })] },
      {
        code: '11',
        name: 'Agua Potable y Saneamiento',
        products: [
          {
            name: AG,
            unit: 'Familia',
            subs: [
              'Familias con sistemas de agua potable construidos',
              'Familias con sistemas de agua potable ampliados',
            ],
            ind: 'Porcentaje de familias con sistemas de agua potable',
            cov: cov(['Huehuetenango', 'San Marcos', 'Quiché', 'Alta Verapaz'], 2),
            flag: 1,
          },
          {
            name: 'Municipalidades con asistencia técnica en servicios de agua y saneamiento',
            unit: 'Municipio',
            subs: [],
            cov: 'N',
            flag: 0,
          },
        ],
      },
      {
        code: '12',
        name: 'Fortalecimiento Municipal',
        products: [
          {
            name: 'Municipalidades asesoradas en gestión financiera y administrativa',
            unit: 'Municipio',
            subs: [
              'Municipalidades asesoradas en administración financiera',
              'Municipalidades asesoradas en catastro y cobro del IUSI',
            ],
            ind: 'Porcentaje de municipalidades asesoradas en gestión financiera',
            cov: cov(['Jalapa', 'Jutiapa', 'Santa Rosa', 'El Progreso'], 1),
            flag: 0,
          },
          {
            name: 'Servicios de asistencia crediticia a municipalidades',
            unit: 'Servicio',
            subs: [],
            cov: 'N',
            flag: 0,
          },
        ],
      },
    ],
    results: [
      {
        kind: 'pct',
        subject: 'la cobertura de familias con acceso a agua potable en municipios priorizados',
        base: 63.5,
        baseYear: 2025,
        target: 70.3,
        unitWord: '%',
        products: [AG],
      },
    ],
  });
  M.pgg = {
    eje: '5 Infraestructura para el desarrollo',
    objetivo: 'Ampliar el acceso a servicios básicos de agua y saneamiento',
  };
  const ctx = { b, M };
  const ws = b.wb.addWorksheet('POM 2027-2030');
  widths(ws, [62, 13, 50, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16]);
  let r = 1;
  title(ws, r++, M.inst, 1, 10, { size: 12 });
  title(ws, r++, 'PLAN OPERATIVO MULTIANUAL 2027-2030', 1, 10);
  r++;
  title(ws, r++, '1. Proyección del presupuesto por programa', 1, 6, { align: 'left' });
  const bu = writeBudget(ctx, ws, r + 1, 1, { code: 'text', descLabel: 'Descripción' });
  r = bu.end + 3;
  title(ws, r++, '2. Productos, subproductos y metas multianuales', 1, 6, { align: 'left' });
  const g = writeGoals(ctx, ws, r + 1, 1, { header: 'two', mark: 'prefix', prodFin: 'sum', total: 'plus' });
  r = g.end + 3;
  title(ws, r++, '3. Vinculación de productos y subproductos con la red de categorías programáticas', 1, 6, {
    align: 'left',
  });
  const red = writeRed(ctx, ws, r + 1, 1, { style: 'prefix', codeStyle: 'text' });
  r = red.end + 3;
  title(ws, r++, '4. Ficha de indicadores de productos a nivel multianual', 1, 6, { align: 'left' });
  const im = writeIndMatrix(ctx, ws, r + 1, 1, { rel: 'frac' });
  r = im.end + 3;
  title(ws, r++, '5. Resultados, productos y subproductos', 1, 6, { align: 'left' });
  const rp = writeResProd(ctx, ws, r + 1, 1, { split: false, merge: true });
  r = rp.end + 3;
  title(ws, r++, '6. Cobertura', 1, 6, { align: 'left' });
  const cv = writeCoverage(ctx, ws, r + 1, 1, { split: false, covOn: 'product', noSubs: true, sep: ', ' });
  r = cv.end + 3;
  b.layout = `Una hoja: presupuesto (Total fila ${bu.totalRow}), metas (año combinado, «Producto: …», Total fila ${g.totalRow}), red programática, indicadores multianuales (relativos 0.xx con formato %), resultados-productos (enunciado 2030 combinado) y cobertura (solo productos, lugares separados por coma), cada cuadro bajo un título numerado y separado por dos filas en blanco.`;
}

// ================================================================ main
async function main() {
  await writeAndCheck({
    makers: [n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12, n13, n14, n15],
    raw: RAW,
    out: OUT,
    profile: PROFILE,
    readme: [
      '# Libros limpios con las matrices del POM/POA en muchas disposiciones',
      '',
      'Libros **sin errores** con las matrices de SEGEPLAN y MINFIN, dispuestas como las disponen las',
      'instituciones, con cifras ficticias pero coherentes entre matrices: mismo nombre, unidad y metas',
      'de cada producto en todas; meta del producto = suma de sus subproductos (de la misma unidad);',
      'presupuesto de cada programa = suma de las metas financieras de sus productos cada año; total de',
      'metas = total del presupuesto; datos absolutos de la matriz de indicadores = metas físicas;',
      'tendencia y línea base de cada ficha = su fila de la matriz multianual; relativos entre 0 y',
      '100 %; línea base anterior al primer año de meta; enunciados de resultado con sus cifras y años;',
      'acumulados que crecen exactamente la meta anual; municipios del departamento de su fila.',
      '`test/rules/clean-formats.test.ts` exige que Planifica no dé en ellos ningún error ni advertencia',
      '(salvo la de la matriz de metas sin metas financieras, que el formato pide).',
      '',
      '`node scripts/make-clean-pom-formats.js` los escribe con ExcelJS (fórmulas reales), los guarda de',
      'nuevo con LibreOffice sin interfaz (cada fórmula con su resultado guardado) y comprueba el XML.',
      '',
    ],
  });
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
