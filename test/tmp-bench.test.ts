import { readFileSync } from 'fs';
import { validateWorkbook } from '../src/rules/run';
import { annotateXlsx } from '../src/xlsx/annotate';
import { readXlsx } from '../src/xlsx/read';
import { annotateXlsx as oldAnnotate } from './tmp-old-annotate';
jest.setTimeout(600_000);
it('bench', async () => {
  const bytes = new Uint8Array(readFileSync('.bench/metas-100000.xlsx'));
  const snapshot = await readXlsx(bytes);
  const real = validateWorkbook(snapshot).findings;
  const sheet = snapshot.sheets[0];
  const step = Math.floor(sheet.cells.length / 1000);
  const sev = ['error', 'warning', 'info'] as const;
  const findings = [...real, ...Array.from({ length: 1000 }, (_, i) => {
    const c = sheet.cells[i * step];
    return { rule: 'bench/x', kind: 'total-mismatch', severity: sev[i % 3], sheet: sheet.name, range: String.fromCharCode(65 + c.col) + (c.row + 1), message: `Hallazgo ${i} de prueba` } as never;
  })];
  const cells = snapshot.sheets.reduce((n, s) => n + s.cells.length, 0);
  const lines = [`cells ${cells} findings ${findings.length}`];
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    const a = await annotateXlsx(bytes, findings);
    const patchMs = performance.now() - t;
    t = performance.now();
    const b = await oldAnnotate(bytes, findings);
    const oldMs = performance.now() - t;
    lines.push(`patcher ${patchMs.toFixed(0)} ms (${a.bytes.length} B, ${a.cells} cells, ${a.notes} notes) | exceljs ${oldMs.toFixed(0)} ms (${b.bytes.length} B)`);
  }
  console.log(lines.join('\n'));
});
