/**
 * File mode's host in Node: open an .xlsx built with ExcelJS, validate it, preview a cell and
 * build the annotated copy; the bytes handed in stay as they were.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { createFileHost as createHost } from '../../src/taskpane/hosts/file-host';
import * as reader from '../../src/taskpane/hosts/file-read';
import * as xlsx from '../../src/taskpane/hosts/file-xlsx';
import { readXlsx } from '../../src/xlsx/read';

const createFileHost = () =>
  createHost(
    async () => xlsx,
    async () => reader,
  );

async function workbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Metas');
  sheet.addRow(['Producto', 2026]);
  sheet.addRow(['Producto 1', 10]);
  sheet.getCell('B3').value = { formula: 'B2*#REF!', result: { error: '#REF!' } } as ExcelJS.CellValue;
  sheet.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('file host', () => {
  it('asks for a file before anything else', async () => {
    await expect(createFileHost().validate()).rejects.toMatchObject({ code: 'no-workbook' });
  });

  it('validates, previews a cell and writes an annotated copy without touching the original', async () => {
    const bytes = await workbookBytes();
    const before = bytes.slice();
    const host = createFileHost();
    await host.open('plan.xlsx', bytes);
    expect(host.fileName).toBe('plan.xlsx');

    const outcome = await host.validate();
    const refFinding = outcome.findings.find((f) => f.range === 'B3');
    expect(refFinding?.kind).toBe('error-value');
    expect(outcome.sheets).toEqual(['Metas']);
    const preview = await host.select({ sheet: 'Metas', range: 'B3' }, [{ sheet: 'Metas', range: 'B2' }]);
    expect(preview).toMatchObject({ sheet: 'Metas', range: 'B3', value: { error: '#REF!' }, formula: 'B2*#REF!' });
    // The neighbourhood: rows 1-5, columns A-C, the cell highlighted and the related B2 outlined.
    const grid = preview && preview.grid;
    expect(grid?.columns).toEqual(['A', 'B', 'C']);
    expect(grid?.rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5]);
    const roles = grid?.rows.flatMap((r) => r.cells.filter((c) => c.role).map((c) => `${c.address}:${c.role}`));
    expect(roles).toEqual(['B2:related', 'B3:target']);
    expect(grid?.rows[0].cells[1]).toEqual({ address: 'B1', value: 2026 });

    const marked = await host.mark(outcome.findings);
    expect(marked.kind).toBe('download');
    if (marked.kind !== 'download') return;
    expect(marked.fileName).toBe('plan (anotado).xlsx');
    const annotated = new ExcelJS.Workbook();
    await annotated.xlsx.load(marked.bytes.buffer as ArrayBuffer);
    const goals = annotated.getWorksheet('Metas')!;
    const argb = (ref: string) => {
      const fill = goals.getCell(ref).fill;
      return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
    };
    expect(argb('B3')).toBe('FFF8CBAD');
    // The note is rich text: «Planifica» in bold, then the messages.
    const note = goals.getCell('B3').note;
    const noteText = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
    expect(noteText).toMatch(/^Planifica\nError: .*#REF!/);
    expect(annotated.getWorksheet('Hallazgos')!.getCell('C2').value).toBe('B3');
    // An internal link as Excel writes it: a location, no relationship (ExcelJS does not read those).
    const parts = unzipSync(marked.bytes);
    const report = Object.keys(parts).find((name) => strFromU8(parts[name]).includes('<hyperlink '));
    expect(strFromU8(parts[report!])).toContain(`<hyperlink ref="C2" location="'Metas'!B3"`);
    expect(goals.getCell('B2').value).toBe(10);
    expect(Buffer.from(bytes).equals(Buffer.from(before))).toBe(true);
  });

  it('turns an unreadable file into one plain sentence', async () => {
    const host = createFileHost();
    await expect(host.open('notas.xlsx', new TextEncoder().encode('no es un libro'))).rejects.toMatchObject({
      code: 'unreadable-file',
      message: expect.stringMatching(/^No se pudo leer «notas\.xlsx»: /),
    });
  });
});

describe('file host: the corrected copy', () => {
  /** A goals sheet whose 2026 total stops one row short and whose C3 is a number stored as text. */
  async function faulty(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Metas');
    sheet.addRow(['Producto', 'Unidad', 2026, 2027]);
    sheet.addRow(['Producto 1', 'Documento', 10, 12]);
    sheet.addRow(['Producto 2', 'Documento', 20, 22]);
    sheet.addRow(['Producto 3', 'Documento', 30, 32]);
    sheet.addRow(['Total', '', { formula: 'SUM(C2:C3)', result: 30 }, { formula: 'SUM(D2:D4)', result: 66 }]);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('writes the certain fixes into a copy, holds that copy and validates it without the fixed findings', async () => {
    const bytes = await faulty();
    const before = bytes.slice();
    const host = createFileHost();
    await host.open('plan.xlsx', bytes);
    const outcome = await host.validate();
    const fixes = outcome.fixes!;
    expect(fixes.changes.length).toBeGreaterThan(0);
    const fixed = Object.keys(fixes.byFinding).map((i) => outcome.findings[Number(i)]);
    expect(fixed.map((f) => `${f.rule} ${f.range}`)).toContain('formulas/range-omits-cells C5');

    const copy = await host.correctedCopy(fixes.changes.map((c) => c.edit));
    expect(copy.fileName).toBe('plan-corregido.xlsx');
    expect(copy.cells).toBe(fixes.changes.length);
    expect(host.fileName).toBe('plan-corregido.xlsx');
    const again = await host.validate();
    const key = (f: { rule: string; sheet: string; range: string }) => `${f.rule} ${f.sheet}!${f.range}`;
    for (const f of fixed) expect(again.findings.map(key)).not.toContain(key(f));
    expect(again.findings.length).toBe(outcome.findings.length - fixed.length);
    // The copy is a package that reads on its own, the opened bytes are untouched.
    const reread = await readXlsx(copy.bytes);
    expect(reread.sheets[0].cells.find((c) => c.row === 4 && c.col === 2)?.formula).toBe('SUM(C2:C4)');
    expect(Buffer.from(bytes).equals(Buffer.from(before))).toBe(true);
  });
});
