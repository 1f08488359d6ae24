/**
 * End to end, in real Chromium: several workbooks opened at once in file mode (the three example
 * workbooks and a file that is not a workbook) give the summary `planifica review` gives — one row
 * per workbook, the unreadable one with its reason, the counts by rule — and the two reports it
 * downloads are the command line's reports, links aside (by file name here, by path there).
 * A row opens that workbook's findings in the single-file view and the summary comes back.
 * axe finds nothing critical or serious; the screenshot goes to docs/img/pane-revision-varios.png.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { runCli } from '../cli/run-cli';
import { OUTPUT, ready, ROOT, seriousViolations, usePane } from './browser';

const EXAMPLES = ['igm-pom-2026-2030.xlsx', 'inab-poa-2026.xlsx', 'sbs-pom-2027-2031.xlsx'];
const BROKEN = 'roto.xlsx';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface JsonWorkbook {
  file: string;
  status: 'reviewed' | 'unreadable';
  reason?: string;
  identity?: { code?: string; name?: string };
  plan?: string;
  summary?: { errors: number; warnings: number; infos: number };
  findings?: unknown[];
}
interface JsonReport {
  totals: { workbooks: number; withErrors: number; unreadable: number };
  byRule: { rule: string; findings: number; workbooks: number }[];
  workbooks: JsonWorkbook[];
}

/** A cell as compared: a link keeps its text and what it opens, without the folder it points into. */
function plain(value: ExcelJS.CellValue, folderUrl: string): unknown {
  if (value && typeof value === 'object' && 'hyperlink' in value) {
    return { text: value.text, link: value.hyperlink.replace(folderUrl, '') };
  }
  return value;
}

async function sheetRows(file: string, folderUrl: string): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets: Record<string, unknown[][]> = {};
  for (const sheet of workbook.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow((row, r) => {
      // Row 2 of «Resumen» ends with the time the report was made.
      const values = (row.values as ExcelJS.CellValue[]).map((v) => plain(v, folderUrl));
      rows.push(r === 2 && typeof values[1] === 'string' ? [values[1].replace(/ · [\d-]+ [\d:]+ UTC$/, '')] : values);
    });
    sheets[sheet.name] = rows;
  }
  return sheets;
}

