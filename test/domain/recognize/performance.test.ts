/**
 * Recognition runs once per validation over workbooks of up to a million cells: one pass over
 * the text cells, then local work around header candidates. This keeps it linear.
 */
import { WorkbookView, type Cell, type SheetSnapshot } from '../../../src/core';
import { getRecognition } from '../../../src/domain/recognize';

/** A goals matrix of `products` products × 3 subproducts over 5 years, then a large data dump below. */
function bigSheet(products: number, dumpRows: number, dumpCols: number): SheetSnapshot {
  const cells: Cell[] = [];
  const put = (row: number, col: number, value: Cell['value']) => cells.push({ row, col, value });
  put(0, 0, 'PRODUCTO / SUBPRODUCTO');
  put(0, 1, 'UNIDAD DE MEDIDA');
  for (let y = 0; y < 5; y++) {
    put(0, 2 + 2 * y, 2026 + y);
    put(1, 2 + 2 * y, 'Meta Física');
    put(1, 3 + 2 * y, 'Meta Financiera');
  }
  let row = 2;
  for (let p = 0; p < products; p++) {
    for (let s = 0; s < 4; s++, row++) {
      put(row, 0, s === 0 ? `Producto: Servicio número ${p}` : `Subproducto ${p}.${s} de atención`);
      put(row, 1, 'Persona');
      for (let c = 2; c < 12; c++) put(row, c, (p + s + c) * 10);
    }
  }
  put(row, 1, 'Total');
  row += 3;
  // Unrelated data: names, amounts, and some words that look like headers ("Total", "Año 2026").
  for (let r = 0; r < dumpRows; r++, row++)
    for (let c = 0; c < dumpCols; c++)
      put(row, c, c % 4 === 0 ? `Beneficiario ${r} del municipio ${c}` : c % 7 === 0 ? 'Total' : r * c + 0.5);
  return { name: 'Grande', cells, merges: ['C1:D1', 'E1:F1', 'G1:H1', 'I1:J1', 'K1:L1'], usedRange: null };
}

it('recognises a matrix inside a one-million-cell workbook in well under the validation budget', () => {
  const snapshot = { sheets: [bigSheet(2000, 48000, 20)] };
  const cellCount = snapshot.sheets[0].cells.length;
  expect(cellCount).toBeGreaterThan(1_000_000);
  const view = new WorkbookView(snapshot);
  // CPU time, not wall time: test machines run other work at the same time.
  const started = process.cpuUsage();
  const { matrices } = getRecognition(view);
  const cpu = process.cpuUsage(started);
  const ms = (cpu.user + cpu.system) / 1000;
  if (process.env.PLANIFICA_TIMINGS) console.log(`recognition: ${cellCount} cells in ${Math.round(ms)} ms of CPU`);
  expect(matrices).toHaveLength(1);
  const goals = matrices[0];
  if (goals.type !== 'goals') throw new Error('goals expected');
  expect(goals.items).toHaveLength(8000);
  expect(goals.items.filter((i) => i.level === 'product')).toHaveLength(2000);
  expect(goals.total?.row).toBe(8002);
  expect(ms).toBeLessThan(6000);
});
