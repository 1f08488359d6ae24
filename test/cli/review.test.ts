/**
 * `planifica review` on a season's folder: the three example pairs, a generated plan, a file that
 * is not a workbook and an old .xls. The summary rows, the counts by rule and the links are
 * checked against validating each workbook on its own; the report opens in LibreOffice.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { Finding } from '../../src/core';
import { parseModelJson } from '../../src/domain/model';
import { validateWorkbook } from '../../src/rules/run';
import { buildWorkbookSpec } from '../../src/templates/build';
import { readXlsx } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { recalculate, RECALC_TIMEOUT_MS } from '../libreoffice/soffice';
import { ROOT } from '../support/pom-examples';
import { buildCfb } from '../support/xlsx';
import { progressLine } from '../../src/cli/review';
import { runCli } from './run-cli';

const EXAMPLES = [
  'igm-pom-2026-2030.xlsx',
  'igm-pom-2026-2030-corregido.xlsx',
  'inab-poa-2026.xlsx',
  'inab-poa-2026-corregido.xlsx',
  'sbs-pom-2027-2031.xlsx',
  'sbs-pom-2027-2031-corregido.xlsx',
];

let dir: string;
let season: string;
const own = new Map<string, Finding[]>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'planifica-review-'));
  season = join(dir, 'temporada');
  mkdirSync(season);
  for (const name of EXAMPLES) writeFileSync(join(season, name), readFileSync(join(ROOT, 'examples', name)));
  const parsed = parseModelJson(readFileSync(join(ROOT, 'examples', 'igm-pom-2026-2030.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  writeFileSync(join(season, 'generado.xlsx'), await writeWorkbook(buildWorkbookSpec(parsed.model)));
  writeFileSync(join(season, 'notas.xlsx'), 'esto no es un libro de Excel\n');
  writeFileSync(join(season, 'viejo.xls'), buildCfb(['Workbook']));
  for (const name of [...EXAMPLES, 'generado.xlsx']) {
    own.set(name, validateWorkbook(await readXlsx(readFileSync(join(season, name)))).findings);
  }
  writeFileSync(
    join(dir, 'techos.csv'),
    '\uFEFFinstitucion;programa;anio;monto\n1120-0069-000-000;11;2026;80.000.000,00\n1120-0069-000-000;1;2026;Q 999,999,999.00\n',
  );
}, 120_000);

async function sheetRows(file: string, name: string): Promise<ExcelJS.CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(name)!;
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row, i) => {
    if (i >= 4) rows.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return rows;
}

const text = (v: ExcelJS.CellValue): string =>
  v && typeof v === 'object' && 'text' in v ? String((v as { text: unknown }).text) : String(v ?? '');
const href = (v: ExcelJS.CellValue): string =>
  v && typeof v === 'object' && 'hyperlink' in v ? String((v as { hyperlink: unknown }).hyperlink) : '';

describe('planifica review (xlsx)', () => {
  let report: string;
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    report = join(dir, 'informe.xlsx');
    run = await runCli('review', season, '--output', report, '--techos', join(dir, 'techos.csv'));
  }, 120_000);

  it('writes the report, lists the unreadable files on stderr and exits 1 (some workbooks have errors)', () => {
    expect(run.code).toBe(1);
    expect(existsSync(report)).toBe(true);
    expect(run.stdout).toMatch(/7 libros revisados \(\d+ con errores\), 2 no se pudieron leer/);
    expect(run.stderr).toContain('notas.xlsx');
    expect(run.stderr).toContain('viejo.xls');
  });

  it('has one summary row per workbook, with the counts each workbook gives on its own', async () => {
    const rows = await sheetRows(report, 'Resumen');
    const header = (await new ExcelJS.Workbook().xlsx.readFile(report)).getWorksheet('Resumen')!.getRow(3)
      .values as string[];
    const col = (name: string) => header.indexOf(name) - 1;
    expect(rows.map((r) => text(r[0])).sort()).toEqual(
      [...EXAMPLES, 'generado.xlsx', 'notas.xlsx', 'viejo.xls'].sort(),
    );
    for (const row of rows) {
      const name = text(row[0]);
      expect(href(row[0])).toBe(pathToFileURL(join(season, name)).href);
      const findings = own.get(name);
      if (!findings) {
        expect(String(row[col('Estado')])).toMatch(/^No se pudo leer: /);
        continue;
      }
      // The IGM's programme 11 is above its 2026 ceiling in both IGM examples and the plan generated from its model.
      const ceilings = name.startsWith('igm-') || name === 'generado.xlsx' ? 1 : 0;
      expect({
        name,
        errors: row[col('Errores')],
        warnings: row[col('Advertencias')],
        ceilings: row[col('Techos superados')],
      }).toEqual({
        name,
        errors: findings.filter((f) => f.severity === 'error').length + ceilings,
        warnings: findings.filter((f) => f.severity === 'warning').length,
        ceilings,
      });
    }
    const igm = rows.find((r) => text(r[0]) === 'igm-pom-2026-2030-corregido.xlsx')!;
    expect(igm[col('Código')]).toBe('1120-0069-000-000');
    expect(igm[col('Institución')]).toBe('INSTITUTO GUATEMALTECO DE MIGRACIÓN');
    expect(igm[col('Plan')]).toBe('POM 2026-2030');
    const inab = rows.find((r) => text(r[0]) === 'inab-poa-2026.xlsx')!;
    expect(inab[col('Institución')]).toBe('INSTITUTO NACIONAL DE BOSQUES -INAB-');
    expect(inab[col('Plan')]).toBe('POA 2026');
    // The IGM's budget for 2026 (§8 Total row) and the goals' financial total over five years.
    expect(igm[col('Presupuesto 2026')]).toBe(569504297);
    expect(igm[col('Presupuesto 2031')] ?? null).toBeNull();
    expect(igm[col('Metas financieras (suma)')]).toBeGreaterThan(0);
  });

  it('lists every finding with a link to its cell, and the summary links to each workbook’s first one', async () => {
    const rows = await sheetRows(report, 'Hallazgos');
    const igm = rows.filter((r) => r[0] === 'igm-pom-2026-2030.xlsx');
    expect(igm).toHaveLength(own.get('igm-pom-2026-2030.xlsx')!.length + 1);
    const o9 = igm.find((r) => text(r[3]) === '9.1 Indicadores multianual!O9')!;
    expect(href(o9[3])).toBe(
      `${pathToFileURL(join(season, 'igm-pom-2026-2030.xlsx')).href}#'9.1 Indicadores multianual'!O9`,
    );
    const ceiling = igm.find((r) => r[5] === 'totals/budget-ceiling')!;
    expect(ceiling[7]).toContain('supera su techo de Q80,000,000.00');
    const summary = await sheetRows(report, 'Resumen');
    const first = summary.find((r) => text(r[0]) === 'igm-pom-2026-2030.xlsx')!;
    const target = href(first[first.length - 1]);
    const row = Number(/^#'Hallazgos'!A(\d+)$/.exec(target)?.[1]);
    expect(rows[row - 4][0]).toBe('igm-pom-2026-2030.xlsx');
    expect(rows[row - 5]?.[0]).not.toBe('igm-pom-2026-2030.xlsx');
  });

  it('counts findings by rule across all workbooks', async () => {
    const rows = await sheetRows(report, 'Por regla');
    const expected = new Map<string, { findings: number; workbooks: number }>();
    for (const findings of own.values()) {
      for (const rule of new Set(findings.map((f) => f.rule))) {
        const entry = expected.get(rule) ?? { findings: 0, workbooks: 0 };
        entry.workbooks++;
        entry.findings += findings.filter((f) => f.rule === rule).length;
        expected.set(rule, entry);
      }
    }
    expected.set('totals/budget-ceiling', { findings: 3, workbooks: 3 });
    expect(Object.fromEntries(rows.map((r) => [r[0], { findings: r[3], workbooks: r[4] }]))).toEqual(
      Object.fromEntries(expected),
    );
    const findings = rows.map((r) => r[3] as number);
    expect(findings).toEqual([...findings].sort((a, b) => b - a));
  });

  it(
    'opens in LibreOffice with its three sheets',
    async () => {
      const converted = await recalculate(new Uint8Array(readFileSync(report)));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(converted as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Resumen', 'Hallazgos', 'Por regla']);
      expect(workbook.getWorksheet('Resumen')!.getCell('A3').value).toBe('Archivo');
    },
    RECALC_TIMEOUT_MS,
  );
});

describe('planifica review (html, json, refusals)', () => {
  it('writes one self-contained page with the summary, a bar per rule and links to cells', async () => {
    const out = join(dir, 'informe.html');
    const run = await runCli('review', season, '--output', out, '--workers', '0');
    expect(run.code).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=/);
    expect(html).toContain('INSTITUTO GUATEMALTECO DE MIGRACIÓN');
    expect(html.match(/class="bar"/g)?.length).toBeGreaterThan(3);
    expect(html).toContain(
      `${pathToFileURL(join(season, 'igm-pom-2026-2030.xlsx')).href}#'9.1 Indicadores multianual'!O9`,
    );
    expect(html).toContain('No se pudo leer: ');
  });

  it('writes JSON with the same totals; exit 0 when no workbook has errors', async () => {
    const out = join(dir, 'corregidos.json');
    const files = EXAMPLES.filter((n) => n.includes('corregido')).map((n) => join(season, n));
    const run = await runCli('review', ...files, '--output', out);
    expect(run.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.totals).toMatchObject({ workbooks: 3, reviewed: 3, unreadable: 0, withErrors: 0, errors: 0 });
    expect(json.workbooks.map((w: { file: string }) => basename(w.file))).toEqual(files.map((f) => basename(f)));
  });

  it('never writes over an existing file without --force, nor over an input', async () => {
    const out = join(dir, 'existe.xlsx');
    writeFileSync(out, 'previo');
    const refused = await runCli('review', season, '--output', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/ya existe; use --force/);
    expect(readFileSync(out, 'utf8')).toBe('previo');
    const input = join(season, 'inab-poa-2026.xlsx');
    const overInput = await runCli('review', input, '--output', input, '--force');
    expect(overInput.code).toBe(2);
    expect(overInput.stderr).toMatch(/es uno de los libros revisados/);
    const forced = await runCli('review', input, '--output', out, '--force', '--format', 'json');
    expect(forced.code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).totals.reviewed).toBe(1);
  });

  it('replaces its own report kept in the folder it reviews (with --force), without reviewing it', async () => {
    const folder = join(dir, 'con-informe');
    mkdirSync(folder);
    writeFileSync(join(folder, 'inab.xlsx'), readFileSync(join(season, 'inab-poa-2026-corregido.xlsx')));
    const out = join(folder, 'informe.xlsx');
    expect((await runCli('review', folder, '--output', out)).code).toBe(0);
    const again = await runCli('review', folder, '--output', out, '--force');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('1 libros revisados');
  });

  it('exits 2 when no workbook could be read, and writes nothing', async () => {
    const out = join(dir, 'nada.xlsx');
    const run = await runCli('review', join(season, 'notas.xlsx'), join(season, 'viejo.xls'), '--output', out);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).toMatch(/no se pudo leer ningún libro/);
  });

  it('exits 2 on a ceilings file it cannot use, naming the line', async () => {
    const csv = join(dir, 'techos-malos.csv');
    writeFileSync(csv, 'institucion,programa,anio,monto\n1120-0069-000-000,11,2026,mucho\n');
    const run = await runCli('review', season, '--output', join(dir, 'x.xlsx'), '--techos', csv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/línea 2: el monto «mucho»/);
  });
});

describe('the progress bar', () => {
  it('shows file n of N and its name, as wide as the terminal', () => {
    const line = progressLine({ done: 2, started: 3, total: 6, file: '/datos/temporada/plan-igm.xlsx' }, 60);
    expect(line).toBe(`[${'#'.repeat(8)}${'-'.repeat(16)}] 3/6 plan-igm.xlsx`.padEnd(59));
    expect(progressLine({ done: 0, started: 1, total: 500, file: 'x'.repeat(200) }, 40)).toHaveLength(39);
  });
});
