import type { Finding } from '../../src/core';
import type { CellEdit } from '../../src/core/fixes';
import { readWorkbook } from '../../src/excel/read';
import { ALL_FEATURES } from '../../src/excel/requirements';
import { editsOf, planFixes } from '../../src/taskpane/fix-plan';
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

describe('a chosen suggestion', () => {
  it('is planned from the live workbook, written in one batch (2 round trips) and undone exactly (3)', async () => {
    const sheet = newSheet('Metas', {
      A1: 'Producto',
      B1: 'Meta 2026',
      B2: { value: 10, numberFormat: '#,##0' },
      B3: { value: 20, numberFormat: '#,##0' },
      B4: { value: 30, numberFormat: '#,##0' },
      B5: { value: 20, numberFormat: '#,##0' }, // typed: the average of the three above
      B6: { formula: '=SUM(B2:B4)', value: 60, numberFormat: '#,##0' },
    });
    const model = newWorkbook([sheet]);
    const read = new FakeContext(model);
    const snapshot = await readWorkbook(read.asExcel(), { features: ALL_FEATURES });
    const finding: Finding = {
      rule: 'totals/hardcoded-total',
      kind: 'hardcoded-total',
      severity: 'warning',
      sheet: 'Metas',
      range: 'B5',
      message: 'El total 20 está escrito a mano.',
      messageId: 'hardcodedVariant',
      suggestions: [
        { message: 'Escribir =SUM(B2:B4)', fix: { range: 'B5', formula: '=SUM(B2:B4)' } },
        { message: 'Escribir =AVERAGE(B2:B4)', fix: { range: 'B5', formula: '=AVERAGE(B2:B4)' } },
        { message: 'Escribir 60 sobre la fórmula', fix: { range: 'B6', value: 60 } },
      ],
    };
    const plan = planFixes([finding], snapshot);
    expect(plan.changes).toEqual([]); // a suggestion is never a certain fix
    const [sum, average, overFormula] = plan.suggestions![0];
    expect(sum!.map((p) => p.change.after)).toEqual([{ formula: '=SUM(B2:B4)' }]);
    expect(average!.map((p) => [p.change.before, p.change.after])).toEqual([
      [{ value: 20 }, { formula: '=AVERAGE(B2:B4)' }],
    ]);
    expect(overFormula).toBeUndefined(); // a user's formula is never replaced by a value

    const before = ['B5', 'B6'].map((ref) => shown(sheet, ref));
    const context = new FakeContext(model);
    expect(await applyFixes(context.asExcel(), editsOf(average!))).toBe(1);
    expect(context.syncCount).toBe(2);
    expect(cellAt(sheet, 'B5')).toMatchObject({ formula: '=AVERAGE(B2:B4)', numberFormat: '#,##0' });

    const undo = new FakeContext(model);
    expect(await undoFixes(undo.asExcel())).toBe(1);
    expect(undo.syncCount).toBe(3);
    expect(['B5', 'B6'].map((ref) => shown(sheet, ref))).toEqual(before);
  });
});
