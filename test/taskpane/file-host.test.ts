/**
 * File mode's host in Node: open an .xlsx built with ExcelJS, validate it, preview a cell and
 * build the annotated copy; the bytes handed in stay as they were.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { createFileHost as createHost } from '../../src/taskpane/hosts/file-host';
import * as reader from '../../src/taskpane/hosts/file-read';
import * as xlsx from '../../src/taskpane/hosts/file-xlsx';

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
