/** The per-validation view: cell lookup and the formula analyses it keeps. */
import { WorkbookView, rangeAddress, type WorkbookSnapshot } from '../../src/core';

const snapshot: WorkbookSnapshot = {
  sheets: [
    {
      name: 'Metas',
      cells: [
        { row: 0, col: 0, value: 5 },
        { row: 1, col: 0, value: 5, formula: 'SUM(A1)' },
      ],
      merges: [],
      usedRange: 'A1:A2',
    },
    {
      name: 'Presupuesto',
      cells: [{ row: 1, col: 0, value: 7, formula: 'B1+C1' }],
      merges: [],
      usedRange: 'A2',
    },
  ],
} as WorkbookSnapshot;

describe('SheetView.formula', () => {
  it('analyses a formula once and hands the same analysis back', () => {
    const [metas] = new WorkbookView(snapshot).sheets;
    const cell = metas.get(1, 0)!;
    const info = metas.formula(cell)!;
    expect(info.references.map((r) => rangeAddress(r.box))).toEqual(['A1']);
    expect(metas.formula(cell)).toBe(info);
    expect(metas.formula(metas.get(0, 0)!)).toBeUndefined();
  });

  it('analyses a cell of another sheet at the same address for what it holds, not from the cache', () => {
    const [metas, presupuesto] = new WorkbookView(snapshot).sheets;
    const own = metas.formula(metas.get(1, 0)!)!;
    const foreign = metas.formula(presupuesto.get(1, 0)!)!;
    expect(foreign.text).toBe('B1+C1');
    expect(foreign.references).toHaveLength(2);
    // …and the sheet's own analysis is still the one it keeps.
    expect(metas.formula(metas.get(1, 0)!)).toBe(own);
    expect(metas.formula({ row: 1, col: 0, value: 5, formula: '=SUM(A1)' })).toBe(own);
  });
});
