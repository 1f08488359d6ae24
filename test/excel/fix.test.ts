import type { CellEdit } from '../../src/core/fixes';
import { applyFixes, FIXES_NAMESPACE, parseFixUndo, undoFixes } from '../../src/excel/fix';
import { cellAt, FakeContext, newSheet, newWorkbook, type FakeSheet } from './fake-excel';

function fixture() {
  const sheet = newSheet('Metas', {
    B2: { value: 10, numberFormat: '#,##0.00' },
    B3: { value: '5', numberFormat: '@' },
    B4: { formula: '=B2', value: 10, numberFormat: '#,##0' },
    C4: { value: '=no es fórmula' },
  });
  return { model: newWorkbook([sheet, newSheet('Otra', { A1: 1 })]), sheet };
}

/** What Range.formulas shows for a cell, and its format. */
function shown(sheet: FakeSheet, ref: string): [unknown, string] {
  const cell = cellAt(sheet, ref);
  return [cell?.formula ?? cell?.value ?? '', cell?.numberFormat ?? 'General'];
}

const EDITS: CellEdit[] = [
  { sheet: 'Metas', cell: 'B4', formula: '=B2+B3', rule: 'totals/a' },
  { sheet: 'Metas', cell: 'B3', value: 5, rule: 'values/number-as-text' },
  { sheet: 'Metas', cell: 'D9', value: '=texto', rule: 'r/c' },
];

describe('applyFixes and undoFixes', () => {
  it('writes every fix in one batch, keeps formats, and "Deshacer correcciones" restores each cell exactly', async () => {
    const { model, sheet } = fixture();
    const refs = ['B2', 'B3', 'B4', 'C4', 'D9'];
    const before = refs.map((ref) => shown(sheet, ref));
    const context = new FakeContext(model);

    expect(await applyFixes(context.asExcel(), EDITS)).toBe(3);
    expect(context.syncCount).toBe(2);
    expect(cellAt(sheet, 'B4')).toMatchObject({ formula: '=B2+B3', numberFormat: '#,##0' });
    expect(cellAt(sheet, 'B3')).toMatchObject({ value: 5, numberFormat: '@' });
    expect(cellAt(sheet, 'D9')?.formula).toBeUndefined();
    expect(cellAt(sheet, 'D9')?.value).toBe('=texto');
    expect(parseFixUndo(model.customXml[0].xml).map((r) => r.cell)).toEqual(['B4', 'B3', 'D9']);
    expect(model.customXml[0].namespace).toBe(FIXES_NAMESPACE);

    // A second batch adds to the record (one more round trip to read it); undo restores both.
    const again = new FakeContext(model);
    await applyFixes(again.asExcel(), [{ sheet: 'Metas', cell: 'C4', value: 1, rule: 'r/d' }]);
    expect(again.syncCount).toBe(3);
    expect(model.customXml).toHaveLength(1);

    const undo = new FakeContext(model);
    expect(await undoFixes(undo.asExcel())).toBe(4);
    expect(undo.syncCount).toBe(3);
    expect(refs.map((ref) => shown(sheet, ref))).toEqual(before);
    expect(cellAt(sheet, 'C4')?.formula).toBeUndefined(); // text starting "=" came back as text
    expect(model.customXml).toHaveLength(0);
    expect(await undoFixes(new FakeContext(model).asExcel())).toBe(0);
  });

  it('takes the same number of round trips for 1 fix or 200', async () => {
    const counts: number[] = [];
    for (const n of [1, 200]) {
      const { model } = fixture();
      const context = new FakeContext(model);
      const edits = Array.from({ length: n }, (_, i): CellEdit => ({
        sheet: 'Otra',
        cell: `C${i + 1}`,
        value: i,
        rule: 'r',
      }));
      await applyFixes(context.asExcel(), edits);
      const undo = new FakeContext(model);
      await undoFixes(undo.asExcel());
      counts.push(context.syncCount * 10 + undo.syncCount);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});
