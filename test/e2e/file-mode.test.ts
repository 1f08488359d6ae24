/**
 * End to end, in real Chromium: the built pane (dist/) served from 127.0.0.1 with office.js
 * unreachable opens in file mode, reads a faulty workbook, shows the same findings as the engine,
 * previews a cell on click, downloads an annotated copy that ExcelJS checks and a corrected copy
 * that the engine validates again without the fixed findings. A screenshot at
 * 320 px goes to test-output/e2e/ for a person to look at.
 * Needs a build newer than src/ (`npm run build`) and Chromium (/usr/bin/chromium); says so and
 * skips otherwise.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readFileSync } from 'fs';
import type http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import type { Browser } from 'playwright-core';
import { boxContains, parseRange } from '../../src/core';
import { validateWorkbook } from '../../src/rules/run';
import { readXlsx } from '../../src/xlsx/read';
import { DIST, launch, OUTPUT, ready, serve } from './browser';

/** A goals sheet with a #REF! and a total whose SUM stops one row short. */
async function faultyWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Metas');
  sheet.addRow(['Producto', 'Unidad', 2026, 2027]);
  sheet.addRow(['Producto 1', 'Documento', 10, 12]);
  sheet.addRow(['Producto 2', 'Documento', 20, 22]);
  sheet.addRow(['Producto 3', 'Documento', 30, 32]);
  sheet.addRow(['Total', '', { formula: 'SUM(C2:C3)', result: 30 }, { formula: 'SUM(D2:D4)', result: 66 }]);
  sheet.getCell('E3').value = { formula: '#REF!*2', result: { error: '#REF!' } } as ExcelJS.CellValue;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

