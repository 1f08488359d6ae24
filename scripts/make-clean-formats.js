#!/usr/bin/env node
/**
 * Writes test/fixtures/clean-formats/: CLEAN (arithmetically correct) planning and budget
 * workbooks in the formats Guatemalan public offices use (SICOIN execution, municipal POA,
 * cuota financiera, PEI indicators, SNIP project lists…), for test/rules/clean-formats.test.ts:
 * Planifica must raise no error or warning on them.
 *
 * 1. ExcelJS writes each workbook with real formulas (no cached results);
 * 2. LibreOffice headless re-saves it, computing and storing every formula's result, as a
 *    spreadsheet application saves a workbook;
 * 3. the saved XML is checked: every formula has a stored result, no error value, and each key
 *    cell (totals, subtotals, cross-sheet references, percentages) holds the value computed here.
 *
 * Usage: node scripts/make-clean-formats.js [--no-convert]   (needs `soffice`)
 */
'use strict';
const os = require('os');
const path = require('path');

const ROOT = path.join(os.tmpdir(), 'planifica-clean-formats');
const RAW = path.join(ROOT, 'raw');
const OUT = path.join(__dirname, '..', 'test', 'fixtures', 'clean-formats');
const PROFILE = `file://${path.join(ROOT, 'lo-profile')}`;

const {
  A,
  BOX,
  F,
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
} = require('./clean-workbooks');

