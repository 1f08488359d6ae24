import { analyzeFormula, topLevelCall } from '../../src/core';

describe('analyzeFormula', () => {
  it('expresses copied formulas in the same relative form', () => {
    const a = analyzeFormula('=SUM(C3:G3)', 2, 7);
    const b = analyzeFormula('SUM(C4:G4)', 3, 7);
    expect(a.relative).toBe(b.relative);
    expect(a.relative).toBe('SUM(R[0]C[-5]:R[0]C[-1])');
  });

  it('keeps absolute parts absolute and other sheets named', () => {
    const info = analyzeFormula("=D8*'Hoja 2'!$B$4", 7, 4);
    expect(info.relative).toBe("R[0]C[-1]*'Hoja 2'!R4C2");
    expect(info.references).toHaveLength(2);
    expect(info.references[1]).toMatchObject({ sheet: 'Hoja 2', box: { top: 3, left: 1, bottom: 3, right: 1 } });
  });

  it('distinguishes a shorter range', () => {
    expect(analyzeFormula('SUM(C3:F3)', 2, 7).relative).not.toBe(analyzeFormula('SUM(C4:G4)', 3, 7).relative);
  });

  it('reads whole columns and ignores text that looks like a reference', () => {
    const info = analyzeFormula('SUM(B:B)&"A1"', 0, 5);
    expect(info.references).toHaveLength(1);
    expect(info.references[0]).toMatchObject({ unbounded: true, box: { left: 1, right: 1, top: 0 } });
  });

  it('finds top-level aggregate calls and their arguments', () => {
    const call = topLevelCall(analyzeFormula('SUM(D4, D6,D9)', 20, 3));
    expect(call?.name).toBe('SUM');
    expect(call?.args.map((r) => r.box.top)).toEqual([3, 5, 8]);
    expect(topLevelCall(analyzeFormula('SUM(D4:D9)*2', 20, 3))).toBeUndefined();
    expect(topLevelCall(analyzeFormula('SUBTOTAL(9,D4:D9)', 20, 3))?.args).toHaveLength(1);
  });

  it('lists functions in upper case', () => {
    expect(analyzeFormula('=if(a1>0,sum(b1:b2),0)', 0, 3).functions).toEqual(['IF', 'SUM']);
  });
});