(ready ? describe : describe.skip)('task pane in a plain browser (file mode)', () => {
  let server: http.Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    server = await serve(DIST);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('validates an opened workbook, goes to a finding and downloads an annotated copy', async () => {
    const original = await faultyWorkbook();
    const expected = validateWorkbook(await readXlsx(new Uint8Array(original)));
    const refFinding = expected.findings.find((f) => f.sheet === 'Metas' && f.range === 'E3');
    expect(refFinding).toBeDefined(); // the engine itself sees the #REF!

    const context = await browser.newContext({ viewport: { width: 320, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const blocked: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin)) return route.continue();
      blocked.push(url);
      return route.abort(); // office.js from the CDN, and anything else off this machine
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${origin}/taskpane.html`);
    await page.getByText('Modo archivo', { exact: false }).waitFor({ timeout: 15_000 });
    expect(blocked.some((url) => url.includes('appsforoffice.microsoft.com'))).toBe(true);

    await page.getByTestId('file-input').setInputFiles({
      name: 'pom-con-errores.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: original,
    });
    const summary = page.getByTestId('summary');
    await summary.waitFor({ timeout: 30_000 });
    const errors = expected.summary.errors;
    expect(await summary.textContent()).toMatch(errors === 1 ? /^1 error · / : new RegExp(`^${errors} errores · `));
    await expect(page.getByTestId('finding').count()).resolves.toBe(expected.findings.length);

    // Click (then Enter) on the #REF! finding: the preview shows the cell.
    const refItem = page.getByTestId('finding').filter({ hasText: 'E3' }).first();
    await refItem.click();
    await expect(page.getByTestId('cell-preview').textContent()).resolves.toContain('#REF!');
    await refItem.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('cell-preview').textContent()).resolves.toContain('Metas!E3');

    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, 'pane-320.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar copia anotada' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pom-con-errores (anotado).xlsx');
    const annotatedPath = path.join(OUTPUT, 'anotado.xlsx');
    await download.saveAs(annotatedPath);

    const annotated = new ExcelJS.Workbook();
    await annotated.xlsx.readFile(annotatedPath);
    const goals = annotated.getWorksheet('Metas')!;
    const fillOf = (ref: string) => {
      const fill = goals.getCell(ref).fill;
      return fill && fill.type === 'pattern' ? fill.fgColor?.argb : undefined;
    };
    expect(fillOf('E3')).toBe('FFF8CBAD'); // error red
    for (const finding of expected.findings.filter((f) => f.sheet === 'Metas')) {
      expect(fillOf(finding.range.split(':')[0])).toBeDefined();
    }
    const covered = (ref: string) =>
      expected.findings.some((f) => {
        const box = parseRange(f.range);
        const pos = parseRange(ref)!;
        return f.sheet === 'Metas' && box !== undefined && boxContains(box, pos.top, pos.left);
      });
    const unmarked = ['B2', 'A2', 'B3', 'A3', 'B4'].filter((ref) => !covered(ref));
    expect(unmarked.length).toBeGreaterThan(0);
    for (const ref of unmarked) expect(fillOf(ref)).toBeUndefined(); // cells without findings keep no fill
    const report = annotated.getWorksheet('Hallazgos')!;
    expect(report.rowCount).toBe(expected.findings.length + 1);
    // Links to the cells are internal locations, as Excel writes them (ExcelJS does not read those).
    const parts = unzipSync(new Uint8Array(readFileSync(annotatedPath)));
    const reportXml = Object.values(parts)
      .map((data) => strFromU8(data))
      .find((xml) => xml.includes('<hyperlink '));
    expect(reportXml).toMatch(/<hyperlink ref="C2" location="'Metas'!/);

    // The original values and formulas are untouched, and the original bytes too.
    const source = new ExcelJS.Workbook();
    await source.xlsx.load(original as unknown as ArrayBuffer);
    source
      .getWorksheet('Metas')!
      .eachRow((row, r) => row.eachCell((cell, c) => expect(goals.getCell(r, c).value).toEqual(cell.value)));
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('downloads a corrected copy after the before → after list, and shows it validated again', async () => {
    const original = await faultyWorkbook();
    const expected = validateWorkbook(await readXlsx(new Uint8Array(original)));
    const context = await browser.newContext({ viewport: { width: 320, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/taskpane.html`);
    await page.getByText('Modo archivo', { exact: false }).waitFor({ timeout: 15_000 });
    await page.getByTestId('file-input').setInputFiles({
      name: 'pom-con-errores.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: original,
    });
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });

    await page.getByRole('button', { name: /^Descargar copia corregida \(\d+\)$/ }).click();
    const changes = page.getByTestId('fix-change');
    expect(await changes.count()).toBeGreaterThan(0);
    expect(await changes.allTextContents()).toContain('Metas!C5: =SUM(C2:C3) → =SUM(C2:C4)');
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, 'copia-corregida-320.png'), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pom-con-errores-corregido.xlsx');
    const correctedPath = path.join(OUTPUT, 'corregido.xlsx');
    await download.saveAs(correctedPath);

    // The downloaded file, validated by the engine here: the fixed findings are gone, nothing new.
    const corrected = validateWorkbook(await readXlsx(new Uint8Array(readFileSync(correctedPath))));
    const say = (f: { rule: string; sheet: string; range: string }) => `${f.rule} ${f.sheet}!${f.range}`;
    expect(corrected.findings.map(say)).not.toContain('formulas/range-omits-cells Metas!C5');
    expect(corrected.findings.length).toBeLessThan(expected.findings.length);
    for (const f of corrected.findings) expect(expected.findings.map(say)).toContain(say(f));
    // …and the pane shows that copy, with the same findings.
    await expect(page.getByTestId('notice').textContent()).resolves.toContain(
      'Copia corregida descargada: pom-con-errores-corregido.xlsx',
    );
    await expect(page.getByTestId('finding').count()).resolves.toBe(corrected.findings.length);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('generates the blank templates and downloads them (Plantillas in file mode)', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole('tab', { name: 'Plantillas' }).click();
    await page.getByLabel('Institución', { exact: true }).fill('Instituto Geográfico Nacional');
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, 'plantillas-320.png'), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Generar y descargar' }).click(),
    ]);
    const file = path.join(OUTPUT, download.suggestedFilename());
    await download.saveAs(file);
    const generated = new ExcelJS.Workbook();
    await generated.xlsx.readFile(file);
    expect(generated.worksheets.length).toBeGreaterThan(3);
    // The generated workbook is itself clean: no errors from the engine.
    const result = validateWorkbook(await readXlsx(new Uint8Array(readFileSync(file))));
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    await context.close();
  }, 120_000);

  it('never hangs on "Cargando…" when office.js loads but onReady never answers', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 600 } });
    const page = await context.newPage();
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.includes('appsforoffice.microsoft.com')) {
        // An office.js whose onReady never settles: the pane must time out into file mode.
        return route.fulfill({
          contentType: 'text/javascript',
          body: 'window.Office = { onReady: () => new Promise(() => {}), HostType: { Excel: "Excel" } };',
        });
      }
      return url.startsWith(origin) ? route.continue() : route.abort();
    });
    const started = Date.now();
    await page.goto(`${origin}/taskpane.html`);
    await page.getByText('Modo archivo', { exact: false }).waitFor({ timeout: 15_000 });
    expect(Date.now() - started).toBeLessThan(15_000);
    await context.close();
  }, 60_000);
});