const MES = [
  'Enero',
  'Febrero',
  'Marzo',
  'Abril',
  'Mayo',
  'Junio',
  'Julio',
  'Agosto',
  'Septiembre',
  'Octubre',
  'Noviembre',
  'Diciembre',
];
const MES3 = ['Ene', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Jul', 'Ago', 'Sep', 'Oct', 'Nov', 'Dic'];

// ============================================================ 01 SICOIN ejecución por programa y renglón
function w01() {
  seed(101);
  const b = book(
    '01-mcd-ejecucion-sicoin-programa-renglon.xlsx',
    '1. Ejecución SICOIN por programa y renglón (subtotales por programa, total = suma de subtotales)',
    '',
  );
  const ws = b.wb.addWorksheet('Ejecución 2025');
  const S = ws.name;
  widths(ws, [10, 9, 48, 16, 16, 16, 16, 16, 16, 16, 11]);
  title(ws, 1, 'MINISTERIO DE CULTURA Y DEPORTES', 1, 11, { size: 12 });
  title(ws, 2, 'EJECUCIÓN PRESUPUESTARIA POR PROGRAMA Y RENGLÓN DE GASTO', 1, 11);
  title(ws, 3, 'Ejercicio fiscal 2025 — Del 01/01/2025 al 30/09/2025 — Cifras en quetzales', 1, 11, { bold: false });
  title(
    ws,
    4,
    'Fuente: SICOIN, reporte de ejecución del gasto (R00804768.rpt), todas las fuentes de financiamiento',
    1,
    11,
    { bold: false, size: 9 },
  );
  header2(ws, 6, 1, [
    'Programa',
    'Renglón',
    'Descripción',
    { label: 'Presupuesto', sub: ['Asignado', 'Modificaciones', 'Vigente'] },
    { label: 'Ejecución', sub: ['Comprometido', 'Devengado', 'Pagado'] },
    'Saldo por devengar',
    '% de ejecución',
  ]);
  const progs = [
    {
      code: '01',
      name: 'ACTIVIDADES CENTRALES',
      rows: [
        ['011', 'Personal permanente', 6e6, 9e6],
        ['015', 'Complementos específicos al personal permanente', 1.2e6, 2e6],
        ['029', 'Otras remuneraciones de personal temporal', 1.5e6, 3e6],
        ['071', 'Aguinaldo', 5e5, 8e5],
        ['072', 'Bonificación anual (Bono 14)', 5e5, 8e5],
        ['111', 'Energía eléctrica', 3e5, 6e5],
        ['113', 'Telefonía', 1.2e5, 2.5e5],
        ['151', 'Arrendamiento de edificios y locales', 8e5, 1.6e6],
        ['262', 'Combustibles y lubricantes', 2e5, 4.5e5],
        ['291', 'Útiles de oficina', 6e4, 1.5e5],
        ['328', 'Equipo de cómputo', 2.5e5, 6e5],
        ['913', 'Sentencias judiciales', 5e4, 5e4, 'zero'],
      ],
    },
    {
      code: '11',
      name: 'FORMACIÓN, FOMENTO Y DIFUSIÓN DE LAS ARTES',
      rows: [
        ['011', 'Personal permanente', 9e6, 1.4e7],
        ['022', 'Personal por contrato', 2e6, 4e6],
        ['029', 'Otras remuneraciones de personal temporal', 3e6, 5e6],
        ['122', 'Impresión, encuadernación y reproducción', 1e5, 3e5],
        ['189', 'Otros estudios y/o servicios', 8e5, 1.5e6],
        ['211', 'Alimentos para personas', 1.5e5, 3e5],
        ['243', 'Productos de papel o cartón', 4e4, 1e5],
        ['435', 'Transferencias a otras instituciones sin fines de lucro', 1.5e6, 3e6],
      ],
    },
    {
      code: '12',
      name: 'PROTECCIÓN, RESTAURACIÓN Y PRESERVACIÓN DEL PATRIMONIO CULTURAL Y NATURAL',
      rows: [
        ['011', 'Personal permanente', 1.1e7, 1.6e7],
        ['031', 'Jornales', 2e6, 3.5e6],
        ['165', 'Mantenimiento y reparación de medios de transporte', 1e5, 2.5e5],
        ['171', 'Mantenimiento y reparación de edificios', 6e5, 1.2e6],
        ['181', 'Estudios, investigaciones y proyectos de pre-factibilidad y factibilidad', 4e5, 9e5],
        ['266', 'Productos medicinales y farmacéuticos', 3e4, 8e4],
        ['331', 'Construcciones de bienes nacionales de uso común', 2e6, 5e6],
      ],
    },
    {
      code: '13',
      name: 'FOMENTO AL DEPORTE NO FEDERADO Y A LA RECREACIÓN',
      rows: [
        ['011', 'Personal permanente', 5e6, 8e6],
        ['029', 'Otras remuneraciones de personal temporal', 2e6, 3.5e6],
        ['233', 'Prendas de vestir', 2e5, 5e5],
        [
          '295',
          'Útiles menores, suministros e instrumental médico-quirúrgicos, de laboratorio y cuidado de la salud',
          5e4,
          1.2e5,
        ],
        ['299', 'Otros materiales y suministros', 3e5, 7e5],
        ['332', 'Construcciones de bienes nacionales de uso no común', 3e6, 7e6],
      ],
    },
    {
      code: '99',
      name: 'PARTIDAS NO ASIGNABLES A PROGRAMAS',
      rows: [
        ['472', 'Transferencias a organismos e instituciones internacionales', 2e5, 4e5],
        ['453', 'Transferencias a entidades descentralizadas y autónomas no financieras', 4e6, 6e6],
      ],
    },
  ];
  let r = 8;
  const subRows = [];
  const tot = { D: 0, E: 0, F: 0, G: 0, H: 0, I: 0 };
  for (const p of progs) {
    put(ws, r, 1, [p.code, null, p.name], [], { bold: true, fill: FILL_T });
    for (let c = 4; c <= 11; c++) {
      ws.getCell(r, c).border = BOX;
      ws.getCell(r, c).fill = FILL_T;
    }
    r++;
    const first = r;
    for (const [ren, desc, lo, hi, flag] of p.rows) {
      const asig = rstep(lo, hi, 100) * 100;
      let mod;
      if (flag === 'zero') mod = -asig;
      else if (random() < 0.4) mod = 0;
      else mod = Math.round((u(-0.12, 0.2) * asig) / 10000) * 10000;
      const vig = asig + mod;
      const personnel = /^0/.test(ren);
      const dev = vig === 0 ? 0 : Math.round(vig * (personnel ? u(0.68, 0.74) : u(0.35, 0.82)));
      const comp = dev + Math.round((vig - dev) * u(0, 0.45));
      const pag = personnel ? dev : Math.round(dev * u(0.86, 1));
      put(
        ws,
        r,
        1,
        [
          p.code,
          ren,
          desc,
          Q(asig),
          Q(mod),
          F(`D${r}+E${r}`),
          Q(comp),
          Q(dev),
          Q(pag),
          F(`F${r}-H${r}`),
          F(`IF(F${r}=0,0,H${r}/F${r})`),
        ],
        [null, null, null, FMT.money, FMT.money, FMT.money, FMT.money, FMT.money, FMT.money, FMT.money, FMT.pct],
      );
      tot.D += asig;
      tot.E += mod;
      tot.F += vig;
      tot.G += comp;
      tot.H += dev;
      tot.I += pag;
      r++;
    }
    const last = r - 1;
    const vals = [null, null, `Total programa ${p.code}`];
    for (const c of 'DEFGHIJ') vals.push(F(`SUM(${c}${first}:${c}${last})`));
    vals.push(F(`IF(F${r}=0,0,H${r}/F${r})`));
    put(
      ws,
      r,
      1,
      vals,
      [null, null, null, FMT.money, FMT.money, FMT.money, FMT.money, FMT.money, FMT.money, FMT.money, FMT.pct],
      { bold: true },
    );
    subRows.push(r);
    r += 2; // fila en blanco de separación
  }
  const vals = [null, null, 'TOTAL GENERAL'];
  for (const c of 'DEFGHIJ') vals.push(F(subRows.map((x) => c + x).join('+')));
  vals.push(F(`IF(F${r}=0,0,H${r}/F${r})`));
  put(
    ws,
    r,
    1,
    vals,
    [null, null, null, FMT.money, FMT.money, FMT.money, FMT.money, FMT.money, FMT.money, FMT.money, FMT.pct],
    { bold: true, fill: FILL_T },
  );
  for (const c of 'DEFGHI') b.exp(S, c + r, Q(tot[c]));
  b.exp(S, 'J' + r, Q(tot.F - tot.H));
  b.exp(S, 'K' + r, tot.H / tot.F);
  note(
    ws,
    r + 2,
    'Notas: Vigente = Asignado + Modificaciones. Saldo por devengar = Vigente − Devengado. % de ejecución = Devengado / Vigente (0 % cuando el vigente es cero).',
    1,
    11,
  );
  note(
    ws,
    r + 3,
    'El renglón 913 del programa 01 quedó sin vigente por transferencia INTRA al programa 12. Fecha de impresión: 03/10/2025.',
    1,
    11,
  );
  ws.views = [{ state: 'frozen', ySplit: 7, xSplit: 3 }];
  b.layout = `Hoja "Ejecución 2025": encabezado filas 6-7 (Presupuesto/Ejecución combinados), 5 programas con fila de título, renglones (texto "011") y fila "Total programa NN" =SUM(D:J) del bloque; F=D+E, J=F-H, K=IF(F=0,0,H/F); "TOTAL GENERAL" fila ${r} = suma de las filas de total (${subRows.join(',')}); notas al pie.`;
}

// ============================================================ 02 POA municipal con metas trimestrales
function w02() {
  seed(202);
  const b = book(
    '02-muni-quiche-poa-2026-metas-trimestrales.xlsx',
    '2. POA municipal: metas T1..T4, Meta anual =SUM, Meta aprobada escrita igual; producto = suma de subproductos',
    '',
  );
  const ws = b.wb.addWorksheet('POA 2026');
  const S = ws.name;
  widths(ws, [16, 52, 16, 11, 11, 11, 11, 12, 13, 17, 28]);
  title(ws, 1, 'MUNICIPALIDAD DE SANTA CRUZ DEL QUICHÉ, DEPARTAMENTO DE QUICHÉ', 1, 11, { size: 12 });
  title(ws, 2, 'PLAN OPERATIVO ANUAL -POA- 2026', 1, 11);
  title(ws, 3, 'Dirección Municipal de Planificación -DMP-', 1, 11, { bold: false });
  title(ws, 4, 'Programación trimestral de metas físicas y asignación financiera por producto y subproducto', 1, 11, {
    bold: false,
  });
  header2(ws, 6, 1, [
    'Estructura programática',
    'Producto / Subproducto',
    'Unidad de medida',
    { label: 'Programación de metas físicas 2026', sub: ['Trimestre 1', 'Trimestre 2', 'Trimestre 3', 'Trimestre 4'] },
    'Meta anual',
    'Meta aprobada (Concejo)',
    'Monto asignado (Q)',
    'Responsable',
  ]);
  const prods = [
    {
      code: '01-00-000-001',
      prg: '01',
      name: 'Dirección y coordinación',
      unit: 'Documento',
      resp: 'Alcaldía / Secretaría Municipal',
      subs: [
        ['Dirección y coordinación', [3, 3, 3, 3], 4850000],
        ['Informes de rendición de cuentas al Concejo Municipal y al COMUDE', [1, 1, 1, 1], 185000],
      ],
    },
    {
      code: '11-00-000-001',
      prg: '11',
      name: 'Familias con servicio de agua potable',
      unit: 'Familia',
      resp: 'Dirección de Servicios Públicos',
      subs: [
        ['Familias beneficiadas con nuevas conexiones domiciliares de agua potable', [45, 60, 60, 35], 1275000],
        ['Familias beneficiadas con mejoramiento de sistemas de agua en el área rural', [0, 120, 180, 100], 3460000],
      ],
    },
    {
      code: '11-00-000-002',
      prg: '11',
      name: 'Familias con servicio de drenaje y saneamiento',
      unit: 'Familia',
      resp: 'Dirección de Servicios Públicos',
      subs: [
        ['Familias conectadas a la red de drenaje sanitario', [0, 40, 55, 25], 2180000],
        ['Familias beneficiadas con letrinización en el área rural', [30, 30, 30, 30], 640000],
      ],
    },
    {
      code: '12-00-000-001',
      prg: '12',
      name: 'Red vial municipal mejorada',
      unit: 'Metro cuadrado',
      resp: 'Dirección Municipal de Obras',
      subs: [
        ['Calles pavimentadas en el casco urbano', [0, 2400, 3600, 1500], 5940000],
        ['Caminos rurales balastrados', [1800, 3000, 0, 2200], 1725000],
        ['Banquetas construidas en el área urbana', [350, 500, 500, 250], 612500],
      ],
    },
    {
      code: '13-00-000-001',
      prg: '13',
      name: 'Estudiantes con apoyo municipal a la educación',
      unit: 'Estudiante',
      resp: 'Oficina Municipal de Educación',
      subs: [
        ['Estudiantes beneficiados con útiles escolares', [1850, 0, 0, 0], 462500],
        ['Estudiantes beneficiados con becas municipales', [120, 0, 120, 0], 288000],
      ],
    },
    {
      code: '14-00-000-001',
      prg: '14',
      name: 'Personas atendidas en salud preventiva',
      unit: 'Persona',
      resp: 'Dirección Municipal de la Mujer / Salud',
      subs: [
        ['Personas atendidas en jornadas médicas municipales', [300, 450, 450, 300], 375000],
        ['Mujeres capacitadas en nutrición materno-infantil', [80, 120, 120, 80], 96000],
      ],
    },
    {
      code: '15-00-000-001',
      prg: '15',
      name: 'Desechos sólidos recolectados y dispuestos',
      unit: 'Tonelada',
      resp: 'Dirección de Servicios Públicos',
      subs: [
        ['Desechos sólidos recolectados en el área urbana', [1260, 1290, 1320, 1300], 2640000],
        ['Desechos sólidos recolectados en mercados municipales', [210, 215, 220, 230], 415000],
      ],
    },
    {
      code: '16-00-000-001',
      prg: '16',
      name: 'Eventos de fomento cultural y deportivo',
      unit: 'Evento',
      resp: 'Oficina Municipal de Cultura y Deportes',
      subs: [
        ['Eventos deportivos comunitarios', [4, 6, 6, 4], 310000],
        ['Eventos culturales y feria titular', [2, 3, 2, 3], 980000],
      ],
    },
  ];
  let r = 8;
  const prodRows = [];
  let total = 0;
  const fm = [null, null, null, FMT.int, FMT.int, FMT.int, FMT.int, FMT.int, FMT.int, FMT.moneyQ, null];
  for (const p of prods) {
    const pr = r;
    prodRows.push(pr);
    p.row = pr;
    const f1 = pr + 1,
      l1 = pr + p.subs.length;
    const qs = [0, 1, 2, 3].map((k) => sum(p.subs.map((s) => s[1][k])));
    const money = sum(p.subs.map((s) => s[2] * 100));
    total += money;
    put(
      ws,
      pr,
      1,
      [
        p.code,
        `Producto: ${p.name}`,
        p.unit,
        F(`SUM(D${f1}:D${l1})`),
        F(`SUM(E${f1}:E${l1})`),
        F(`SUM(F${f1}:F${l1})`),
        F(`SUM(G${f1}:G${l1})`),
        F(`SUM(D${pr}:G${pr})`),
        sum(qs),
        F(`SUM(J${f1}:J${l1})`),
        p.resp,
      ],
      fm,
      { bold: true, fill: FILL_T },
    );
    b.exp(S, `H${pr}`, sum(qs));
    b.exp(S, `J${pr}`, Q(money));
    r++;
    for (const [name, qv, m] of p.subs) {
      put(ws, r, 1, [null, name, p.unit, ...qv, F(`SUM(D${r}:G${r})`), sum(qv), m, p.resp], fm, { indent: 1 });
      b.exp(S, `H${r}`, sum(qv));
      r++;
    }
    r++; // separador
  }
  put(
    ws,
    r,
    1,
    [null, 'TOTAL', null, null, null, null, null, null, null, F(prodRows.map((x) => 'J' + x).join('+')), null],
    fm,
    { bold: true, fill: FILL_T },
  );
  const totRow = r;
  b.exp(S, `J${r}`, Q(total));
  note(
    ws,
    r + 2,
    'Notas: Meta anual = suma de los cuatro trimestres. La meta aprobada corresponde al Acuerdo del Concejo Municipal, Acta No. 87-2025, punto quinto.',
    1,
    11,
  );
  note(
    ws,
    r + 3,
    'Las metas del producto son la suma de las metas de sus subproductos (misma unidad de medida). Montos en quetzales, fuente 22 (aporte constitucional) y 31 (ingresos propios).',
    1,
    11,
  );
  ws.views = [{ state: 'frozen', ySplit: 7 }];

  // Hoja resumen por programa
  const rs = b.wb.addWorksheet('Resumen por programa');
  widths(rs, [11, 50, 12, 18, 14]);
  title(rs, 1, 'MUNICIPALIDAD DE SANTA CRUZ DEL QUICHÉ', 1, 5, { size: 12 });
  title(rs, 2, 'POA 2026 — Resumen de la asignación financiera por programa', 1, 5);
  header1(rs, 4, 1, ['Programa', 'Descripción', 'No. de productos', 'Monto asignado (Q)', '% del total']);
  const prgNames = {
    '01': 'Actividades centrales',
    11: 'Servicios de agua potable, drenaje y saneamiento',
    12: 'Red vial municipal',
    13: 'Apoyo a la educación',
    14: 'Salud preventiva y nutrición',
    15: 'Gestión integral de desechos sólidos',
    16: 'Fomento de la cultura y el deporte',
  };
  let rr = 5;
  const prgCodes = [...new Set(prods.map((p) => p.prg))];
  const firstR = rr,
    lastR = rr + prgCodes.length - 1,
    totR = lastR + 1;
  for (const code of prgCodes) {
    const ps = prods.filter((p) => p.prg === code);
    const m = sum(ps.map((p) => sum(p.subs.map((s) => s[2] * 100))));
    put(
      rs,
      rr,
      1,
      [code, prgNames[code], ps.length, F(ps.map((p) => `${q(S)}!J${p.row}`).join('+')), F(`D${rr}/$D$${totR}`)],
      [null, null, FMT.int, FMT.moneyQ, FMT.pct],
    );
    b.exp(rs.name, `D${rr}`, Q(m));
    b.exp(rs.name, `E${rr}`, m / total);
    rr++;
  }
  put(
    rs,
    totR,
    1,
    [null, 'Total', F(`SUM(C${firstR}:C${lastR})`), F(`SUM(D${firstR}:D${lastR})`), F(`SUM(E${firstR}:E${lastR})`)],
    [null, null, FMT.int, FMT.moneyQ, FMT.pct],
    { bold: true, fill: FILL_T },
  );
  b.exp(rs.name, `D${totR}`, Q(total));
  b.exp(rs.name, `E${totR}`, 1);
  note(
    rs,
    totR + 2,
    `Los montos provienen de la hoja "POA 2026" (filas de producto, columna J). El total coincide con la celda J${totRow} de esa hoja.`,
    1,
    5,
  );
  b.layout = `Hojas "POA 2026" (encabezado 6-7; filas "Producto:" con D:G =SUM de sus subproductos y J =SUM de montos; H =SUM(D:G); I meta aprobada escrita; TOTAL J${totRow} = suma de filas producto) y "Resumen por programa" (D = referencias 'POA 2026'!J<fila producto>, E = D/$D$${totR}, total fila ${totR}).`;
}

// ============================================================ 03 Programación de cuota financiera
function w03() {
  seed(303);
  const b = book(
    '03-sesan-cuota-financiera-2026.xlsx',
    '3. Cuota financiera mensual Ene..Dic con totales de fila y columna; "Presupuesto aprobado" escrito = total de fila; hoja consolidada con referencias',
    '',
  );
  const inst = 'SECRETARÍA DE SEGURIDAD ALIMENTARIA Y NUTRICIONAL DE LA PRESIDENCIA -SESAN-';
  const mk = (name, subtitle, rows, withDiff) => {
    const ws = b.wb.addWorksheet(name);
    widths(
      ws,
      [9, 40, ...Array(12).fill(13), 15, 16, withDiff ? 12 : 0].filter((x) => x),
    );
    const lastC = withDiff ? 17 : 16;
    title(ws, 1, inst, 1, lastC, { size: 12 });
    title(ws, 2, 'PROGRAMACIÓN DE CUOTA FINANCIERA DEL EJERCICIO FISCAL 2026', 1, lastC);
    title(ws, 3, subtitle, 1, lastC, { bold: false });
    const specs = [
      'Renglón',
      'Descripción',
      { label: 'Programación mensual (Q)', sub: MES },
      'Total anual',
      'Presupuesto aprobado',
    ];
    if (withDiff) specs.push('Diferencia');
    header2(ws, 5, 1, specs);
    let r = 7;
    const first = r;
    const colTot = Array(12).fill(0);
    for (const [ren, desc, months] of rows) {
      const t = sum(months);
      const vals = [ren, desc, ...months.map(Q), F(`SUM(C${r}:N${r})`), Q(t)];
      const fm = [null, null, ...Array(12).fill(FMT.acct), FMT.money, FMT.money];
      if (withDiff) {
        vals.push(F(`P${r}-O${r}`));
        fm.push(FMT.acct);
      }
      put(ws, r, 1, vals, fm);
      months.forEach((m, k) => {
        colTot[k] += m;
      });
      b.exp(name, `O${r}`, Q(t));
      r++;
    }
    const last = r - 1;
    const vals = [null, 'TOTAL'];
    for (let c = 3; c <= (withDiff ? 17 : 16); c++) vals.push(F(`SUM(${col(c)}${first}:${col(c)}${last})`));
    put(ws, r, 1, vals, [null, null, ...Array(12).fill(FMT.money), FMT.money, FMT.money, FMT.acct], {
      bold: true,
      fill: FILL_T,
    });
    colTot.forEach((v, k) => b.exp(name, A(3 + k, r), Q(v)));
    b.exp(name, `O${r}`, Q(sum(colTot)));
    b.exp(name, `P${r}`, Q(sum(colTot)));
    ws.views = [{ state: 'frozen', ySplit: 6, xSplit: 2 }];
    return { ws, totRow: r, colTot };
  };
  const m12 = (v) => Array(12).fill(v);
  const varMonths = (lo, hi, step = 1) => MES.map(() => (step === 0.01 ? rc(lo, hi) : rstep(lo, hi, step) * 100));
  const sal = rstep(610000, 640000, 100) * 100; // 011 mensual (centavos)
  const c015 = rstep(95000, 110000, 100) * 100;
  const c029 = rstep(180000, 220000, 100) * 100;
  const agu = sal + c015; // aguinaldo: un sueldo (011 + 015)
  const aguJan = Math.round(agu / 2);
  const aguinaldo = MES.map((_, k) => (k === 0 ? aguJan : k === 11 ? agu - aguJan : 0));
  const bono = MES.map((_, k) => (k === 6 ? agu : 0));
  const quarterly = (lo, hi) => MES.map((_, k) => (k % 3 === 0 ? rstep(lo, hi, 10) * 100 : 0));
  const someMonths = (ks, lo, hi) => MES.map((_, k) => (ks.includes(k) ? rstep(lo, hi, 10) * 100 : 0));
  const funRows = [
    ['011', 'Personal permanente', m12(sal)],
    ['015', 'Complementos específicos al personal permanente', m12(c015)],
    ['029', 'Otras remuneraciones de personal temporal', MES.map((_, k) => (k === 0 ? 0 : c029))],
    ['071', 'Aguinaldo', aguinaldo],
    ['072', 'Bonificación anual (Bono 14)', bono],
    ['111', 'Energía eléctrica', varMonths(11500, 15800, 0.01)],
    ['112', 'Agua', varMonths(900, 1400, 0.01)],
    ['113', 'Telefonía', m12(rc(8000, 9000))],
    ['122', 'Impresión, encuadernación y reproducción', someMonths([2, 7, 10], 12000, 30000)],
    ['133', 'Viáticos en el interior', varMonths(25000, 60000, 10)],
    ['151', 'Arrendamiento de edificios y locales', m12(rstep(68000, 72000, 100) * 100)],
    ['196', 'Servicios de atención y protocolo', someMonths([1, 4, 8, 11], 4000, 9000)],
    ['211', 'Alimentos para personas', someMonths([0, 2, 3, 5, 6, 8, 9, 11], 3000, 8000)],
    ['262', 'Combustibles y lubricantes', varMonths(22000, 34000, 10)],
    ['291', 'Útiles de oficina', quarterly(9000, 15000)],
    ['298', 'Accesorios y repuestos en general', someMonths([3, 9], 10000, 20000)],
  ];
  const fun = mk(
    'Funcionamiento',
    'Gastos de funcionamiento — Programa 01 y 11, fuente 11 (Ingresos corrientes)',
    funRows,
    true,
  );
  const invRows = [
    [
      '181',
      'Estudios, investigaciones y proyectos de pre-factibilidad y factibilidad',
      someMonths([4, 5, 6], 90000, 140000),
    ],
    ['322', 'Mobiliario y equipo de oficina', someMonths([2, 3], 40000, 80000)],
    ['325', 'Equipo de transporte', someMonths([5], 380000, 420000)],
    ['328', 'Equipo de cómputo', someMonths([2, 8], 120000, 180000)],
    ['329', 'Otras maquinarias y equipos', someMonths([6], 30000, 45000)],
  ];
  const inv = mk('Inversión', 'Gastos de inversión — Programa 11, fuente 11 (Ingresos corrientes)', invRows, false);
  // Consolidado
  const cs = b.wb.addWorksheet('Consolidado');
  widths(cs, [30, ...Array(12).fill(13), 15, 11]);
  title(cs, 1, inst, 1, 15, { size: 12 });
  title(cs, 2, 'CUOTA FINANCIERA 2026 — CONSOLIDADO POR TIPO DE GASTO', 1, 15);
  header2(cs, 4, 1, ['Tipo de gasto', { label: 'Programación mensual (Q)', sub: MES3 }, 'Total anual', '% del total']);
  const refRow = (r, label, sheet, tr) => {
    const vals = [label];
    for (let k = 0; k < 12; k++) vals.push(F(`${q(sheet)}!${col(3 + k)}${tr}`));
    vals.push(F(`SUM(B${r}:M${r})`));
    vals.push(F(`N${r}/$N$8`));
    put(cs, r, 1, vals, [null, ...Array(12).fill(FMT.money), FMT.money, FMT.pct]);
  };
  refRow(6, 'Funcionamiento', 'Funcionamiento', fun.totRow);
  refRow(7, 'Inversión', 'Inversión', inv.totRow);
  const vals = ['TOTAL'];
  for (let c = 2; c <= 15; c++) vals.push(F(`SUM(${col(c)}6:${col(c)}7)`));
  put(cs, 8, 1, vals, [null, ...Array(13).fill(FMT.money), FMT.pct], { bold: true, fill: FILL_T });
  const pv = ['% mensual'];
  for (let c = 2; c <= 14; c++) pv.push(F(`${col(c)}8/$N$8`));
  put(cs, 9, 1, pv, [null, ...Array(13).fill(FMT.pct1)]);
  const grand = sum(fun.colTot) + sum(inv.colTot);
  for (let k = 0; k < 12; k++) b.exp('Consolidado', A(2 + k, 8), Q(fun.colTot[k] + inv.colTot[k]));
  b.exp('Consolidado', 'N8', Q(grand));
  b.exp('Consolidado', 'N6', Q(sum(fun.colTot)));
  b.exp('Consolidado', 'O7', sum(inv.colTot) / grand);
  b.exp('Consolidado', 'N9', 1);
  note(
    cs,
    11,
    'Nota: la cuota se solicita al MINFIN de forma cuatrimestral con base en esta programación. El aguinaldo se paga 50 % en diciembre y 50 % en enero; el bono 14 en julio.',
    1,
    15,
  );
  b.layout = `Hojas "Funcionamiento" (16 renglones, C:N meses, O =SUM(C:N), P aprobado escrito, Q =P-O; TOTAL fila ${fun.totRow}), "Inversión" (5 renglones, TOTAL fila ${inv.totRow}, meses sin gasto = 0 con formato "-") y "Consolidado" (filas 6-7 = referencias a las filas TOTAL de las otras hojas, fila 8 =SUM, fila 9 % mensual, columna O % con $N$8).`;
}

// ============================================================ 04 Avance físico y financiero
function w04() {
  seed(404);
  const b = book(
    '04-conap-avance-fisico-financiero-2025.xlsx',
    '4. Avance físico-financiero: programado vs ejecutado por trimestre, % con IF(prog=0,"",...) e IFERROR',
    '',
  );
  const inst = 'CONSEJO NACIONAL DE ÁREAS PROTEGIDAS -CONAP-';
  const ws = b.wb.addWorksheet('Avance físico');
  widths(ws, [50, 12, ...Array(15).fill(10.5)]);
  title(ws, 1, inst, 1, 17, { size: 12 });
  title(ws, 2, 'INFORME DE AVANCE FÍSICO DE METAS — EJERCICIO FISCAL 2025 (CIERRE ANUAL)', 1, 17);
  title(ws, 3, 'Unidad de Planificación — Datos registrados en SIGES al 31 de diciembre de 2025', 1, 17, {
    bold: false,
  });
  const qspec = (l) => ({ label: l, sub: ['Programado', 'Ejecutado', '% avance'] });
  header2(ws, 5, 1, [
    'Producto / Subproducto',
    'Unidad de medida',
    qspec('Trimestre 1'),
    qspec('Trimestre 2'),
    qspec('Trimestre 3'),
    qspec('Trimestre 4'),
    qspec('Total anual'),
  ]);
  const items = [
    {
      name: 'Dirección y coordinación',
      unit: 'Documento',
      subs: [['Dirección y coordinación', [3, 3, 3, 3], 'exact']],
    },
    {
      name: 'Áreas protegidas con control y vigilancia',
      unit: 'Hectárea',
      subs: [
        ['Hectáreas del SIGAP con patrullajes de control y vigilancia', [250000, 260000, 260000, 250000]],
        ['Hectáreas monitoreadas para prevención de incendios forestales', [180000, 220000, 0, 0]],
      ],
    },
    {
      name: 'Personas capacitadas en conservación de la diversidad biológica',
      unit: 'Persona',
      subs: [
        ['Guardarrecursos capacitados en control y vigilancia', [60, 80, 80, 40]],
        ['Comunitarios capacitados en manejo sostenible de recursos naturales', [150, 250, 300, 200]],
      ],
    },
    {
      name: 'Licencias de aprovechamiento de vida silvestre emitidas',
      unit: 'Licencia',
      subs: [
        ['Licencias de aprovechamiento forestal en áreas protegidas', [35, 45, 45, 25]],
        ['Licencias de exportación de especies de vida silvestre (CITES)', [110, 120, 125, 115]],
      ],
    },
  ];
  let r = 7;
  const fm = [null, null, ...Array(5).fill([FMT.int, FMT.int, FMT.pct1]).flat()];
  const pctF = (p, e, row) => F(`IF(${p}${row}=0,"",${e}${row}/${p}${row})`);
  const rowVals = (row, prog, exec) => {
    const v = [];
    for (let k = 0; k < 4; k++) {
      const pc = col(3 + 3 * k),
        ec = col(4 + 3 * k);
      v.push(prog[k], exec[k], pctF(pc, ec, row));
    }
    v.push(F(`C${row}+F${row}+I${row}+L${row}`), F(`D${row}+G${row}+J${row}+M${row}`), pctF('O', 'P', row));
    return v;
  };
  for (const it of items) {
    const pr = r;
    const f1 = pr + 1;
    const l1 = pr + it.subs.length;
    const pv = [`Producto: ${it.name}`, it.unit];
    for (let k = 0; k < 4; k++) {
      const pc = col(3 + 3 * k),
        ec = col(4 + 3 * k);
      pv.push(F(`SUM(${pc}${f1}:${pc}${l1})`), F(`SUM(${ec}${f1}:${ec}${l1})`), pctF(pc, ec, pr));
    }
    pv.push(F(`C${pr}+F${pr}+I${pr}+L${pr}`), F(`D${pr}+G${pr}+J${pr}+M${pr}`), pctF('O', 'P', pr));
    put(ws, pr, 1, pv, fm, { bold: true, fill: FILL_T });
    let tp = 0,
      te = 0;
    r++;
    for (const [name, prog, mode] of it.subs) {
      const exec = prog.map((p) => (p === 0 ? 0 : mode === 'exact' ? p : Math.max(0, Math.round(p * u(0.78, 1.12)))));
      put(ws, r, 1, [name, it.unit, ...rowVals(r, prog, exec)], fm, { indent: 1 });
      b.exp(ws.name, `O${r}`, sum(prog));
      b.exp(ws.name, `P${r}`, sum(exec));
      b.exp(ws.name, `Q${r}`, sum(exec) / sum(prog));
      tp += sum(prog);
      te += sum(exec);
      if (prog[2] === 0) b.exp(ws.name, `K${r}`, '');
      r++;
    }
    b.exp(ws.name, `O${pr}`, tp);
    b.exp(ws.name, `P${pr}`, te);
    r++;
  }
  note(
    ws,
    r,
    'Notas: % avance = ejecutado / programado; la celda queda vacía cuando no hubo meta programada en el trimestre (el monitoreo de incendios se programa solo en la época seca, T1 y T2).',
    1,
    17,
  );
  note(
    ws,
    r + 1,
    'Las metas del producto son la suma de las de sus subproductos. Una ejecución mayor a lo programado se explica en el informe narrativo (demanda de licencias CITES).',
    1,
    17,
  );
  ws.views = [{ state: 'frozen', ySplit: 6, xSplit: 2 }];

  // Avance financiero
  const fs2 = b.wb.addWorksheet('Avance financiero');
  widths(fs2, [48, 15, ...Array(12).fill(13.5), 15, 15, 10]);
  title(fs2, 1, inst, 1, 17, { size: 12 });
  title(fs2, 2, 'INFORME DE AVANCE FINANCIERO POR PRODUCTO — EJERCICIO FISCAL 2025', 1, 17);
  title(fs2, 3, 'Cifras en quetzales — Devengado según SICOIN al 31/12/2025', 1, 17, { bold: false });
  const qf = (l) => ({ label: l, sub: ['Programado', 'Devengado', '%'] });
  header2(fs2, 5, 1, [
    'Producto',
    'Vigente anual',
    qf('Trimestre 1'),
    qf('Trimestre 2'),
    qf('Trimestre 3'),
    qf('Trimestre 4'),
    { label: 'Total anual', sub: ['Programado', 'Devengado', '% ejecución'] },
  ]);
  const fprods = [
    ['Dirección y coordinación', 38e6],
    ['Áreas protegidas con control y vigilancia', 61e6],
    ['Personas capacitadas en conservación de la diversidad biológica', 9.5e6],
    ['Licencias de aprovechamiento de vida silvestre emitidas', 7.2e6],
    ['Partidas no asignables a programas', 2.5e6],
  ];
  r = 7;
  const first = r;
  let gv = 0,
    gd = 0;
  const ffm = [
    null,
    FMT.money,
    ...Array(4).fill([FMT.money, FMT.money, FMT.pct1]).flat(),
    FMT.money,
    FMT.money,
    FMT.pct1,
  ];
  const iferr = (p, e, row) => F(`IFERROR(${e}${row}/${p}${row},0)`);
  for (const [name, approx] of fprods) {
    const qs = [0.22, 0.26, 0.26, 0.26].map((s) => Math.round((approx * s * u(0.95, 1.05)) / 100) * 100 * 100);
    const vig = sum(qs);
    const dv = qs.map((x) => Math.round(x * u(0.7, 0.99)));
    const v = [name, Q(vig)];
    for (let k = 0; k < 4; k++) {
      const pc = col(3 + 3 * k),
        ec = col(4 + 3 * k);
      v.push(Q(qs[k]), Q(dv[k]), iferr(pc, ec, r));
    }
    v.push(F(`C${r}+F${r}+I${r}+L${r}`), F(`D${r}+G${r}+J${r}+M${r}`), F(`IFERROR(P${r}/B${r},0)`));
    put(fs2, r, 1, v, ffm);
    b.exp(fs2.name, `O${r}`, Q(vig));
    b.exp(fs2.name, `P${r}`, Q(sum(dv)));
    gv += vig;
    gd += sum(dv);
    r++;
  }
  const last = r - 1;
  const tv = ['TOTAL', F(`SUM(B${first}:B${last})`)];
  for (let k = 0; k < 4; k++) {
    const pc = col(3 + 3 * k),
      ec = col(4 + 3 * k);
    tv.push(F(`SUM(${pc}${first}:${pc}${last})`), F(`SUM(${ec}${first}:${ec}${last})`), iferr(pc, ec, r));
  }
  tv.push(F(`SUM(O${first}:O${last})`), F(`SUM(P${first}:P${last})`), F(`IFERROR(P${r}/B${r},0)`));
  put(fs2, r, 1, tv, ffm, { bold: true, fill: FILL_T });
  b.exp(fs2.name, `B${r}`, Q(gv));
  b.exp(fs2.name, `O${r}`, Q(gv));
  b.exp(fs2.name, `P${r}`, Q(gd));
  b.exp(fs2.name, `Q${r}`, gd / gv);
  note(
    fs2,
    r + 2,
    'Nota: el vigente anual es igual a la suma de lo programado en los cuatro trimestres; % ejecución = devengado / vigente.',
    1,
    17,
  );
  b.layout = `Hojas "Avance físico" (encabezado 5-6, trimestres de 3 columnas Programado/Ejecutado/% con IF(prog=0,""..), totales O/P = C+F+I+L y D+G+J+M, productos = SUM de subproductos) y "Avance financiero" (5 productos, B vigente escrito = suma programada, % con IFERROR, TOTAL fila ${r} con SUM).`;
}

// ============================================================ 05 PEI matriz de indicadores
function w05() {
  seed(505);
  const b = book(
    '05-muni-xela-pei-matriz-indicadores-2025-2029.xlsx',
    '5. PEI: línea base (año, valor), metas 2025..2029 absolutas y relativas (=abs/universo), % de cambio',
    '',
  );
  const ws = b.wb.addWorksheet('Indicadores PEI');
  const S = ws.name;
  widths(ws, [34, 40, 13, 12, 8, 11, 9, ...Array(10).fill([11, 9]).flat().slice(0, 10), 12]);
  title(ws, 1, 'MUNICIPALIDAD DE QUETZALTENANGO', 1, 18, { size: 12 });
  title(ws, 2, 'PLAN ESTRATÉGICO INSTITUCIONAL -PEI- 2025-2029', 1, 18);
  title(ws, 3, 'Matriz de indicadores de resultado: línea base y metas anuales (datos absolutos y relativos)', 1, 18, {
    bold: false,
  });
  const ys = [2025, 2026, 2027, 2028, 2029];
  header2(ws, 5, 1, [
    'Resultado estratégico institucional',
    'Indicador',
    'Unidad de medida',
    'Universo de referencia',
    { label: 'Línea base', sub: ['Año', 'Absoluto', 'Relativo'] },
    ...ys.map((y) => ({ label: `Meta ${y}`, sub: ['Absoluto', 'Relativo'] })),
    'Cambio 2029 vs. línea base (%)',
  ]);
  const res = [
    [
      'Para el año 2029 se ha incrementado la cobertura de agua apta para consumo humano en los hogares del municipio',
      [
        [
          'Hogares con servicio de agua apta para consumo humano',
          'Familia',
          46800,
          2023,
          33250,
          [34300, 35600, 36900, 38200, 39500],
        ],
        [
          'Hogares con servicio de drenaje sanitario conectado a la red municipal',
          'Familia',
          46800,
          2023,
          28950,
          [29500, 30200, 30900, 31700, 32500],
        ],
      ],
    ],
    [
      'Para el año 2029 se ha reducido la cantidad de desechos sólidos dispuestos a cielo abierto',
      [
        [
          'Toneladas de desechos sólidos con disposición final adecuada',
          'Tonelada',
          96000,
          2024,
          52800,
          [55700, 59500, 63400, 67200, 71000],
        ],
        ['Comunidades con servicio de recolección de desechos', 'Comunidad', 94, 2024, 51, [54, 58, 62, 66, 70]],
      ],
    ],
    [
      'Para el año 2029 se ha mejorado la movilidad urbana y la red vial del municipio',
      [
        ['Kilómetros de red vial municipal en buen estado', 'Kilómetro', 412, 2023, 238, [246, 255, 264, 274, 284]],
        [
          'Personas fallecidas en hechos de tránsito en el área urbana',
          'Persona',
          180000,
          2023,
          41,
          [39, 37, 35, 33, 30],
        ],
      ],
    ],
    [
      'Para el año 2029 se ha incrementado la participación ciudadana en la gestión municipal',
      [
        [
          'Consejos Comunitarios de Desarrollo -COCODE- activos e inscritos',
          'Entidad',
          142,
          2024,
          97,
          [104, 111, 118, 125, 132],
        ],
        [
          'Personas que participan en procesos de auditoría social',
          'Persona',
          180000,
          2024,
          1850,
          [2100, 2400, 2700, 3000, 3300],
        ],
        [
          'Mujeres capacitadas por la Dirección Municipal de la Mujer',
          'Persona',
          92000,
          2024,
          2650,
          [2900, 3150, 3400, 3650, 3900],
        ],
      ],
    ],
  ];
  let r = 7;
  const fm = [null, null, null, FMT.int, '0', FMT.int, FMT.pct, ...Array(5).fill([FMT.int, FMT.pct]).flat(), FMT.pct];
  for (const [stmt, inds] of res) {
    const r0 = r;
    for (const [ind, unit, univ, lby, lbv, metas] of inds) {
      const vals = [stmt, ind, unit, univ, lby, lbv, F(`F${r}/D${r}`)];
      metas.forEach((m, k) => {
        const ac = col(8 + 2 * k);
        vals.push(m, F(`${ac}${r}/$D${r}`));
      });
      vals.push(F(`(P${r}-F${r})/F${r}`));
      put(ws, r, 1, vals, fm);
      b.exp(S, `R${r}`, (metas[4] - lbv) / lbv);
      b.exp(S, `Q${r}`, metas[4] / univ);
      r++;
    }
    if (inds.length > 1) ws.mergeCells(r0, 1, r - 1, 1);
    ws.getCell(r0, 1).alignment = { vertical: 'middle', wrapText: true };
  }
  note(
    ws,
    r + 1,
    'Notas: Relativo = dato absoluto / universo de referencia (hogares: proyección INE 2025; población: proyección INE del municipio). Cambio = (meta 2029 − línea base) / línea base.',
    1,
    18,
  );
  note(
    ws,
    r + 2,
    'Los indicadores de hechos de tránsito tienen tendencia decreciente (un cambio negativo es el resultado esperado). Fuentes: Empagua-Xela, DMP, PMT, Registro de COCODE.',
    1,
    18,
  );
  ws.views = [{ state: 'frozen', ySplit: 6, xSplit: 2 }];
  b.layout =
    'Hoja "Indicadores PEI": encabezado 5-6 (Línea base: Año/Absoluto/Relativo; Meta 2025..2029: Absoluto/Relativo), resultados en celdas combinadas en A; G =F/D, relativos =abs/$D, R =(P-F)/F (cambio 2029 vs LB); sin totales (indicadores no sumables).';
}

// ============================================================ 06 Varias hojas por dirección + Resumen
function w06() {
  seed(606);
  const b = book(
    '06-muni-coban-insumos-por-direccion-resumen.xlsx',
    '6. Multi-hoja: hojas de detalle por dirección y "Resumen" con referencias a sus totales (y SUMPRODUCT por grupo de gasto)',
    '',
  );
  const inst = 'MUNICIPALIDAD DE COBÁN, ALTA VERAPAZ';
  const catalog = {
    111: ['Energía eléctrica', 'Servicio', 2500, 4800],
    113: ['Telefonía', 'Servicio', 900, 1800],
    121: ['Divulgación e información', 'Servicio', 3000, 9000],
    122: ['Impresión, encuadernación y reproducción', 'Servicio', 1500, 6000],
    133: ['Viáticos en el interior', 'Servicio', 400, 1200],
    142: ['Fletes', 'Servicio', 600, 2500],
    165: ['Mantenimiento y reparación de medios de transporte', 'Servicio', 1200, 5500],
    189: ['Otros estudios y/o servicios', 'Servicio', 8000, 25000],
    211: ['Alimentos para personas', 'Ración', 28, 45],
    233: ['Prendas de vestir', 'Unidad', 85, 240],
    241: ['Papel de escritorio', 'Resma', 38, 48],
    243: ['Productos de papel o cartón', 'Caja', 55, 140],
    262: ['Combustibles y lubricantes', 'Galón', 27.5, 34.9],
    267: ['Tintes, pinturas y colorantes', 'Galón', 180, 420],
    268: ['Productos plásticos, nylon, vinil y P.V.C.', 'Unidad', 12, 95],
    281: ['Productos siderúrgicos', 'Quintal', 340, 410],
    283: ['Productos de metal', 'Unidad', 45, 180],
    291: ['Útiles de oficina', 'Caja', 35, 120],
    292: ['Productos sanitarios, de limpieza y de uso personal', 'Unidad', 15, 85],
    298: ['Accesorios y repuestos en general', 'Unidad', 150, 900],
    322: ['Mobiliario y equipo de oficina', 'Unidad', 850, 3800],
    328: ['Equipo de cómputo', 'Unidad', 4200, 9800],
    329: ['Otras maquinarias y equipos', 'Unidad', 1200, 6500],
  };
  const units = [
    {
      sheet: 'DMP',
      name: 'Dirección Municipal de Planificación',
      rens: ['111', '122', '133', '189', '211', '241', '243', '262', '291', '322', '328', '328', '329'],
    },
    {
      sheet: 'DAFIM',
      name: 'Dirección de Administración Financiera Integrada Municipal',
      rens: [
        '111',
        '113',
        '121',
        '122',
        '133',
        '142',
        '211',
        '241',
        '241',
        '243',
        '262',
        '291',
        '292',
        '298',
        '322',
        '322',
        '328',
      ],
    },
    {
      sheet: 'Servicios Públicos',
      name: 'Dirección de Servicios Públicos Municipales',
      rens: [
        '111',
        '142',
        '165',
        '165',
        '211',
        '233',
        '262',
        '262',
        '267',
        '268',
        '281',
        '283',
        '291',
        '292',
        '298',
        '298',
        '329',
        '329',
        '233',
        '268',
        '283',
      ],
    },
  ];
  const res = [];
  for (const un of units) {
    const ws = b.wb.addWorksheet(un.sheet);
    widths(ws, [9, 52, 11, 10, 14, 15, 10]);
    title(ws, 1, inst, 1, 7, { size: 12 });
    title(ws, 2, `PROGRAMACIÓN DE INSUMOS 2026 — ${un.name.toUpperCase()}`, 1, 7);
    title(ws, 3, 'Anteproyecto de presupuesto (base para el Plan Anual de Compras -PACC-)', 1, 7, { bold: false });
    header2(ws, 5, 1, [
      'Renglón',
      'Descripción del insumo o servicio',
      'Unidad',
      'Cantidad',
      { label: 'Costo (Q)', sub: ['Precio unitario', 'Subtotal'] },
      'Fuente',
    ]);
    let r = 7;
    const first = r;
    const grp = { 1: 0, 2: 0, 3: 0 };
    let tot = 0;
    un.rens.sort();
    for (const ren of un.rens) {
      const [desc, unit, lo, hi] = catalog[ren];
      const qty =
        unit === 'Servicio'
          ? 12
          : unit === 'Galón'
            ? ri(40, 220) * 10
            : unit === 'Ración'
              ? ri(20, 90) * 10
              : ri(2, 60);
      const price = Math.round(u(lo, hi) * 100); // centavos
      const st = qty * price;
      put(
        ws,
        r,
        1,
        [ren, desc, unit, qty, Q(price), F(`ROUND(D${r}*E${r},2)`), pick(['22', '22', '31', '31', '21'])],
        [null, null, null, FMT.int, FMT.money, FMT.money, null],
      );
      grp[ren[0]] += st;
      tot += st;
      r++;
    }
    const last = r - 1;
    put(
      ws,
      r,
      1,
      [null, 'TOTAL', null, null, null, F(`SUM(F${first}:F${last})`), null],
      [null, null, null, null, null, FMT.money, null],
      { bold: true, fill: FILL_T },
    );
    b.exp(un.sheet, `F${r}`, Q(tot));
    note(
      ws,
      r + 2,
      'Precios de referencia según cotizaciones y compras del ejercicio anterior (Guatecompras). Fuente 21 = IVA-PAZ, 22 = aporte constitucional, 31 = ingresos propios.',
      1,
      7,
    );
    ws.views = [{ state: 'frozen', ySplit: 6 }];
    res.push({ ...un, first, last, totRow: r, grp, tot });
  }
  const rs = b.wb.addWorksheet('Resumen');
  widths(rs, [52, 16, 16, 16, 16, 16, 12, 11]);
  title(rs, 1, inst, 1, 8, { size: 12 });
  title(rs, 2, 'RESUMEN DE LA PROGRAMACIÓN DE INSUMOS 2026 POR DIRECCIÓN Y GRUPO DE GASTO', 1, 8);
  header2(rs, 4, 1, [
    'Dirección',
    {
      label: 'Grupo de gasto (Q)',
      sub: ['100 Servicios no personales', '200 Materiales y suministros', '300 Propiedad, planta y equipo'],
    },
    'Total',
    'Total según hoja de la dirección',
    'Diferencia',
    '% del total',
  ]);
  let r = 6;
  const totR = 6 + res.length;
  const g = { 1: 0, 2: 0, 3: 0 };
  for (const x of res) {
    const sh = q(x.sheet);
    const sp = (d) =>
      F(`SUMPRODUCT((LEFT(${sh}!$A$${x.first}:$A$${x.last},1)="${d}")*${sh}!$F$${x.first}:$F$${x.last})`);
    put(
      rs,
      r,
      1,
      [
        x.name,
        sp('1'),
        sp('2'),
        sp('3'),
        F(`SUM(B${r}:D${r})`),
        F(`${sh}!F${x.totRow}`),
        F(`E${r}-F${r}`),
        F(`E${r}/$E$${totR}`),
      ],
      [null, FMT.money, FMT.money, FMT.money, FMT.money, FMT.money, FMT.acct, FMT.pct],
    );
    b.exp('Resumen', `B${r}`, Q(x.grp['1']));
    b.exp('Resumen', `C${r}`, Q(x.grp['2']));
    b.exp('Resumen', `D${r}`, Q(x.grp['3']));
    b.exp('Resumen', `E${r}`, Q(x.tot));
    b.exp('Resumen', `G${r}`, 0);
    for (const k of '123') g[k] += x.grp[k];
    r++;
  }
  const tv = ['TOTAL'];
  for (let c = 2; c <= 8; c++) tv.push(F(`SUM(${col(c)}6:${col(c)}${totR - 1})`));
  put(rs, totR, 1, tv, [null, FMT.money, FMT.money, FMT.money, FMT.money, FMT.money, FMT.acct, FMT.pct], {
    bold: true,
    fill: FILL_T,
  });
  b.exp('Resumen', `E${totR}`, Q(g['1'] + g['2'] + g['3']));
  b.exp('Resumen', `H${totR}`, 1);
  note(
    rs,
    totR + 2,
    'Los montos por grupo se calculan a partir del primer dígito del renglón en cada hoja de detalle. La columna Diferencia debe ser cero.',
    1,
    8,
  );
  b.layout = `Hojas "DMP", "DAFIM", "Servicios Públicos" (detalle: F =ROUND(D*E,2), fila TOTAL =SUM(F); filas ${res.map((x) => x.sheet + ':' + x.totRow).join(', ')}) y "Resumen" (B:D =SUMPRODUCT((LEFT('Hoja'!A,1)="1")*F) por grupo, E =SUM(B:D), F ='Hoja'!F<total>, G =E-F, H =E/$E$${totR}; TOTAL fila ${totR}).`;
}

// ============================================================ 07 Acumulados y participación
function w07() {
  seed(707);
  const b = book(
    '07-muni-antigua-ingresos-propios-y-aporte-constitucional.xlsx',
    '7. Totales acumulados (=anterior + actual) y participación (=valor/$total$)',
    '',
  );
  const inst = 'MUNICIPALIDAD DE LA ANTIGUA GUATEMALA, SACATEPÉQUEZ';
  const ws = b.wb.addWorksheet('Ingresos mensuales');
  widths(ws, [14, 16, 16, 12, 12, 16, 16]);
  title(ws, 1, inst, 1, 7, { size: 12 });
  title(ws, 2, 'DAFIM — INGRESOS PROPIOS PERCIBIDOS, EJERCICIO FISCAL 2025', 1, 7);
  title(ws, 3, 'Cifras en quetzales, según registros de SICOIN GL', 1, 7, { bold: false });
  header2(ws, 5, 1, [
    'Mes',
    { label: 'Percibido', sub: ['Del mes', 'Acumulado'] },
    { label: 'Participación', sub: ['% del año', '% acumulado'] },
    { label: 'Comparación con 2024', sub: ['Percibido 2024', 'Variación'] },
  ]);
  let r = 7;
  const first = 7;
  const totR = first + 12;
  let acc = 0;
  const mv = [];
  const seasonal = [1.45, 1.05, 1.0, 0.9, 0.85, 0.88, 0.95, 0.9, 0.88, 0.92, 0.95, 1.2];
  let tot = 0,
    tot24 = 0;
  for (let k = 0; k < 12; k++) {
    const m = Math.round(4.1e6 * seasonal[k] * u(0.93, 1.07) * 100);
    const m24 = Math.round(m * u(0.86, 0.98));
    mv.push(m);
    tot += m;
    tot24 += m24;
    put(
      ws,
      r,
      1,
      [
        MES[k],
        Q(m),
        k === 0 ? F(`B${r}`) : F(`C${r - 1}+B${r}`),
        F(`B${r}/$B$${totR}`),
        F(`C${r}/$B$${totR}`),
        Q(m24),
        F(`B${r}-F${r}`),
      ],
      [null, FMT.money, FMT.money, FMT.pct, FMT.pct, FMT.money, FMT.money],
    );
    acc += m;
    b.exp(ws.name, `C${r}`, Q(acc));
    r++;
  }
  put(
    ws,
    totR,
    1,
    [
      'TOTAL',
      F(`SUM(B${first}:B${totR - 1})`),
      null,
      F(`SUM(D${first}:D${totR - 1})`),
      null,
      F(`SUM(F${first}:F${totR - 1})`),
      F(`SUM(G${first}:G${totR - 1})`),
    ],
    [null, FMT.money, null, FMT.pct, null, FMT.money, FMT.money],
    { bold: true, fill: FILL_T },
  );
  b.exp(ws.name, `B${totR}`, Q(tot));
  b.exp(ws.name, `C${totR - 1}`, Q(tot));
  b.exp(ws.name, `E${totR - 1}`, 1);
  b.exp(ws.name, `D${totR}`, 1);
  b.exp(ws.name, `G${totR}`, Q(tot - tot24));
  note(
    ws,
    totR + 2,
    'Nota: el acumulado de diciembre es igual al total anual. En enero se concentra el pago del IUSI anual con descuento por pronto pago.',
    1,
    7,
  );

  const rs = b.wb.addWorksheet('Por rubro');
  widths(rs, [12, 58, 16, 12, 12, 9]);
  title(rs, 1, inst, 1, 6, { size: 12 });
  title(rs, 2, 'INGRESOS PROPIOS 2025 POR RUBRO', 1, 6);
  header1(rs, 4, 1, ['Rubro', 'Concepto', 'Percibido (Q)', 'Participación', '% acumulado', 'Posición']);
  const shares = [
    ['11.1.2.3', 'Impuesto Único Sobre Inmuebles -IUSI-', 0.27],
    ['13.1.2.5', 'Tasa por servicio de agua potable', 0.16],
    ['13.1.3.4', 'Arbitrio de ornato municipal (boleto de ornato)', 0.04],
    ['13.1.2.2', 'Tasa por extracción de basura', 0.09],
    ['14.1.4.1', 'Arrendamiento de locales en mercados municipales', 0.11],
    ['13.1.2.9', 'Licencias de construcción', 0.08],
    ['13.1.2.7', 'Rastro municipal', 0.02],
    ['13.1.3.1', 'Parqueos municipales', 0.07],
    ['13.1.2.6', 'Cementerio general', 0.03],
    ['13.1.5.1', 'Multas administrativas', 0.04],
    ['13.1.9.9', 'Otros ingresos por tasas y arbitrios', 0.09],
  ];
  // reparte el total anual por rubros; el último absorbe la diferencia de centavos
  const amounts = shares.map(([, , s]) => Math.round(tot * s * u(0.97, 1.03)));
  amounts[amounts.length - 1] = tot - sum(amounts.slice(0, -1));
  const order = amounts.map((a, i) => [a, i]).sort((x, y) => y[0] - x[0]);
  r = 5;
  const f2 = 5;
  const t2 = f2 + shares.length;
  let acc2 = 0;
  order.forEach(([amt, i], k) => {
    put(
      rs,
      r,
      1,
      [
        shares[i][0],
        shares[i][1],
        Q(amt),
        F(`C${r}/$C$${t2}`),
        k === 0 ? F(`D${r}`) : F(`E${r - 1}+D${r}`),
        F(`RANK(C${r},$C$${f2}:$C$${t2 - 1})`),
      ],
      [null, null, FMT.money, FMT.pct, FMT.pct, '0'],
    );
    acc2 += amt;
    b.exp(rs.name, `E${r}`, acc2 / tot);
    b.exp(rs.name, `F${r}`, k + 1);
    r++;
  });
  put(
    rs,
    t2,
    1,
    [null, 'TOTAL', F(`SUM(C${f2}:C${t2 - 1})`), F(`SUM(D${f2}:D${t2 - 1})`), null, null],
    [null, null, FMT.money, FMT.pct],
    { bold: true, fill: FILL_T },
  );
  b.exp(rs.name, `C${t2}`, Q(tot));
  b.exp(rs.name, `D${t2}`, 1);
  put(
    rs,
    t2 + 2,
    2,
    ['Total según hoja "Ingresos mensuales"', F(`${q('Ingresos mensuales')}!B${totR}`)],
    [null, FMT.money],
  );
  put(rs, t2 + 3, 2, ['Diferencia', F(`C${t2}-C${t2 + 2}`)], [null, FMT.acct]);
  b.exp(rs.name, `C${t2 + 3}`, 0);
  note(
    rs,
    t2 + 5,
    'Rubros ordenados de mayor a menor; clasificador de recursos por rubros del Manual de Clasificaciones Presupuestarias para el Sector Público de Guatemala.',
    1,
    6,
  );
  b.layout = `Hojas "Ingresos mensuales" (B mes, C acumulado =C(ant)+B, D =B/$B$${totR}, E =C/$B$${totR}, G =B-F; TOTAL fila ${totR}) y "Por rubro" (C monto, D =C/$C$${t2}, E % acumulado, F RANK; TOTAL fila ${t2}; control C${t2 + 2} ='Ingresos mensuales'!B${totR} y diferencia C${t2 + 3}).`;
  w15(b);
}

// ============================================================ 08 Presupuesto por fuente (tabla cruzada)
function w08() {
  seed(808);
  const b = book(
    '08-muni-huehue-presupuesto-programa-fuente.xlsx',
    '8. Tabla cruzada programa × fuente de financiamiento (21, 22, 29, 31, 32, 61) con totales de fila y de columna; celdas vacías donde no hay asignación',
    '',
  );
  const ws = b.wb.addWorksheet('Programa x fuente');
  const S = ws.name;
  widths(ws, [10, 44, 15, 15, 15, 15, 15, 15, 16, 10]);
  title(ws, 1, 'MUNICIPALIDAD DE HUEHUETENANGO, DEPARTAMENTO DE HUEHUETENANGO', 1, 10, { size: 12 });
  title(ws, 2, 'PRESUPUESTO DE EGRESOS 2026 POR PROGRAMA Y FUENTE DE FINANCIAMIENTO', 1, 10);
  title(ws, 3, 'Aprobado por el Concejo Municipal — cifras en quetzales', 1, 10, { bold: false });
  const fuentes = [
    ['21', 'IVA-PAZ'],
    ['22', 'Aporte constitucional'],
    ['29', 'Otros recursos del tesoro con afectación específica'],
    ['31', 'Ingresos propios'],
    ['32', 'Disminución de caja y bancos de ingresos propios'],
    ['61', 'Donaciones externas'],
  ];
  header2(ws, 5, 1, [
    'Programa',
    'Descripción',
    { label: 'Fuente de financiamiento', sub: fuentes.map(([c, n]) => `${c} ${n}`) },
    'Total',
    '% del total',
  ]);
  ws.getRow(6).height = 45;
  const progs = [
    ['01', 'Actividades centrales', [0, 1, 0, 1, 1, 0], [0, 1.6e6, 0, 1.85e7, 1.2e6, 0]],
    ['11', 'Servicios de agua potable y saneamiento', [1, 1, 0, 1, 0, 1], [6.5e6, 5.2e6, 0, 4.8e6, 0, 1.75e6]],
    ['12', 'Red vial y transporte', [1, 1, 1, 0, 0, 0], [8.2e6, 6.9e6, 2.4e6, 0, 0, 0]],
    ['13', 'Educación', [1, 1, 0, 0, 0, 0], [1.9e6, 2.6e6, 0, 0, 0, 0]],
    ['14', 'Salud y asistencia social', [1, 1, 0, 1, 0, 0], [1.4e6, 1.1e6, 0, 3.5e5, 0, 0]],
    ['15', 'Desarrollo económico local', [0, 1, 0, 1, 0, 1], [0, 9.5e5, 0, 6.2e5, 0, 8.6e5]],
    ['16', 'Gestión ambiental y de desechos sólidos', [1, 1, 1, 1, 0, 0], [2.3e6, 1.8e6, 4.5e5, 2.95e6, 0, 0]],
    ['94', 'Atención por desastres naturales y calamidades públicas', [0, 1, 0, 0, 0, 0], [0, 7.5e5, 0, 0, 0, 0]],
    ['99', 'Partidas no asignables a programas', [0, 0, 0, 1, 0, 0], [0, 0, 0, 1.45e6, 0, 0]],
  ];
  let r = 7;
  const first = 7;
  const totR = first + progs.length;
  const colT = Array(6).fill(0);
  let grand = 0;
  for (const [code, name, mask, approx] of progs) {
    const v = mask.map((m, k) =>
      m ? rstep(approx[k] * 0.9, approx[k] * 1.1, 100) * 100 + (k === 3 ? ri(0, 99) * 100 + ri(0, 99) : 0) : null,
    );
    const rt = sum(v.map((x) => x || 0));
    put(
      ws,
      r,
      1,
      [code, name, ...v.map((x) => (x === null ? null : Q(x))), F(`SUM(C${r}:H${r})`), F(`I${r}/$I$${totR}`)],
      [null, null, ...Array(7).fill(FMT.money), FMT.pct],
    );
    v.forEach((x, k) => {
      colT[k] += x || 0;
    });
    grand += rt;
    b.exp(S, `I${r}`, Q(rt));
    r++;
  }
  const tv = [null, 'TOTAL'];
  for (let c = 3; c <= 10; c++) tv.push(F(`SUM(${col(c)}${first}:${col(c)}${totR - 1})`));
  put(ws, totR, 1, tv, [null, null, ...Array(7).fill(FMT.money), FMT.pct], { bold: true, fill: FILL_T });
  colT.forEach((x, k) => b.exp(S, A(3 + k, totR), Q(x)));
  b.exp(S, `I${totR}`, Q(grand));
  b.exp(S, `J${totR}`, 1);
  const pr = totR + 1;
  const pv = [null, '% por fuente'];
  for (let c = 3; c <= 9; c++) pv.push(F(`${col(c)}${totR}/$I$${totR}`));
  put(ws, pr, 1, pv, [null, null, ...Array(7).fill(FMT.pct)], { fill: FILL_T });
  b.exp(S, `I${pr}`, 1);
  b.exp(S, `D${pr}`, colT[1] / grand);
  // control del aporte constitucional (fuente 22): 90 % inversión / 10 % funcionamiento
  const c0 = pr + 3;
  title(ws, c0, 'Control de la fuente 22 (aporte constitucional)', 1, 4, { align: 'left' });
  put(ws, c0 + 1, 2, ['Total fuente 22', F(`D${totR}`)], [null, FMT.money]);
  put(ws, c0 + 2, 2, ['Funcionamiento (programa 01)', F(`D${first}`)], [null, FMT.money]);
  put(ws, c0 + 3, 2, ['% destinado a funcionamiento', F(`C${c0 + 2}/C${c0 + 1}`)], [null, FMT.pct]);
  put(ws, c0 + 4, 2, ['Límite legal (Código Municipal, art. 119)', 0.1], [null, FMT.pct]);
  put(ws, c0 + 5, 2, ['¿Cumple?', F(`IF(C${c0 + 3}<=C${c0 + 4},"Sí","No")`)], [null, null]);
  b.exp(S, `C${c0 + 5}`, 'Sí');
  note(
    ws,
    c0 + 7,
    'Celdas vacías: el programa no tiene asignación en esa fuente. Fuente 32 = saldo de caja de ingresos propios del ejercicio anterior.',
    1,
    10,
  );
  ws.views = [{ state: 'frozen', ySplit: 6, xSplit: 2 }];
  b.layout = `Hoja "Programa x fuente": encabezado 5-6 (Fuente de financiamiento combinada sobre 6 columnas), 9 programas (filas ${first}-${totR - 1}) con celdas vacías, I =SUM(C:H), J =I/$I$${totR}; TOTAL fila ${totR}; fila ${pr} % por fuente; bloque de control de la fuente 22 (filas ${c0}-${c0 + 5}).`;
}

// ============================================================ 09 Aprobado vs vigente (SUBTOTAL anidados)
function w09() {
  seed(909);
  const b = book(
    '09-sosep-aprobado-vs-vigente-2025.xlsx',
    '9. Aprobado vs vigente por programa y grupo de gasto: Variación =vigente-aprobado; subtotales y total general con SUBTOTAL(9,...) sobre todo el rango',
    '',
  );
  const ws = b.wb.addWorksheet('Aprobado vs vigente');
  const S = ws.name;
  widths(ws, [10, 8, 44, 17, 17, 16, 11, 40]);
  title(ws, 1, 'SECRETARÍA DE OBRAS SOCIALES DE LA ESPOSA DEL PRESIDENTE -SOSEP-', 1, 8, { size: 12 });
  title(ws, 2, 'PRESUPUESTO APROBADO Y VIGENTE POR PROGRAMA Y GRUPO DE GASTO', 1, 8);
  title(ws, 3, 'Ejercicio fiscal 2025 — situación al 31 de agosto de 2025 — cifras en quetzales', 1, 8, {
    bold: false,
  });
  header2(ws, 5, 1, [
    'Programa',
    'Grupo',
    'Descripción',
    { label: 'Presupuesto', sub: ['Aprobado', 'Vigente'] },
    { label: 'Variación', sub: ['Absoluta', '%'] },
    'Observaciones',
  ]);
  const G = {
    '000': 'Servicios personales',
    100: 'Servicios no personales',
    200: 'Materiales y suministros',
    300: 'Propiedad, planta y equipo e intangibles',
    400: 'Transferencias corrientes',
    900: 'Asignaciones globales',
  };
  const progs = [
    [
      '01',
      'ACTIVIDADES CENTRALES',
      [
        ['000', 21.5e6],
        ['100', 6.8e6],
        ['200', 2.1e6],
        ['300', 9e5],
        ['400', 3.5e5],
      ],
    ],
    [
      '11',
      'ATENCIÓN INTEGRAL A LA PRIMERA INFANCIA (HOGARES COMUNITARIOS)',
      [
        ['000', 14.2e6],
        ['100', 3.9e6],
        ['200', 28.5e6],
        ['300', 0],
        ['400', 41e6],
      ],
    ],
    [
      '12',
      'DESARROLLO INTEGRAL DE LA MUJER EN EL ÁREA RURAL',
      [
        ['000', 6.3e6],
        ['100', 1.7e6],
        ['200', 2.4e6],
        ['400', 5.6e6],
      ],
    ],
    [
      '13',
      'ATENCIÓN AL ADULTO MAYOR (MIS AÑOS DORADOS)',
      [
        ['000', 4.9e6],
        ['100', 1.2e6],
        ['200', 3.8e6],
        ['300', 2.5e5],
      ],
    ],
    [
      '99',
      'PARTIDAS NO ASIGNABLES A PROGRAMAS',
      [
        ['400', 1.5e6],
        ['900', 3e5],
      ],
    ],
  ];
  const obs = {
    up: [
      'Ampliación presupuestaria, Acuerdo Gubernativo 112-2025',
      'Transferencia INTRA 07-2025 desde grupo 000',
      'Ampliación por donación (fuente 61)',
    ],
    down: [
      'Transferencia INTRA 07-2025 hacia grupo 200',
      'Disminución por ajuste de cuota, Resolución 45-2025',
      'Transferencia INTER hacia MIDES',
    ],
  };
  let r = 7;
  const startAll = r;
  const subRows = [];
  let ta = 0,
    tv = 0;
  const fm = [null, null, null, FMT.money, FMT.money, FMT.acct, FMT.pct1, null];
  for (const [code, name, rows] of progs) {
    put(ws, r, 1, [code, null, name, null, null, null, null, null], [], { bold: true, fill: FILL_T });
    r++;
    const first = r;
    let pa = 0,
      pv = 0;
    for (const [grp, approx] of rows) {
      const apr = approx === 0 ? 0 : rstep(approx * 0.95, approx * 1.05, 100) * 100;
      let vig = apr,
        o = null;
      if (approx === 0) {
        vig = 185000 * 100;
        o = 'Asignación nueva por transferencia INTRA 09-2025 (mobiliario para centros)';
      } else if (random() < 0.45) {
        const dir = random() < 0.6 ? 1 : -1;
        vig = apr + (dir * rstep(apr * 0.02, apr * 0.12, 1000) * 100) / 100;
        vig = Math.round(vig / 100) * 100;
        o = pick(dir > 0 ? obs.up : obs.down);
      }
      put(ws, r, 1, [code, grp, G[grp], Q(apr), Q(vig), F(`E${r}-D${r}`), F(`IF(D${r}=0,"",F${r}/D${r})`), o], fm);
      if (apr === 0) b.exp(S, `G${r}`, '');
      b.exp(S, `F${r}`, Q(vig - apr));
      pa += apr;
      pv += vig;
      r++;
    }
    const last = r - 1;
    put(
      ws,
      r,
      1,
      [
        null,
        null,
        `Subtotal programa ${code}`,
        F(`SUBTOTAL(9,D${first}:D${last})`),
        F(`SUBTOTAL(9,E${first}:E${last})`),
        F(`SUBTOTAL(9,F${first}:F${last})`),
        F(`IF(D${r}=0,"",F${r}/D${r})`),
        null,
      ],
      fm,
      { bold: true },
    );
    b.exp(S, `D${r}`, Q(pa));
    b.exp(S, `E${r}`, Q(pv));
    b.exp(S, `F${r}`, Q(pv - pa));
    subRows.push(r);
    ta += pa;
    tv += pv;
    r += 2;
  }
  const endAll = r - 2;
  put(
    ws,
    r,
    1,
    [
      null,
      null,
      'TOTAL GENERAL',
      F(`SUBTOTAL(9,D${startAll}:D${endAll})`),
      F(`SUBTOTAL(9,E${startAll}:E${endAll})`),
      F(`SUBTOTAL(9,F${startAll}:F${endAll})`),
      F(`IF(D${r}=0,"",F${r}/D${r})`),
      null,
    ],
    fm,
    { bold: true, fill: FILL_T },
  );
  b.exp(S, `D${r}`, Q(ta));
  b.exp(S, `E${r}`, Q(tv));
  b.exp(S, `F${r}`, Q(tv - ta));
  b.exp(S, `G${r}`, (tv - ta) / ta);
  note(
    ws,
    r + 2,
    'Notas: Variación = vigente − aprobado; % = variación / aprobado (vacío cuando no hubo asignación aprobada). El total general usa SUBTOTAL(9, …) sobre todo el cuadro, por lo que no suma dos veces los subtotales.',
    1,
    8,
  );
  note(
    ws,
    r + 3,
    'Presupuesto aprobado según Decreto 36-2024 del Congreso de la República; vigente según SICOIN (reporte R00815413).',
    1,
    8,
  );
  ws.views = [{ state: 'frozen', ySplit: 6 }];
  b.layout = `Hoja "Aprobado vs vigente": encabezado 5-6, 5 programas con fila de título, filas por grupo de gasto (texto "000","100"...), vigente escrito (difiere en varias filas, una fila con aprobado 0), F =E-D, G =IF(D=0,"",F/D); "Subtotal programa" =SUBTOTAL(9,bloque) filas ${subRows.join(',')}; TOTAL GENERAL fila ${r} =SUBTOTAL(9,D${startAll}:D${endAll}) (abarca los subtotales, que SUBTOTAL ignora).`;
}

// ============================================================ 10 Proyectos de inversión SNIP
function w10() {
  seed(1010);
  const b = book(
    '10-codede-huehue-proyectos-snip-2025.xlsx',
    '10. Cartera de proyectos SNIP con subtotal por municipio EN LA FILA DEL MUNICIPIO (encima del detalle), total general y cuadro SUMIF/COUNTIF de control',
    '',
  );
  const ws = b.wb.addWorksheet('Proyectos 2025');
  const S = ws.name;
  widths(ws, [6, 10, 64, 24, 17, 17, 11, 16]);
  title(ws, 1, 'CONSEJO DEPARTAMENTAL DE DESARROLLO DE HUEHUETENANGO -CODEDE-', 1, 8, { size: 12 });
  title(
    ws,
    2,
    'LISTADO DE PROYECTOS DE INVERSIÓN PÚBLICA, EJERCICIO FISCAL 2025 (APORTE A CONSEJOS DE DESARROLLO)',
    1,
    8,
  );
  title(ws, 3, 'Avance financiero al 30 de noviembre de 2025 — registros del SNIP y SICOIN', 1, 8, { bold: false });
  header2(ws, 5, 1, [
    'No.',
    'Código SNIP',
    'Nombre del proyecto',
    'Municipio',
    { label: 'Monto (Q)', sub: ['Aprobado', 'Ejecutado'] },
    '% de ejecución',
    'Estado',
  ]);
  const muni = {
    Chiantla: ['aldea Chichim', 'caserío Las Manzanas', 'aldea Climentoro', 'cantón Buena Vista', 'aldea Tuiwitz'],
    Aguacatán: ['aldea Pichiquil', 'cantón Río San Juan', 'caserío Chex', 'aldea Llano Coyegual'],
    Cuilco: ['aldea Chiquihuil', 'caserío El Rodeo', 'aldea Ixmulej'],
    'Santa Cruz Barillas': [
      'aldea Yulaurel',
      'caserío Nuevo Amanecer',
      'aldea Santa Rosa',
      'microrregión II',
      'aldea Quetzal',
    ],
    Jacaltenango: ['aldea Buxup', 'caserío Witzobal', 'barrio San Sebastián'],
    'Todos Santos Cuchumatán': ['aldea Tuichoj', 'caserío Los Ramírez', 'aldea El Rancho', 'cantón Twimiche'],
    Soloma: ['aldea Ixquiac', 'caserío Poza', 'aldea Pueblo Viejo'],
  };
  const kinds = [
    ['Mejoramiento calle', 1.1e6, 2.9e6],
    ['Construcción sistema de agua potable', 0.9e6, 2.4e6],
    ['Ampliación escuela primaria', 0.6e6, 1.3e6],
    ['Construcción puente vehicular', 1.6e6, 3.2e6],
    ['Mejoramiento camino rural', 1.0e6, 2.6e6],
    ['Construcción sistema de alcantarillado sanitario', 1.3e6, 2.8e6],
    ['Construcción centro comunitario', 0.45e6, 0.9e6],
  ];
  let r = 7;
  let no = 1;
  const hdrRows = [];
  let gA = 0,
    gE = 0;
  const fm = [null, '0', null, null, FMT.money, FMT.money, FMT.pct1, null];
  const perMuni = [];
  const allFirst = r;
  for (const [m, places] of Object.entries(muni)) {
    const hr = r;
    hdrRows.push(hr);
    const f1 = hr + 1,
      l1 = hr + places.length;
    put(
      ws,
      hr,
      1,
      [
        null,
        null,
        `MUNICIPIO DE ${m.toUpperCase()}`,
        null,
        F(`SUM(E${f1}:E${l1})`),
        F(`SUM(F${f1}:F${l1})`),
        F(`IF(E${hr}=0,0,F${hr}/E${hr})`),
        null,
      ],
      fm,
      { bold: true, fill: FILL_T },
    );
    r++;
    let sA = 0,
      sE = 0;
    for (const pl of places) {
      const [k, lo, hi] = pick(kinds);
      const apr = rc(lo, hi);
      const st = pick(['Finalizado', 'En ejecución', 'En ejecución', 'En ejecución', 'Adjudicado']);
      const ex =
        st === 'Finalizado' ? apr : st === 'Adjudicado' ? Math.round(apr * 0.2) : Math.round(apr * u(0.25, 0.8));
      const snip = ri(275000, 299999);
      put(
        ws,
        r,
        1,
        [no++, snip, `${k} ${pl}, ${m}, Huehuetenango`, m, Q(apr), Q(ex), F(`IF(E${r}=0,0,F${r}/E${r})`), st],
        fm,
      );
      sA += apr;
      sE += ex;
      r++;
    }
    b.exp(S, `E${hr}`, Q(sA));
    b.exp(S, `F${hr}`, Q(sE));
    perMuni.push([m, places.length, sA, sE]);
    gA += sA;
    gE += sE;
    r++; // separador
  }
  const allLast = r - 2;
  const tr = r;
  put(
    ws,
    tr,
    1,
    [
      null,
      null,
      'TOTAL GENERAL DEL DEPARTAMENTO',
      null,
      F(hdrRows.map((x) => 'E' + x).join('+')),
      F(hdrRows.map((x) => 'F' + x).join('+')),
      F(`IF(E${tr}=0,0,F${tr}/E${tr})`),
      null,
    ],
    fm,
    { bold: true, fill: FILL_P },
  );
  b.exp(S, `E${tr}`, Q(gA));
  b.exp(S, `F${tr}`, Q(gE));
  b.exp(S, `G${tr}`, gE / gA);
  // cuadro de control
  const c0 = tr + 3;
  title(ws, c0, 'Cuadro de control por municipio (SUMIF / COUNTIF sobre el listado)', 3, 7, { align: 'left' });
  header1(ws, c0 + 1, 3, ['Municipio', 'No. de proyectos', 'Aprobado', 'Ejecutado', '% de ejecución']);
  let cr = c0 + 2;
  const cf = cr;
  for (const [m, n, a, e] of perMuni) {
    put(
      ws,
      cr,
      3,
      [
        m,
        F(`COUNTIF($D$${allFirst}:$D$${allLast},C${cr})`),
        F(`SUMIF($D$${allFirst}:$D$${allLast},C${cr},$E$${allFirst}:$E$${allLast})`),
        F(`SUMIF($D$${allFirst}:$D$${allLast},C${cr},$F$${allFirst}:$F$${allLast})`),
        F(`IF(E${cr}=0,0,F${cr}/E${cr})`),
      ],
      [null, FMT.int, FMT.money, FMT.money, FMT.pct1],
    );
    b.exp(S, `D${cr}`, n);
    b.exp(S, `E${cr}`, Q(a));
    b.exp(S, `F${cr}`, Q(e));
    cr++;
  }
  put(
    ws,
    cr,
    3,
    [
      'Total',
      F(`SUM(D${cf}:D${cr - 1})`),
      F(`SUM(E${cf}:E${cr - 1})`),
      F(`SUM(F${cf}:F${cr - 1})`),
      F(`IF(E${cr}=0,0,F${cr}/E${cr})`),
    ],
    [null, FMT.int, FMT.money, FMT.money, FMT.pct1],
    { bold: true, fill: FILL_T },
  );
  b.exp(S, `E${cr}`, Q(gA));
  b.exp(S, `D${cr}`, no - 1);
  note(
    ws,
    cr + 2,
    'Notas: el monto de cada municipio se muestra en su fila de encabezado (suma de sus proyectos). % de ejecución = ejecutado / aprobado. Códigos SNIP según el Sistema Nacional de Inversión Pública (SEGEPLAN).',
    1,
    8,
  );
  ws.views = [{ state: 'frozen', ySplit: 6 }];
  b.layout = `Hoja "Proyectos 2025": encabezado 5-6; por municipio una fila "MUNICIPIO DE …" con E/F =SUM de los proyectos que siguen (subtotal arriba del detalle), filas ${hdrRows.join(',')}; G =IF(E=0,0,F/E); TOTAL GENERAL fila ${tr} = suma de filas de municipio; cuadro de control filas ${cf}-${cr} con COUNTIF/SUMIF y total.`;
}

// ============================================================ 11 Códigos como texto (partidas presupuestarias)
function w11() {
  seed(1111);
  const b = book(
    '11-maga-partidas-presupuestarias-codigos-texto.xlsx',
    '11. Partidas presupuestarias con códigos escritos como texto ("11","00","000","001","011","0101","11") y montos numéricos; resumen por renglón con SUMPRODUCT',
    '',
  );
  const ws = b.wb.addWorksheet('Partidas 2026');
  const S = ws.name;
  widths(ws, [6, 6, 7, 7, 6, 7, 8, 6, 46, 34, 16]);
  title(ws, 1, 'MINISTERIO DE AGRICULTURA, GANADERÍA Y ALIMENTACIÓN -MAGA-', 1, 11, { size: 12 });
  title(ws, 2, 'ANTEPROYECTO DE PRESUPUESTO 2026 — DETALLE DE PARTIDAS PRESUPUESTARIAS', 1, 11);
  title(ws, 3, 'Unidad ejecutora 203 — Viceministerio de Desarrollo Económico Rural', 1, 11, { bold: false });
  header2(ws, 5, 1, [
    { label: 'Estructura programática', sub: ['PRG', 'SPR', 'PRY', 'ACT', 'OBR'] },
    'Renglón',
    'Ubicación geográfica',
    'Fuente',
    'Descripción del renglón',
    'Partida presupuestaria',
    'Monto asignado (Q)',
  ]);
  const R = {
    '011': 'Personal permanente',
    '015': 'Complementos específicos al personal permanente',
    '022': 'Personal por contrato',
    '029': 'Otras remuneraciones de personal temporal',
    '071': 'Aguinaldo',
    '072': 'Bonificación anual (Bono 14)',
    133: 'Viáticos en el interior',
    141: 'Transporte de personas',
    185: 'Servicios de capacitación',
    189: 'Otros estudios y/o servicios',
    211: 'Alimentos para personas',
    223: 'Piedra, arcilla y arena',
    231: 'Hilados y telas',
    261: 'Elementos y compuestos químicos',
    262: 'Combustibles y lubricantes',
    269: 'Otros productos químicos y conexos',
    311: 'Equipo de oficina',
    325: 'Equipo de transporte',
    419: 'Otras transferencias a personas individuales',
    435: 'Transferencias a otras instituciones sin fines de lucro',
  };
  const lines = [];
  const act = [
    ['13', '00', '000', '001', 'Asistencia técnica a agricultores familiares'],
    ['13', '00', '000', '002', 'Entrega de insumos agrícolas'],
    ['13', '00', '000', '003', 'Capacitación en buenas prácticas agrícolas'],
    ['14', '00', '000', '001', 'Fomento de la producción pecuaria'],
  ];
  const geo = ['0101', '1301', '1401', '1601', '2001', '1201'];
  for (const [p, s, y, a] of act) {
    const rens =
      a === '001' && p === '13'
        ? ['011', '015', '022', '029', '071', '072', '133', '141', '185']
        : a === '002'
          ? ['029', '133', '223', '261', '262', '269', '419']
          : a === '003'
            ? ['029', '133', '185', '189', '211', '231']
            : ['011', '029', '071', '072', '133', '262', '311', '325', '435'];
    for (const ren of rens) {
      const big = /^0/.test(ren)
        ? [4e5, 3.5e6]
        : /^4/.test(ren)
          ? [2e6, 8e6]
          : /^3/.test(ren)
            ? [1.5e5, 9e5]
            : [5e4, 6e5];
      const fuente = ren === '419' || ren === '261' ? '21' : ren === '435' ? '61' : '11';
      const g = /^0/.test(ren) ? '0101' : pick(geo);
      lines.push([p, s, y, a, '000', ren, g, fuente, R[ren], rstep(big[0], big[1], 100) * 100]);
    }
  }
  let r = 7;
  const first = r;
  let tot = 0;
  const byRen = {};
  for (const ln of lines) {
    const [p, s, y, a, o, ren, g, fu, desc, m] = ln;
    put(
      ws,
      r,
      1,
      [
        p,
        s,
        y,
        a,
        o,
        ren,
        g,
        fu,
        desc,
        F(`A${r}&"-"&B${r}&"-"&C${r}&"-"&D${r}&"-"&E${r}&"-"&F${r}&"-"&G${r}&"-"&H${r}`),
        Q(m),
      ],
      [null, null, null, null, null, null, null, null, null, null, FMT.money],
    );
    for (let c = 1; c <= 8; c++) ws.getCell(r, c).alignment = { horizontal: 'center' };
    b.exp(S, `J${r}`, [p, s, y, a, o, ren, g, fu].join('-'));
    tot += m;
    byRen[ren] = (byRen[ren] || 0) + m;
    r++;
  }
  const last = r - 1;
  put(
    ws,
    r,
    1,
    [null, null, null, null, null, null, null, null, 'TOTAL', null, F(`SUM(K${first}:K${last})`)],
    [null, null, null, null, null, null, null, null, null, null, FMT.money],
    { bold: true, fill: FILL_T },
  );
  const totR = r;
  b.exp(S, `K${r}`, Q(tot));
  note(
    ws,
    r + 2,
    'Los códigos de la estructura programática, renglón, ubicación geográfica (departamento y municipio, INE) y fuente se escriben como texto para conservar los ceros a la izquierda, tal como los exporta SICOIN.',
    1,
    11,
  );
  ws.views = [{ state: 'frozen', ySplit: 6 }];

  const rs = b.wb.addWorksheet('Resumen por renglón');
  widths(rs, [10, 52, 17, 11]);
  title(rs, 1, 'MAGA — UE 203', 1, 4, { size: 12 });
  title(rs, 2, 'Resumen del anteproyecto 2026 por renglón de gasto', 1, 4);
  header1(rs, 4, 1, ['Renglón', 'Descripción', 'Monto (Q)', '%']);
  const rens = Object.keys(byRen).sort();
  let rr = 5;
  const t2 = 5 + rens.length;
  for (const ren of rens) {
    put(
      rs,
      rr,
      1,
      [
        ren,
        R[ren],
        F(`SUMPRODUCT((${q(S)}!$F$${first}:$F$${last}=A${rr})*${q(S)}!$K$${first}:$K$${last})`),
        F(`C${rr}/$C$${t2}`),
      ],
      [null, null, FMT.money, FMT.pct],
    );
    rs.getCell(rr, 1).alignment = { horizontal: 'center' };
    b.exp(rs.name, `C${rr}`, Q(byRen[ren]));
    rr++;
  }
  put(rs, t2, 1, [null, 'TOTAL', F(`SUM(C5:C${t2 - 1})`), F(`SUM(D5:D${t2 - 1})`)], [null, null, FMT.money, FMT.pct], {
    bold: true,
    fill: FILL_T,
  });
  put(rs, t2 + 2, 2, ['Total según detalle de partidas', F(`${q(S)}!K${totR}`)], [null, FMT.money]);
  put(rs, t2 + 3, 2, ['Diferencia', F(`C${t2}-C${t2 + 2}`)], [null, FMT.acct]);
  b.exp(rs.name, `C${t2}`, Q(tot));
  b.exp(rs.name, `C${t2 + 3}`, 0);
  b.exp(rs.name, `D${t2}`, 1);
  b.layout = `Hojas "Partidas 2026" (A:H códigos como texto con ceros a la izquierda, J partida =A&"-"&B&…, K monto; TOTAL fila ${totR}) y "Resumen por renglón" (C =SUMPRODUCT(('Partidas 2026'!$F=A)*K), D % con $C$${t2}; TOTAL fila ${t2}; control y diferencia debajo).`;
}

// ============================================================ 12 POA a medio año (T3/T4 sin reportar)
function w12() {
  seed(1212);
  const b = book(
    '12-muni-mixco-seguimiento-poa-junio-2025.xlsx',
    '12. Seguimiento POA a medio año: ejecución T1 y T2 llena, T3 y T4 vacías; fórmulas sobre los cuatro trimestres; Meta anual (antes de los trimestres) escrita = total programado',
    '',
  );
  const ws = b.wb.addWorksheet('Seguimiento POA');
  const S = ws.name;
  widths(ws, [14, 50, 14, 10, 9, 9, 9, 9, 10, 9, 9, 9, 9, 11, 10, 11]);
  title(ws, 1, 'MUNICIPALIDAD DE MIXCO, DEPARTAMENTO DE GUATEMALA', 1, 16, { size: 12 });
  title(ws, 2, 'SEGUIMIENTO AL PLAN OPERATIVO ANUAL 2025 — PRIMER SEMESTRE', 1, 16);
  title(
    ws,
    3,
    'Avance de metas físicas al 30 de junio de 2025 (los trimestres 3 y 4 se completarán en los informes de octubre y enero)',
    1,
    16,
    { bold: false },
  );
  header2(ws, 5, 1, [
    'Estructura programática',
    'Producto / Subproducto',
    'Unidad de medida',
    'Meta anual',
    { label: 'Programación', sub: ['T1', 'T2', 'T3', 'T4', 'Total'] },
    { label: 'Ejecución', sub: ['T1', 'T2', 'T3', 'T4'] },
    'Ejecutado acumulado',
    '% avance anual',
    '% avance al semestre',
  ]);
  const prods = [
    ['01-00-000-001', 'Dirección y coordinación', 'Documento', [['Dirección y coordinación', [3, 3, 3, 3]]]],
    [
      '11-00-000-001',
      'Vecinos con servicio de agua potable',
      'Persona',
      [
        ['Vecinos beneficiados con el servicio de agua potable en colonias del municipio', [6200, 6200, 6300, 6300]],
        ['Vecinos beneficiados con mantenimiento de pozos mecánicos', [4100, 4000, 4200, 4100]],
      ],
    ],
    [
      '12-00-000-001',
      'Red vial mejorada en el municipio',
      'Metro cuadrado',
      [
        ['Bacheo en calles y avenidas', [5200, 6800, 6500, 4500]],
        ['Recapeo de vías principales', [0, 12000, 15000, 9000]],
      ],
    ],
    [
      '13-00-000-001',
      'Desechos sólidos recolectados',
      'Tonelada',
      [
        ['Recolección domiciliar de desechos sólidos', [9800, 10100, 10300, 10900]],
        ['Limpieza de barrancos y vía pública', [850, 900, 760, 790]],
      ],
    ],
    [
      '14-00-000-001',
      'Personas capacitadas en prevención de la violencia',
      'Persona',
      [
        ['Jóvenes capacitados en prevención de la violencia', [180, 240, 240, 140]],
        ['Mujeres capacitadas en emprendimiento', [120, 160, 160, 110]],
        ['Adultos mayores atendidos en el Centro de Día', [350, 350, 350, 350]],
      ],
    ],
    [
      '15-00-000-001',
      'Eventos de fomento deportivo y recreativo',
      'Evento',
      [
        ['Torneos deportivos municipales', [2, 4, 4, 2]],
        ['Actividades recreativas en parques municipales', [6, 8, 8, 6]],
      ],
    ],
  ];
  let r = 7;
  const fm = [
    null,
    null,
    null,
    FMT.int,
    FMT.int,
    FMT.int,
    FMT.int,
    FMT.int,
    FMT.int,
    FMT.int,
    FMT.int,
    FMT.int,
    FMT.int,
    FMT.int,
    FMT.pct1,
    FMT.pct1,
  ];
  const tail = (row) => [
    F(`SUM(J${row}:M${row})`),
    F(`IF(D${row}=0,"",N${row}/D${row})`),
    F(`IF(SUM(E${row}:F${row})=0,"",N${row}/SUM(E${row}:F${row}))`),
  ];
  for (const [code, name, unit, subs] of prods) {
    const pr = r;
    const f1 = pr + 1;
    const l1 = pr + subs.length;
    const ptot = sum(subs.map((s) => sum(s[1])));
    const pv = [code, `Producto: ${name}`, unit, ptot];
    for (const c of 'EFGH') pv.push(F(`SUM(${c}${f1}:${c}${l1})`));
    pv.push(F(`SUM(E${pr}:H${pr})`));
    for (const c of 'JKLM') pv.push(F(`SUM(${c}${f1}:${c}${l1})`));
    put(ws, pr, 1, [...pv, ...tail(pr)], fm, { bold: true, fill: FILL_T });
    b.exp(S, `I${pr}`, ptot);
    r++;
    let pe = 0;
    for (const [sname, prog] of subs) {
      const ex = [0, 1].map((k) =>
        prog[k] === 0 ? 0 : unit === 'Documento' ? prog[k] : Math.round(prog[k] * u(0.82, 1.08)),
      );
      pe += sum(ex);
      put(
        ws,
        r,
        1,
        [null, sname, unit, sum(prog), ...prog, F(`SUM(E${r}:H${r})`), ex[0], ex[1], null, null, ...tail(r)],
        fm,
        { indent: 1 },
      );
      b.exp(S, `N${r}`, sum(ex));
      b.exp(S, `O${r}`, sum(ex) / sum(prog));
      r++;
    }
    b.exp(S, `N${pr}`, pe);
    b.exp(S, `L${pr}`, 0);
    r++;
  }
  note(
    ws,
    r,
    'Notas: Meta anual aprobada en el POA 2025 (igual al total programado). Ejecutado acumulado = suma de los trimestres reportados; % avance al semestre = ejecutado / programado de T1 y T2.',
    1,
    16,
  );
  note(
    ws,
    r + 1,
    'Las columnas de ejecución T3 y T4 están vacías porque esos trimestres aún no se reportan. Fuente: informes de las direcciones al 5 de julio de 2025.',
    1,
    16,
  );
  ws.views = [{ state: 'frozen', ySplit: 6, xSplit: 3 }];
  b.layout =
    'Hoja "Seguimiento POA": encabezado 5-6; D meta anual escrita (antes de los trimestres) = I total programado =SUM(E:H); ejecución J:M con L:M vacías; N =SUM(J:M), O =IF(D=0,"",N/D), P = N/SUM(E:F); filas "Producto:" = SUM de sus subproductos en E:H y J:M.';
}

// ============================================================ 13 POM en formatos SEGEPLAN/MINFIN (consistente entre matrices)
function w13() {
  seed(1313);
  const b = book(
    '13-ine-pom-2026-2030-matrices-segeplan.xlsx',
    '13 (propio). POM 2026-2030 en formatos SEGEPLAN: presupuesto por programa, metas multianuales, ficha multianual de indicadores y red programática, todo concordante',
    '',
  );
  const years = [2026, 2027, 2028, 2029, 2030];
  const progs = [
    ['01', 'Actividades Centrales'],
    ['11', 'Estadísticas Continuas'],
    ['12', 'Censos y Encuestas'],
    ['99', 'Partidas No Asignables a Programas'],
  ];
  const prods = [
    {
      prg: '01',
      act: '001',
      name: 'Dirección y Coordinación',
      unit: 'Documento',
      subs: [['Dirección y Coordinación', 'Documento', () => 12, [38e6, 42e6]]],
    },
    {
      prg: '11',
      act: '001',
      name: 'Publicaciones de estadísticas continuas difundidas a la población',
      unit: 'Documento',
      ind: ['Porcentaje de publicaciones estadísticas difundidas según calendario', 0.93, 1, 2024, 118],
      subs: [
        ['Publicaciones de estadísticas económicas', 'Documento', (k) => 64 + 2 * k, [9e6, 11e6]],
        ['Publicaciones de estadísticas sociales y demográficas', 'Documento', (k) => 58 + 2 * k, [8e6, 10e6]],
      ],
    },
    {
      prg: '11',
      act: '002',
      name: 'Personas usuarias atendidas con información estadística',
      unit: 'Persona',
      ind: ['Porcentaje de solicitudes de información estadística atendidas', 0.95, 0.97, 2024, 14250],
      subs: [
        ['Personas atendidas en el centro de información y biblioteca', 'Persona', (k) => 9800 + 400 * k, [2.5e6, 3e6]],
        ['Personas capacitadas en el uso de información estadística', 'Persona', (k) => 5200 + 300 * k, [1.8e6, 2.2e6]],
      ],
    },
    {
      prg: '12',
      act: '001',
      name: 'Encuestas nacionales realizadas',
      unit: 'Documento',
      ind: ['Porcentaje de encuestas nacionales realizadas según el plan estadístico', 1, 1, 2024, 3],
      subs: [
        ['Encuesta Nacional de Empleo e Ingresos', 'Documento', () => 2, [14e6, 18e6]],
        ['Encuesta Nacional Agropecuaria', 'Documento', () => 1, [9e6, 12e6]],
        ['Índice de Precios al Consumidor', 'Documento', () => 12, [6e6, 7.5e6]],
      ],
    },
    {
      prg: '99',
      act: '001',
      name: 'Aportes a instituciones nacionales e internacionales',
      unit: 'Aporte',
      subs: [['Aportes a instituciones nacionales e internacionales', 'Aporte', () => 4, [1.2e6, 1.4e6]]],
    },
  ];
  // datos: subproducto -> metas y montos por año (quetzales enteros, como los presenta SEGEPLAN)
  for (const p of prods) {
    p.subv = p.subs.map(([n, un, fn, [lo, hi]]) => ({
      n,
      un,
      phys: years.map((_, k) => fn(k)),
      fin: years.map(() => rstep(lo, hi, 1000)),
    }));
    p.phys = years.map((_, k) => sum(p.subv.filter((s) => s.un === p.unit).map((s) => s.phys[k])));
    p.fin = years.map((_, k) => sum(p.subv.map((s) => s.fin[k])));
  }
  const budget = progs.map(([c]) => years.map((_, k) => sum(prods.filter((p) => p.prg === c).map((p) => p.fin[k]))));
  const inst = 'INSTITUTO NACIONAL DE ESTADÍSTICA -INE-';

  // --- Presupuesto
  const ps = b.wb.addWorksheet('Presupuesto');
  widths(ps, [8, 42, 16, 16, 16, 16, 16]);
  title(ps, 1, inst, 1, 7, { size: 12, align: 'left' });
  title(ps, 2, '8. PROYECCIÓN DEL PRESUPUESTO', 1, 7, { align: 'left' });
  title(
    ps,
    3,
    'El presupuesto distribuido por programa y la proyección para los años 2026 al 2030 se presenta en el cuadro siguiente (cifras en quetzales).',
    1,
    7,
    { bold: false, align: 'left', wrap: true, height: 30 },
  );
  header1(ps, 5, 1, ['PRG', 'DESCRIPCIÓN', ...years.map(String)]);
  progs.forEach(([c, n], i) => put(ps, 6 + i, 1, [c, n, ...budget[i]], [null, null, ...Array(5).fill(FMT.int)]));
  const pt = 6 + progs.length;
  put(
    ps,
    pt,
    1,
    [null, 'Total', ...years.map((_, k) => F(`SUM(${col(3 + k)}6:${col(3 + k)}${pt - 1})`))],
    [null, null, ...Array(5).fill(FMT.int)],
    { bold: true, fill: FILL_T },
  );
  years.forEach((_, k) => b.exp('Presupuesto', A(3 + k, pt), sum(budget.map((x) => x[k]))));
  note(
    ps,
    pt + 2,
    'Fuente: Sistema de Contabilidad Integrada -SICOIN-, anteproyecto 2026 y proyección multianual 2027-2030.',
    1,
    7,
  );

  // --- Metas multianuales
  const ms = b.wb.addWorksheet('Metas multianuales');
  widths(ms, [62, 14, ...Array(10).fill([11, 15]).flat().slice(0, 10)]);
  title(ms, 1, inst, 1, 12, { size: 12, align: 'left' });
  title(ms, 2, '9.5. PRODUCTOS, SUBPRODUCTOS Y METAS MULTIANUALES', 1, 12, { align: 'left' });
  title(
    ms,
    3,
    'En el siguiente cuadro se encuentran los productos y subproductos con sus metas físicas y financieras para el período 2026-2030.',
    1,
    12,
    { bold: false, align: 'left', wrap: true },
  );
  header2(ms, 5, 1, [
    'PRODUCTO / SUBPRODUCTO',
    'UNIDAD DE MEDIDA',
    ...years.map((y) => ({ label: String(y), sub: ['Meta Física', 'Meta Financiera'] })),
  ]);
  let r = 7;
  const prodRows = [];
  const mfm = [null, null, ...Array(5).fill([FMT.int, FMT.int]).flat()];
  for (const p of prods) {
    const pr = r;
    prodRows.push(pr);
    p.mrow = pr;
    const f1 = pr + 1,
      l1 = pr + p.subv.length;
    const v = [`Producto: ${p.name}`, p.unit];
    years.forEach((_, k) => {
      const fc = col(4 + 2 * k);
      v.push(p.phys[k], f1 === l1 ? F(`${fc}${f1}`) : F(`SUM(${fc}${f1}:${fc}${l1})`));
    });
    put(ms, pr, 1, v, mfm, { bold: true, fill: FILL_T });
    r++;
    for (const s of p.subv) {
      const sv = [s.n, s.un];
      years.forEach((_, k) => sv.push(s.phys[k], s.fin[k]));
      put(ms, r, 1, sv, mfm, { indent: 1 });
      r++;
    }
  }
  const mt = r;
  const tv = ['Total', null];
  years.forEach((_, k) => {
    tv.push(null, F(prodRows.map((x) => col(4 + 2 * k) + x).join('+')));
  });
  put(ms, mt, 1, tv, mfm, { bold: true, fill: FILL_T });
  years.forEach((_, k) => b.exp('Metas multianuales', A(4 + 2 * k, mt), sum(budget.map((x) => x[k]))));
  note(
    ms,
    mt + 2,
    'La meta física del producto suma solo los subproductos con su misma unidad de medida. El total de metas financieras es igual al total de la proyección del presupuesto.',
    1,
    12,
  );
  ms.views = [{ state: 'frozen', ySplit: 6, xSplit: 2 }];

  // --- Ficha de indicadores de productos a nivel multianual
  const is = b.wb.addWorksheet('Indicadores');
  widths(is, [44, 12, 44, 8, 11, 9, ...Array(12).fill(11)]);
  title(is, 1, inst, 1, 18, { size: 12, align: 'left' });
  title(is, 2, '9.1. FICHA DE INDICADORES DE PRODUCTOS A NIVEL MULTIANUAL', 1, 18, { align: 'left' });
  header2(is, 4, 1, [
    'Producto',
    'Unidad de medida',
    'Nombre del indicador',
    { label: 'Línea de base', sub: ['Año', 'Datos absolutos', 'Datos relativos'] },
    ...years.map((y) => ({ label: String(y), sub: ['Datos absolutos', 'Datos relativos'] })),
    { label: 'Total meta multianual', sub: ['Datos absolutos', 'Datos relativos'] },
  ]);
  r = 6;
  const ifm = [null, null, null, '0', FMT.int, FMT.pct, ...Array(6).fill([FMT.int, FMT.pct]).flat()];
  for (const p of prods.filter((x) => x.ind)) {
    const [iname, lbRel, rel, lbY, lbAbs] = p.ind;
    const v = [p.name, p.unit, iname, lbY, lbAbs, lbRel];
    years.forEach((_, k) => v.push(F(`${q('Metas multianuales')}!${col(3 + 2 * k)}${p.mrow}`), rel));
    v.push(F(`G${r}+I${r}+K${r}+M${r}+O${r}`), rel);
    put(is, r, 1, v, ifm);
    years.forEach((_, k) => b.exp('Indicadores', A(7 + 2 * k, r), p.phys[k]));
    b.exp('Indicadores', `Q${r}`, sum(p.phys));
    r++;
  }
  note(
    is,
    r + 1,
    'Los datos absolutos de cada año provienen de la matriz de metas multianuales (meta física del producto). Datos relativos: porcentaje de cumplimiento esperado.',
    1,
    18,
  );

  // --- Red programática
  const rsn = b.wb.addWorksheet('Red programática');
  widths(rsn, [11, 58, 14, 44, 11, 12, 10, 10]);
  title(rsn, 1, '9.3. VINCULACIÓN DE PRODUCTOS Y SUBPRODUCTOS CON LA RED DE CATEGORÍAS PROGRAMÁTICAS', 1, 8, {
    align: 'left',
  });
  header1(rsn, 3, 1, [
    'PRODUCTO / SUBPRODUCTO',
    'PRODUCTO / SUBPRODUCTO',
    'UNIDAD DE MEDIDA',
    'DESCRIPCIÓN DE LA ACTIVIDAD',
    'PROGRAMA',
    'SUBPROGRAMA',
    'PROYECTO',
    'ACTIVIDAD',
  ]);
  r = 4;
  for (const p of prods) {
    put(rsn, r, 1, ['Producto:', p.name, p.unit, p.name, p.prg, '00', '000', p.act]);
    r++;
    for (const s of p.subv) {
      put(rsn, r, 1, [null, s.n, s.un, null, null, null, null, null], [], { indent: 1 });
      r++;
    }
    r++;
  }
  b.layout = `Hojas "Presupuesto" (PRG texto, 2026..2030 escritos, Total fila ${pt} =SUM), "Metas multianuales" (encabezado 5-6 año/Meta Física/Meta Financiera; producto: física escrita = suma de subproductos de su unidad, financiera =SUM de subproductos; Total fila ${mt} = suma de filas producto), "Indicadores" (ficha multianual; absolutos ='Metas multianuales'!<meta física del producto>; Q =G+I+K+M+O) y "Red programática" (códigos texto 01-00-000-001).`;
}

// ============================================================ 14 Presupuesto de servicios personales (planilla)
function w14() {
  seed(1414);
  const b = book(
    '14-muni-salama-presupuesto-servicios-personales.xlsx',
    '14 (propio). Presupuesto de puestos: plazas × salario × meses, prestaciones con IF por renglón, parámetro con referencia absoluta, subtotales 011/029 y total',
    '',
  );
  const ws = b.wb.addWorksheet('Puestos 2026');
  const S = ws.name;
  widths(ws, [5, 40, 9, 8, 8, 13, 12, 14, 16, 14, 14, 14, 16]);
  title(ws, 1, 'MUNICIPALIDAD DE SALAMÁ, BAJA VERAPAZ', 1, 13, { size: 12 });
  title(ws, 2, 'PRESUPUESTO DE SERVICIOS PERSONALES 2026 (RENGLONES 011 Y 029)', 1, 13);
  title(ws, 3, 'Dirección de Recursos Humanos / DAFIM — cifras en quetzales', 1, 13, { bold: false });
  put(ws, 5, 2, ['Cuota patronal IGSS (sobre salario ordinario)', 0.1267], [null, FMT.pct]);
  put(ws, 6, 2, ['Bonificación incentivo mensual (Decreto 37-2001)', 250], [null, FMT.money]);
  header2(ws, 8, 1, [
    'No.',
    'Puesto',
    'Renglón',
    'Plazas',
    'Meses',
    'Salario mensual',
    'Bonificación incentivo',
    { label: 'Costo anual', sub: ['Salarios y bonificación', 'Aguinaldo', 'Bono 14', 'Cuota patronal'] },
    'Total anual',
  ]);
  // salario base 011 incluye IGSS; 029 no lleva prestaciones ni bonificación
  const p011 = [
    ['Secretario municipal', 1, 9500],
    ['Director de Planificación (DMP)', 1, 8800],
    ['Director Financiero (DAFIM)', 1, 9200],
    ['Auditor interno', 1, 8500],
    ['Juez de asuntos municipales', 1, 8200],
    ['Directora Municipal de la Mujer', 1, 7200],
    ['Asistente administrativo', 4, 4300],
    ['Receptor-cajero', 3, 4100],
    ['Fontanero', 5, 3800],
    ['Piloto de camión recolector', 4, 3900],
    ['Barrendero', 12, 3350],
    ['Policía municipal', 10, 3600],
    ['Conserje', 3, 3250],
  ];
  const p029 = [
    ['Asesor jurídico', 1, 7500, 12],
    ['Ingeniero supervisor de obras', 1, 9000, 12],
    ['Técnico en catastro', 2, 5200, 11],
    ['Promotor social', 3, 4200, 11],
    ['Técnico de la Oficina Forestal Municipal', 1, 4800, 11],
  ];
  const rate = 1267; // diezmilésimos
  let r = 10;
  const subRows = [];
  let no = 1;
  const totals = [];
  const fm = [
    null,
    null,
    null,
    FMT.int,
    FMT.int,
    FMT.money,
    FMT.money,
    FMT.money,
    FMT.money,
    FMT.money,
    FMT.money,
    FMT.money,
  ];
  for (const [ren, rows] of [
    ['011', p011.map((x) => [...x, 12])],
    ['029', p029],
  ]) {
    put(
      ws,
      r,
      1,
      [
        null,
        ren === '011' ? 'Renglón 011 — Personal permanente' : 'Renglón 029 — Otras remuneraciones de personal temporal',
      ],
      [],
      { bold: true, fill: FILL_T },
    );
    r++;
    const first = r;
    let st = 0;
    for (const [name, n, sal, months] of rows) {
      const bon = ren === '011' ? 250 : 0;
      put(
        ws,
        r,
        1,
        [
          no++,
          name,
          ren,
          n,
          months,
          sal,
          ren === '011' ? F('$C$6') : 0,
          F(`ROUND(D${r}*E${r}*(F${r}+G${r}),2)`),
          F(`IF(C${r}="029",0,D${r}*F${r})`),
          F(`IF(C${r}="029",0,D${r}*F${r})`),
          F(`IF(C${r}="029",0,ROUND(D${r}*F${r}*E${r}*$C$5,2))`),
          F(`SUM(H${r}:K${r})`),
        ],
        fm,
      );
      const salc = sal * 100;
      const base = n * months * (salc + bon * 100);
      const agu = ren === '029' ? 0 : n * salc;
      const cuota = ren === '029' ? 0 : Math.round((n * salc * months * rate) / 10000);
      const t = base + 2 * agu + cuota;
      b.exp(S, `L${r}`, Q(t));
      st += t;
      r++;
    }
    const last = r - 1;
    const sv = [null, `Subtotal renglón ${ren}`, null, F(`SUM(D${first}:D${last})`), null, null, null];
    for (const c of 'HIJKL') sv.push(F(`SUM(${c}${first}:${c}${last})`));
    put(ws, r, 1, sv, fm, { bold: true });
    b.exp(S, `L${r}`, Q(st));
    subRows.push(r);
    totals.push(st);
    r += 2;
  }
  const tv = [null, 'TOTAL SERVICIOS PERSONALES', null, F(subRows.map((x) => 'D' + x).join('+')), null, null, null];
  for (const c of 'HIJKL') tv.push(F(subRows.map((x) => c + x).join('+')));
  put(ws, r, 1, tv, fm, { bold: true, fill: FILL_T });
  b.exp(S, `L${r}`, Q(sum(totals)));
  b.exp(S, `D${r}`, sum([...p011, ...p029].map((x) => x[1])));
  note(
    ws,
    r + 2,
    'Notas: el aguinaldo y el bono 14 equivalen a un salario mensual por plaza; el personal 029 no devenga prestaciones, bonificación incentivo ni cuota patronal. La cuota patronal se calcula con el porcentaje de la celda C5.',
    1,
    13,
  );
  note(ws, r + 3, 'Salarios según el Acuerdo de Concejo 14-2025 (tabla salarial 2026).', 1, 13);
  ws.views = [{ state: 'frozen', ySplit: 9, xSplit: 2 }];
  b.layout = `Hoja "Puestos 2026": parámetros C5 (cuota patronal) y C6 (bonificación); encabezado 8-9; bloques 011 y 029 con H =ROUND(D*E*(F+G),2), I/J =IF(C="029",0,D*F), K =IF(..ROUND(D*F*E*$C$5,2)), L =SUM(H:K); subtotales filas ${subRows.join(',')} y TOTAL fila ${r} = suma de subtotales.`;
}

// ============================================================ 15 Distribución del aporte constitucional
function w15(b) {
  seed(1515);
  const ws = b.wb.addWorksheet('Aporte 2025');
  const S = ws.name;
  widths(ws, [34, 16, 16, 16, 16, 12]);
  title(ws, 1, 'MUNICIPALIDAD DE LA ANTIGUA GUATEMALA, SACATEPÉQUEZ', 1, 6, { size: 12 });
  title(ws, 2, 'APORTE CONSTITUCIONAL 2025 — RECEPCIÓN Y DISTRIBUCIÓN', 1, 6);
  title(
    ws,
    3,
    'Artículo 257 de la Constitución Política: al menos 90 % para programas y proyectos de inversión',
    1,
    6,
    { bold: false },
  );
  header2(ws, 5, 1, [
    'Mes',
    'Aporte recibido',
    { label: 'Distribución', sub: ['90 % inversión', '10 % funcionamiento'] },
    'Inversión acumulada',
    '% del año',
  ]);
  let r = 7;
  const first = 7;
  const totR = first + 12;
  let tot = 0,
    inv = 0,
    acc = 0;
  for (let k = 0; k < 12; k++) {
    const m = rc(2.05e6, 2.4e6);
    const i = Math.round(m * 0.9);
    put(
      ws,
      r,
      1,
      [
        MES[k],
        Q(m),
        F(`ROUND(B${r}*0.9,2)`),
        F(`B${r}-C${r}`),
        k === 0 ? F(`C${r}`) : F(`E${r - 1}+C${r}`),
        F(`B${r}/$B$${totR}`),
      ],
      [null, FMT.money, FMT.money, FMT.money, FMT.money, FMT.pct],
    );
    tot += m;
    inv += i;
    acc += i;
    b.exp(S, `E${r}`, Q(acc));
    b.exp(S, `D${r}`, Q(m - i));
    r++;
  }
  put(
    ws,
    totR,
    1,
    [
      'TOTAL',
      F(`SUM(B${first}:B${totR - 1})`),
      F(`SUM(C${first}:C${totR - 1})`),
      F(`SUM(D${first}:D${totR - 1})`),
      null,
      F(`SUM(F${first}:F${totR - 1})`),
    ],
    [null, FMT.money, FMT.money, FMT.money, null, FMT.pct],
    { bold: true, fill: FILL_T },
  );
  b.exp(S, `B${totR}`, Q(tot));
  b.exp(S, `C${totR}`, Q(inv));
  b.exp(S, `D${totR}`, Q(tot - inv));
  b.exp(S, `F${totR}`, 1);
  put(
    ws,
    totR + 1,
    1,
    ['% inversión sobre el aporte', null, F(`C${totR}/B${totR}`), F(`D${totR}/B${totR}`)],
    [null, null, FMT.pct, FMT.pct],
  );
  // distribución sectorial
  const d0 = totR + 4;
  title(ws, d0, 'Distribución de la inversión por sector (Acuerdo de Concejo 03-2025)', 1, 6, { align: 'left' });
  header1(ws, d0 + 1, 1, ['Sector', 'Porcentaje', 'Monto (Q)', 'No. de proyectos']);
  const sect = [
    ['Agua y saneamiento', 0.28, 9],
    ['Infraestructura vial', 0.24, 11],
    ['Educación', 0.15, 7],
    ['Salud', 0.08, 3],
    ['Desarrollo urbano y rural', 0.1, 5],
    ['Medio ambiente y desechos sólidos', 0.07, 2],
    ['Deporte y recreación', 0.05, 4],
    ['Energía y alumbrado público', 0.03, 2],
  ];
  let sr = d0 + 2;
  const sf = sr;
  const st = sf + sect.length;
  for (const [n, p, np] of sect) {
    put(ws, sr, 1, [n, p, F(`$C$${totR}*B${sr}`), np], [null, FMT.pct, FMT.money, FMT.int]);
    b.exp(S, `C${sr}`, Q(inv) * p);
    sr++;
  }
  put(
    ws,
    st,
    1,
    ['TOTAL', F(`SUM(B${sf}:B${st - 1})`), F(`SUM(C${sf}:C${st - 1})`), F(`SUM(D${sf}:D${st - 1})`)],
    [null, FMT.pct, FMT.money, FMT.int],
    { bold: true, fill: FILL_T },
  );
  b.exp(S, `B${st}`, 1);
  b.exp(S, `C${st}`, Q(inv));
  b.exp(S, `D${st}`, sum(sect.map((x) => x[2])));
  note(
    ws,
    st + 2,
    `Notas: 90 % de inversión redondeado al centavo; el 10 % es la diferencia. Los montos por sector se calculan sobre el total de inversión (celda C${totR}).`,
    1,
    6,
  );
  b.pattern +=
    '; hoja "Aporte 2025": 90 % inversión con ROUND / 10 % funcionamiento por resta, acumulado y distribución sectorial por porcentajes escritos que suman 100 %';
  b.layout += ` Hoja "Aporte 2025": encabezado 5-6; meses filas ${first}-${totR - 1}: C =ROUND(B*0.9,2), D =B-C, E acumulado, F =B/$B$${totR}; TOTAL fila ${totR}; fila ${totR + 1} porcentajes; distribución sectorial filas ${sf}-${st} con C =$C$${totR}*B y total.`;
}

// ============================================================ 16 POM municipal por eje (sin metas pasadas) — agrupado y totales en columna izquierda
function w16() {
  seed(1616);
  const b = book(
    '15-muni-solola-proyeccion-multianual-por-eje.xlsx',
    '15 (propio). Proyección multianual 2026-2030 de inversión por eje del PDM-OT: columna "Total 2026-2030" ANTES de los años, subtotales por eje, crecimiento interanual',
    '',
  );
  const ws = b.wb.addWorksheet('Proyección 2026-2030');
  const S = ws.name;
  widths(ws, [8, 58, 17, 15, 15, 15, 15, 15, 11]);
  title(ws, 1, 'MUNICIPALIDAD DE SOLOLÁ, DEPARTAMENTO DE SOLOLÁ', 1, 9, { size: 12 });
  title(ws, 2, 'PLAN OPERATIVO MULTIANUAL 2026-2030 — PROYECCIÓN DE LA INVERSIÓN POR EJE DEL PDM-OT', 1, 9);
  title(ws, 3, 'Cifras en quetzales', 1, 9, { bold: false });
  header2(ws, 5, 1, [
    'No.',
    'Eje / intervención',
    'Total 2026-2030',
    { label: 'Proyección anual', sub: ['2026', '2027', '2028', '2029', '2030'] },
    '% del total',
  ]);
  const ejes = [
    [
      'Eje 1. Desarrollo social: agua, saneamiento y educación',
      [
        'Ampliación de la red de agua potable en cantones del área rural',
        'Construcción de plantas de tratamiento de aguas residuales',
        'Mejoramiento de infraestructura escolar del nivel primario',
        'Programa municipal de becas para estudiantes de nivel medio',
      ],
    ],
    [
      'Eje 2. Infraestructura y movilidad',
      [
        'Pavimentación de calles en el casco urbano',
        'Mejoramiento de caminos rurales hacia las aldeas',
        'Construcción de muros de contención en zonas de riesgo',
      ],
    ],
    [
      'Eje 3. Ambiente y gestión de riesgo',
      [
        'Manejo integral de desechos sólidos (planta de tratamiento)',
        'Reforestación de la cuenca del lago de Atitlán',
        'Fortalecimiento de la Coordinadora Municipal para la Reducción de Desastres -COMRED-',
      ],
    ],
    [
      'Eje 4. Desarrollo económico local',
      [
        'Mejoramiento del mercado municipal',
        'Fomento del turismo comunitario',
        'Capacitación técnica a emprendedores y cooperativas',
      ],
    ],
  ];
  const ejeRows = [];
  const gy = [0, 0, 0, 0, 0];
  const rowsPlan = [];
  let rr = 7;
  for (const [, items] of ejes) {
    rowsPlan.push(rr);
    rr += items.length + 2;
  }
  const T = rr; // fila de TOTAL
  let no = 1;
  ejes.forEach(([en, items], ei) => {
    const er = rowsPlan[ei];
    ejeRows.push(er);
    const f1 = er + 1,
      l1 = er + items.length;
    const ev = [null, en, F(`SUM(D${er}:H${er})`)];
    for (const c of 'DEFGH') ev.push(F(`SUM(${c}${f1}:${c}${l1})`));
    ev.push(F(`C${er}/$C$${T}`));
    put(ws, er, 1, ev, [null, null, ...Array(6).fill(FMT.money), FMT.pct1], { bold: true, fill: FILL_T });
    let r2 = f1;
    const ey = [0, 0, 0, 0, 0];
    for (const it of items) {
      const base = rstep(4e5, 3.2e6, 1000);
      const ys = [0, 1, 2, 3, 4].map((k) =>
        random() < 0.15 ? 0 : Math.round((base * (1 + 0.05 * k) * u(0.9, 1.1)) / 100) * 100 * 100,
      );
      put(
        ws,
        r2,
        1,
        [no++, it, F(`SUM(D${r2}:H${r2})`), ...ys.map(Q), F(`C${r2}/$C$${T}`)],
        [null, null, ...Array(6).fill(FMT.acct), FMT.pct1],
        { indent: 1 },
      );
      b.exp(S, `C${r2}`, Q(sum(ys)));
      ys.forEach((y, k) => {
        ey[k] += y;
        gy[k] += y;
      });
      r2++;
    }
    ey.forEach((y, k) => b.exp(S, A(4 + k, er), Q(y)));
  });
  const tv = [null, 'TOTAL', F(`SUM(D${T}:H${T})`)];
  for (const c of 'DEFGH') tv.push(F(ejeRows.map((x) => c + x).join('+')));
  tv.push(F(`C${T}/$C$${T}`));
  put(ws, T, 1, tv, [null, null, ...Array(6).fill(FMT.money), FMT.pct1], { bold: true, fill: FILL_P });
  gy.forEach((y, k) => b.exp(S, A(4 + k, T), Q(y)));
  b.exp(S, `C${T}`, Q(sum(gy)));
  b.exp(S, `I${T}`, 1);
  const g = T + 1;
  put(
    ws,
    g,
    2,
    [
      'Crecimiento respecto al año anterior',
      null,
      null,
      F(`E${T}/D${T}-1`),
      F(`F${T}/E${T}-1`),
      F(`G${T}/F${T}-1`),
      F(`H${T}/G${T}-1`),
    ],
    [null, null, null, FMT.pct1, FMT.pct1, FMT.pct1, FMT.pct1],
  );
  b.exp(S, `E${g}`, gy[1] / gy[0] - 1);
  note(
    ws,
    T + 3,
    'Notas: el total 2026-2030 de cada fila es la suma de sus cinco años; cada eje suma sus intervenciones y el TOTAL suma los ejes. Años sin asignación se muestran con "-". PDM-OT: Plan de Desarrollo Municipal y Ordenamiento Territorial.',
    1,
    9,
  );
  ws.views = [{ state: 'frozen', ySplit: 6, xSplit: 2 }];
  b.layout = `Hoja "Proyección 2026-2030": columna C "Total 2026-2030" =SUM(D:H) a la izquierda de los años; filas de eje ${ejeRows.join(',')} con D:H =SUM de sus intervenciones (separadas por una fila en blanco); TOTAL fila ${T} = suma de filas de eje; I =C/$C$${T}; fila ${g} crecimiento interanual.`;
}

// ============================================================ main
async function main() {
  await writeAndCheck({
    makers: [w01, w02, w03, w04, w05, w06, w07, w08, w09, w10, w11, w12, w13, w14, w16],
    raw: RAW,
    out: OUT,
    profile: PROFILE,
    readme: [
      '# Libros limpios en formatos de oficinas guatemaltecas',
      '',
      'Libros **sin errores** de planificación y presupuesto del sector público guatemalteco, con cifras',
      'ficticias pero coherentes: cada total suma lo que totaliza, cada referencia entre hojas apunta a su',
      'celda, cada porcentaje está bien calculado. `test/rules/clean-formats.test.ts` exige que Planifica',
      'no dé en ellos ningún error ni advertencia (salvo «no se reconoció ninguna matriz del POM/POA» en los',
      'que no son matrices de SEGEPLAN): en ellos, cualquier otro hallazgo sería una falsa alarma.',
      '',
      '`node scripts/make-clean-formats.js` los escribe con ExcelJS (fórmulas reales), los guarda de nuevo',
      'con LibreOffice sin interfaz (cada fórmula con su resultado guardado) y comprueba el XML guardado.',
      '',
    ],
  });
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
