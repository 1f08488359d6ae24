import type { Finding, FindingFix } from '../../src/core';
import { applyEdits, collectFixes, type CellEdit, type FixSpec } from '../../src/core/fixes';
import { f, sheet, styled, workbook } from '../support/workbook';

function finding(rule: string, sheetName: string, range: string, fix?: FixSpec, extra: Partial<Finding> = {}): Finding {
  return {
    rule,
    kind: 'total-mismatch',
    severity: 'error',
    sheet: sheetName,
    range,
    message: rule,
    messageId: 'm',
    ...(fix ? { fix: fix as FindingFix } : {}),
    ...extra,
  };
}

const book = workbook(
  sheet('Metas', [
    ['Producto', 2026, 2027],
    ['A', 10, 20],
    ['B', '5', f('C2*2', 40)],
    ['Total', 14, f('SUM(C2:C2)', 20)],
  ]),
  sheet('Otra', [[1]]),
);

describe('collectFixes', () => {
  it('takes each certain fix once, with its rule, and never a suggestion', () => {
    const { edits, skipped } = collectFixes(
      [
        finding('totals/a', 'Metas', 'B4', { range: 'B4', formula: '=SUM(B2:B3)' }),
        finding('values/number-as-text', 'Metas', 'B3', { range: 'B3', value: 5 }),
        finding('totals/b', 'Metas', 'B4', { range: 'B4', formula: '=SUM(B2:B3)' }),
        finding('x/suggested', 'Metas', 'C3', undefined, {
          suggestions: [{ message: 'quizá', fix: { range: 'C3', value: 1 } }],
        }),
      ],
      book,
    );
    expect(skipped).toEqual([]);
    expect(edits).toEqual([
      { sheet: 'Metas', cell: 'B4', formula: '=SUM(B2:B3)', rule: 'totals/a' },
      { sheet: 'Metas', cell: 'B3', value: 5, rule: 'values/number-as-text' },
    ]);
  });

  it('filters by rule id', () => {
    const findings = [
      finding('totals/a', 'Metas', 'B4', { range: 'B4', formula: '=SUM(B2:B3)' }),
      finding('values/number-as-text', 'Metas', 'B3', { range: 'B3', value: 5 }),
    ];
    expect(collectFixes(findings, book, { rules: ['values/number-as-text'] }).edits.map((e) => e.cell)).toEqual(['B3']);
    expect(collectFixes(findings, book, { rules: [] }).edits).toHaveLength(2);
  });

  it('drops both sides of a conflict, and a whole multi-edit fix when one of its cells conflicts', () => {
    const { edits, skipped } = collectFixes(
      [
        finding('r/one', 'Metas', 'B4', { range: 'B4', formula: '=SUM(B2:B3)' }),
        finding('r/two', 'Metas', 'B4', { range: 'B4', value: 15 }),
        finding('r/three', 'Metas', 'A2', {
          edits: [
            { range: 'A2', value: 'A1' },
            { range: 'B4', value: 15 },
          ],
        }),
        finding('r/four', 'Otra', 'B1', { sheet: 'Otra', range: 'B1', value: 2 }),
      ],
      book,
    );
    expect(edits).toEqual([{ sheet: 'Otra', cell: 'B1', value: 2, rule: 'r/four' }]);
    expect(skipped.map((s) => `${s.rule} ${s.cell}`)).toEqual(['r/one B4', 'r/two B4', 'r/three A2', 'r/three B4']);
    expect(skipped[0].reason).toMatch(/otra corrección/);
  });

  it('never turns a cell holding a formula into a value, nor takes a range or an unknown sheet', () => {
    const { edits, skipped } = collectFixes(
      [
        finding('r/value-over-formula', 'Metas', 'C3', { range: 'C3', value: 40 }),
        finding('r/formula-over-formula', 'Metas', 'C4', { range: 'C4', formula: '=SUM(C2:C3)' }),
        finding('r/range', 'Metas', 'B2:B3', { range: 'B2:B3', value: 1 }),
        finding('r/sheet', 'Metas', 'A1', { sheet: 'Nada', range: 'A1', value: 1 }),
      ],
      book,
    );
    expect(edits.map((e) => e.rule)).toEqual(['r/formula-over-formula']);
    expect(skipped.map((s) => s.rule)).toEqual(['r/value-over-formula', 'r/range', 'r/sheet']);
    expect(skipped[0].reason).toMatch(/fórmula/);
  });
});

describe('applyEdits', () => {
  it('writes values and formulas, drops the cached value of a new formula and keeps formats', () => {
    const styledBook = workbook(sheet('S', [[styled(3, { bold: true }, '0.00'), 'x']]));
    const edits: CellEdit[] = [
      { sheet: 'S', cell: 'A1', formula: '=1+2', rule: 'r' },
      { sheet: 'S', cell: 'B1', value: '=texto', rule: 'r' },
      { sheet: 'S', cell: 'D3', value: 7, rule: 'r' },
    ];
    const { snapshot, changes } = applyEdits(styledBook, edits);
    expect(changes).toEqual([
      { sheet: 'S', cell: 'A1', before: { value: 3 }, after: { formula: '=1+2' }, rule: 'r' },
      { sheet: 'S', cell: 'B1', before: { value: 'x' }, after: { value: '=texto' }, rule: 'r' },
      { sheet: 'S', cell: 'D3', before: { value: null }, after: { value: 7 }, rule: 'r' },
    ]);
    const cells = snapshot.sheets[0].cells;
    expect(cells).toEqual([
      { row: 0, col: 0, value: null, formula: '1+2', numFmt: '0.00', style: { bold: true } },
      { row: 0, col: 1, value: '=texto' },
      { row: 2, col: 3, value: 7 },
    ]);
    expect(snapshot.sheets[0].usedRange).toBe('A1:D3');
    // The input is untouched.
    expect(styledBook.sheets[0].cells[0]).toMatchObject({ value: 3 });
    expect(styledBook.sheets[0].cells).toHaveLength(2);
  });

  it('reports a formula before as the formula, and leaves other sheets as they were', () => {
    const { snapshot, changes } = applyEdits(book, [{ sheet: 'Metas', cell: 'C4', formula: '=SUM(C2:C3)', rule: 'r' }]);
    expect(changes[0].before).toEqual({ formula: '=SUM(C2:C2)' });
    expect(snapshot.sheets[1]).toBe(book.sheets[1]);
    const before = book.sheets[0].cells.filter((c) => !(c.row === 3 && c.col === 2));
    const after = snapshot.sheets[0].cells.filter((c) => !(c.row === 3 && c.col === 2));
    expect(after).toEqual(before);
  });
});