(ready ? describe : describe.skip)('several workbooks in file mode (review of many)', () => {
  const openPane = usePane({ width: 320, height: 900 });
  let dir: string;
  /** The command line's reports, outside the folder it reviews. */
  let out: string;
  let folderUrl: string;
  let expected: JsonReport;

  beforeAll(async () => {
    // The same files, in one folder, for the command line.
    dir = mkdtempSync(path.join(tmpdir(), 'planifica-review-e2e-'));
    for (const name of EXAMPLES) copyFileSync(path.join(ROOT, 'examples', name), path.join(dir, name));
    writeFileSync(path.join(dir, BROKEN), 'esto no es un libro de Excel\n');
    folderUrl = `${pathToFileURL(dir).href}/`;
    out = mkdtempSync(path.join(tmpdir(), 'planifica-review-e2e-out-'));
    const json = await runCli('review', dir, '--output', path.join(out, 'informe.json'));
    expect(json.code).toBe(1); // the examples have errors
    expected = JSON.parse(readFileSync(path.join(out, 'informe.json'), 'utf8')) as JsonReport;
    expect(expected.workbooks.map((w) => path.basename(w.file))).toEqual([...EXAMPLES, BROKEN].sort());
  }, 120_000);

  const files = () =>
    [BROKEN, ...EXAMPLES].map((name) => ({
      name,
      mimeType: XLSX_MIME,
      buffer: readFileSync(path.join(dir, name)),
    }));

  it('shows the summary of the files chosen and downloads the reports planifica review writes', async () => {
    const { context, page, errors } = await openPane();
    await page.getByTestId('file-input').setInputFiles(files());

    const progress = page.getByTestId('review-progress');
    await expect(progress.getAttribute('aria-live')).resolves.toBe('polite');
    await page.getByTestId('review-table').waitFor({ timeout: 60_000 });
    const { totals } = expected;
    await expect(progress.textContent()).resolves.toBe(
      `Revisados ${totals.workbooks} libros: ${totals.withErrors} con errores, ${totals.unreadable} sin leer.`,
    );

    // One row per workbook, in the command line's order, with its counts.
    const rows = page.getByTestId('review-row');
    await expect(rows.count()).resolves.toBe(expected.workbooks.length);
    for (const [i, w] of expected.workbooks.entries()) {
      const cells = await rows.nth(i).locator('th, td').allTextContents();
      expect(cells[0]).toBe(path.basename(w.file));
      if (w.status === 'unreadable') {
        expect(cells[1]).toBe(`No se pudo leer: ${w.reason}`);
        continue;
      }
      expect(cells[1]).toBe([w.identity?.code, w.identity?.name].filter(Boolean).join(' '));
      expect(cells[2]).toBe(w.plan);
      expect(cells.slice(3, 6).map(Number)).toEqual([w.summary!.errors, w.summary!.warnings, w.summary!.infos]);
      expect(cells[6]).not.toBe('');
    }
    // The counts by rule across the workbooks.
    const rules = page.getByTestId('review-rule');
    await expect(rules.count()).resolves.toBe(expected.byRule.length);
    for (const [i, r] of expected.byRule.entries()) {
      const cells = await rules.nth(i).locator('td').allTextContents();
      expect(cells[0]).toContain(`(${r.rule})`);
      expect(cells.slice(1).map(Number)).toEqual([r.findings, r.workbooks]);
    }

    expect(await seriousViolations(page)).toEqual([]);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways).toBe(0); // the tables scroll inside their own region, the pane does not
    mkdirSync(path.join(ROOT, 'docs/img'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'docs/img/pane-revision-varios.png') });

    // The .xlsx report: what `planifica review` writes, sheet by sheet, links by file name.
    mkdirSync(OUTPUT, { recursive: true });
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar informe (.xlsx)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/^revision-planes-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const browserXlsx = path.join(OUTPUT, 'revision-varios.xlsx');
    await xlsx.saveAs(browserXlsx);
    await page.getByTestId('review-saved').waitFor();
    const cliXlsx = path.join(out, 'informe.xlsx');
    expect((await runCli('review', dir, '--output', cliXlsx)).code).toBe(1);
    const fromBrowser = await sheetRows(browserXlsx, folderUrl);
    expect(Object.keys(fromBrowser)).toEqual(['Resumen', 'Hallazgos', 'Por regla']);
    expect(fromBrowser).toEqual(await sheetRows(cliXlsx, folderUrl));
    const igmRow = fromBrowser.Resumen.find((row) => JSON.stringify(row).includes('igm-pom-2026-2030.xlsx'))!;
    expect(igmRow[1]).toEqual({ text: 'igm-pom-2026-2030.xlsx', link: 'igm-pom-2026-2030.xlsx' });
    expect(fromBrowser.Hallazgos[3][4]).toMatchObject({ link: expect.stringMatching(/^[\w-]+\.xlsx#'[^']+'!\w+\d+$/) });

    // The .html report: the command line's page, byte for byte once the links and the time agree.
    const [html] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar informe (.html)' }).click(),
    ]);
    expect(html.suggestedFilename()).toMatch(/^revision-planes-\d{4}-\d{2}-\d{2}\.html$/);
    const browserHtml = path.join(OUTPUT, 'revision-varios.html');
    await html.saveAs(browserHtml);
    const cliHtml = path.join(out, 'informe.html');
    expect((await runCli('review', dir, '--output', cliHtml)).code).toBe(1);
    const stable = (text: string) => text.replace(/ · [\d-]+ [\d:]+ UTC</, ' · (hora) UTC<');
    const pageText = readFileSync(browserHtml, 'utf8');
    expect(pageText).toContain('href="igm-pom-2026-2030.xlsx#');
    expect(stable(pageText)).toBe(stable(readFileSync(cliHtml, 'utf8').split(folderUrl).join('')));

    // A row opens that workbook's findings; the summary comes back as it was.
    const igm = expected.workbooks.find((w) => w.file.endsWith('igm-pom-2026-2030.xlsx'))!;
    await page.getByRole('button', { name: 'igm-pom-2026-2030.xlsx', exact: true }).click();
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('finding').count()).resolves.toBe(igm.findings!.length);
    await expect(page.getByTestId('review-table').isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: /^Volver al resumen/ }).click();
    await expect(page.getByTestId('review-table').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('finding').count()).resolves.toBe(0);
    await expect(rows.count()).resolves.toBe(expected.workbooks.length);

    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('reviews several files dropped on the pane; one file dropped keeps the single-file view', async () => {
    const { context, page, errors } = await openPane();
    const drop = async (names: string[]) => {
      const payload = names.map((name) => ({ name, data: readFileSync(path.join(dir, name)).toString('base64') }));
      const transfer = await page.evaluateHandle((items) => {
        const data = new DataTransfer();
        for (const item of items) {
          const bytes = Uint8Array.from(atob(item.data), (c) => c.charCodeAt(0));
          data.items.add(new File([bytes], item.name));
        }
        return data;
      }, payload);
      await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    };

    await drop([EXAMPLES[1], EXAMPLES[0]]);
    await page.getByTestId('review-table').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('review-row').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^igm-pom-2026-2030\.xlsx/),
      expect.stringMatching(/^inab-poa-2026\.xlsx/),
    ]);

    await drop([EXAMPLES[2]]);
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('review').count()).resolves.toBe(0);
    const sbs = expected.workbooks.find((w) => w.file.endsWith(EXAMPLES[2]))!;
    await expect(page.getByTestId('finding').count()).resolves.toBe(sbs.findings!.length);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
  it('checks the budgets against a techos CSV dropped with the workbooks; two files of one name get a row each', async () => {
    const { context, page, errors } = await openPane();
    // The command line on the same workbook and ceilings, for the expected counts.
    const single = mkdtempSync(path.join(tmpdir(), 'planifica-review-e2e-techos-'));
    copyFileSync(path.join(dir, EXAMPLES[0]), path.join(single, EXAMPLES[0]));
    const csv = path.join(out, 'techos.csv');
    writeFileSync(csv, 'institucion;programa;anio;monto\n1120-0069-000-000;11;2026;80.000.000,00\n');
    const cli = await runCli('review', single, '--techos', csv, '--output', path.join(out, 'techos.json'));
    expect(cli.code).toBe(1);
    const withCeilings = JSON.parse(readFileSync(path.join(out, 'techos.json'), 'utf8')) as JsonReport;
    const ceiling = withCeilings.byRule.find((r) => r.rule === 'totals/budget-ceiling');
    expect(ceiling?.findings).toBeGreaterThan(0);

    const payload = [
      { name: EXAMPLES[0], data: readFileSync(path.join(dir, EXAMPLES[0])).toString('base64') },
      { name: 'techos.csv', data: readFileSync(csv).toString('base64') },
      { name: EXAMPLES[0], data: readFileSync(path.join(dir, EXAMPLES[0])).toString('base64') },
    ];
    const transfer = await page.evaluateHandle((items) => {
      const data = new DataTransfer();
      for (const item of items)
        data.items.add(new File([Uint8Array.from(atob(item.data), (c) => c.charCodeAt(0))], item.name));
      return data;
    }, payload);
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByTestId('review-table').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('review-ceilings').textContent()).resolves.toMatch(/techos\.csv \(1\)/);
    const rows = page.getByTestId('review-row');
    await expect(rows.count()).resolves.toBe(2);
    const igm = withCeilings.workbooks[0];
    for (const [i, name] of [EXAMPLES[0], `${EXAMPLES[0]} (2)`].entries()) {
      const cells = await rows.nth(i).locator('th, td').allTextContents();
      expect(cells[0]).toBe(name);
      expect(cells.slice(3, 6).map(Number)).toEqual([igm.summary!.errors, igm.summary!.warnings, igm.summary!.infos]);
    }
    const ruleCells = await page.getByTestId('review-rule').allTextContents();
    expect(ruleCells.some((text) => text.includes('(totals/budget-ceiling)'))).toBe(true);

    // A broken CSV stops the review with one line naming the file and the line.
    const broken = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['institucion,programa,anio,monto\n1120-0069-000-000,11,2026,mucho\n'], 'malos.csv'));
      data.items.add(new File(['x'], 'plan.xlsx'));
      return data;
    });
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: broken });
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain(
      'malos.csv: línea 2: el monto «mucho» no es una cantidad en quetzales',
    );
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
