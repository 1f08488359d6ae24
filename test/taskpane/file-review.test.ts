/**
 * File mode's review of several workbooks, in Node: each example gives exactly what the command
 * line's review gives (one workbook, read from disk), a file that is not a workbook is a row with
 * the reader's reason, and the reports link by file name.
 */
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { reviewFile } from '../../src/cli/review-file';
import type { WorkbookReview } from '../../src/domain/review/report';
import * as reader from '../../src/taskpane/hosts/file-read';
import { createFileReviewer, reportFileName } from '../../src/taskpane/hosts/file-review';
import * as writer from '../../src/taskpane/hosts/file-review-xlsx';
import { HostError } from '../../src/taskpane/host';
import { readCeilingsText, splitCeilingsFile } from '../../src/taskpane/review-ceilings';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const reviewer = createFileReviewer(
  async () => reader,
  async () => writer,
);

/** Without what differs from run to run (milliseconds) or by where the file was (its path). */
function stable(review: WorkbookReview): unknown {
  const { file: _file, ...rest } = review;
  return rest.status === 'reviewed' ? { ...rest, summary: { ...rest.summary, ms: 0 } } : rest;
}

describe('file mode review of several workbooks', () => {
  it('reviews each example as planifica review does', async () => {
    for (const name of ['igm-pom-2026-2030.xlsx', 'inab-poa-2026.xlsx', 'sbs-pom-2027-2031.xlsx']) {
      const file = path.join(EXAMPLES, name);
      const inBrowser = await reviewer.review(name, new Uint8Array(readFileSync(file)));
      expect(inBrowser.file).toBe(name);
      expect(inBrowser.status).toBe('reviewed');
      expect(stable(inBrowser)).toEqual(stable(await reviewFile(file, [])));
    }
  });

  it('checks programmes against a techos CSV given with the workbooks, as planifica review --techos does', async () => {
    const csv = '\uFEFFinstitucion;programa;anio;monto\n1120-0069-000-000;11;2026;80.000.000,00\n';
    const { workbooks, ceilings } = splitCeilingsFile([
      { name: 'igm-pom-2026-2030.xlsx' },
      { name: 'Techos-2026.CSV' },
      { name: 'sbs-pom-2027-2031.xlsx' },
    ]);
    expect(workbooks.map((f) => f.name)).toEqual(['igm-pom-2026-2030.xlsx', 'sbs-pom-2027-2031.xlsx']);
    expect(ceilings?.name).toBe('Techos-2026.CSV');
    const parsed = readCeilingsText('techos.csv', csv);
    expect(parsed).toHaveLength(1);
    const file = path.join(EXAMPLES, 'igm-pom-2026-2030.xlsx');
    const inBrowser = await reviewer.review('igm-pom-2026-2030.xlsx', new Uint8Array(readFileSync(file)), parsed);
    const onCli = await reviewFile(file, parsed);
    expect(stable(inBrowser)).toEqual(stable(onCli));
    const over =
      inBrowser.status === 'reviewed' ? inBrowser.findings.filter((f) => f.rule === 'totals/budget-ceiling') : [];
    expect(over.length).toBeGreaterThan(0);
  });

  it('refuses a second CSV or a broken one with one line naming the file', () => {
    expect(() => splitCeilingsFile([{ name: 'a.csv' }, { name: 'b.csv' }, { name: 'plan.xlsx' }])).toThrow(
      /Solo se admite un archivo de techos/,
    );
    try {
      readCeilingsText('techos-malos.csv', 'institucion,programa,anio,monto\n1120-0069-000-000,11,2026,mucho\n');
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).code).toBe('unreadable-file');
      expect((error as HostError).message).toBe(
        'techos-malos.csv: línea 2: el monto «mucho» no es una cantidad en quetzales',
      );
      expect((error as HostError).messageEn).toMatch(/^techos-malos\.csv: the ceilings file cannot be used/);
    }
  });

  it("lists a file that is not a workbook with the reader's reason, as the command line does", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planifica-file-review-'));
    const broken = path.join(dir, 'roto.xlsx');
    writeFileSync(broken, 'no es un libro');
    const inBrowser = await reviewer.review('roto.xlsx', new Uint8Array(readFileSync(broken)));
    expect(inBrowser).toEqual({ ...(await reviewFile(broken, [])), file: 'roto.xlsx' });
    expect(inBrowser.status).toBe('unreadable');
  });

  it('orders the report by name and writes it with links by file name', async () => {
    const reviews = await Promise.all(
      ['sbs-pom-2027-2031.xlsx', 'igm-pom-2026-2030.xlsx'].map(async (name) =>
        reviewer.review(name, new Uint8Array(readFileSync(path.join(EXAMPLES, name)))),
      ),
    );
    const report = await reviewer.report(
      [...reviews, { file: 'roto.xlsx', status: 'unreadable', reason: 'x' }],
      new Date('2026-12-03T10:00:00Z'),
    );
    expect(report.workbooks.map((w) => w.file)).toEqual([
      'igm-pom-2026-2030.xlsx',
      'roto.xlsx',
      'sbs-pom-2027-2031.xlsx',
    ]);
    expect(reportFileName(report, 'xlsx')).toBe('revision-planes-2026-12-03.xlsx');

    const html = await reviewer.write(report, 'html');
    expect(html.fileName).toBe('revision-planes-2026-12-03.html');
    expect(html.type).toMatch(/^text\/html/);
    const page = new TextDecoder().decode(html.bytes);
    expect(page).toContain('<a href="igm-pom-2026-2030.xlsx">igm-pom-2026-2030.xlsx</a>');
    expect(page).not.toContain('file:');

    const xlsx = await reviewer.write(report, 'xlsx');
    expect(xlsx.fileName).toBe('revision-planes-2026-12-03.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const summary = workbook.getWorksheet('Resumen')!;
    expect(summary.getCell('A4').value).toEqual({
      text: 'igm-pom-2026-2030.xlsx',
      hyperlink: 'igm-pom-2026-2030.xlsx',
    });
    expect(summary.getCell('A5').value).toEqual({ text: 'roto.xlsx', hyperlink: 'roto.xlsx' });
    const first = workbook.getWorksheet('Hallazgos')!.getCell('D4').value as ExcelJS.CellHyperlinkValue;
    expect(first.hyperlink).toMatch(/^igm-pom-2026-2030\.xlsx#'[^']+'!\w+\d+$/);
  });
});
