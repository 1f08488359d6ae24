import { translateFormulaToA1, translateFormulaToR1C1 } from '@borgar/fx';
import fc from 'fast-check';
import {
  aggregateOf,
  analyzeFormula,
  cellAddress,
  columnName,
  moveFormula,
  tokenizeAndAnalyze,
  topLevelCall,
  type FormulaInfo,
} from '../../src/core';

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

  it("tells each reference's kind and token, kept together in one number", () => {
    const info = analyzeFormula("IF(A1>0,SUM(B2:C9)+'Hoja 2'!D4,SUM(E:E))+F1", 0, 10);
    const read = info.references.map((r) => ({
      text: info.tokens[r.token].value,
      isRange: r.isRange,
      unbounded: r.unbounded,
    }));
    expect(read).toEqual([
      { text: 'A1', isRange: false, unbounded: false },
      { text: 'B2:C9', isRange: true, unbounded: false },
      { text: "'Hoja 2'!D4", isRange: false, unbounded: false },
      { text: 'E:E', isRange: true, unbounded: true },
      { text: 'F1', isRange: false, unbounded: false },
    ]);
    // A copy of the same shape reads the same.
    const copy = analyzeFormula("IF(A2>0,SUM(B3:C10)+'Hoja 2'!D5,SUM(E:E))+F2", 1, 10);
    expect(copy.references.map((r) => [copy.tokens[r.token].value, r.isRange, r.unbounded])).toEqual([
      ['A2', false, false],
      ['B3:C10', true, false],
      ["'Hoja 2'!D5", false, false],
      ['E:E', true, true],
      ['F2', false, false],
    ]);
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

  it('relates copied absolute and mixed references the way Excel copies them', () => {
    const first = analyzeFormula('=B3*$F$1+C$2+$D3', 2, 6);
    const copy = analyzeFormula('=B9*$F$1+C$2+$D9', 8, 6);
    expect(copy.relative).toBe(first.relative);
    expect(copy.relative).toBe('R[0]C[-5]*R1C6+R2C[-4]+R[0]C4');
    expect(analyzeFormula('=B9*$F$2+C$2+$D9', 8, 6).relative).not.toBe(first.relative);
    expect(copy.references.map((r) => r.box.top)).toEqual([8, 0, 1, 8]);
  });

  it('reads sheet-qualified references of copied formulas, a sheet named like a cell included', () => {
    analyzeFormula("='Hoja 2'!B3+Q1!C3+[1]Metas!D3", 2, 5);
    const info = analyzeFormula("='Hoja 2'!B4+Q1!C4+[1]Metas!D4", 3, 5);
    expect(info.references.map((r) => [r.sheet, r.box.top, r.box.left])).toEqual([
      ['Hoja 2', 3, 1],
      ['Q1', 3, 2],
      ['[1]Metas', 3, 3],
    ]);
    expect(info.relative).toBe("'Hoja 2'!R[0]C[-4]+'Q1'!R[0]C[-3]+'[1]Metas'!R[0]C[-2]");
    expect(info.tokens.map((t) => t.value).join('')).toBe("'Hoja 2'!B4+Q1!C4+[1]Metas!D4");
  });

  it('leaves text that looks like a reference alone in copied formulas', () => {
    analyzeFormula('=IF(B3>0,"A1","B3 vacío")', 2, 4);
    const info = analyzeFormula('=IF(B4>0,"A1","B4 vacío")', 3, 4);
    expect(info.references).toHaveLength(1);
    expect(info.relative).toBe('IF(R[0]C[-3]>0,"A1","B4 vacío")');
    expect(info.tokens.find((t) => t.type === 'string')?.value).toBe('"A1"');
  });

  it('does not take function names with digits, or names past the sheet limits, for cells', () => {
    analyzeFormula('=LOG10(B3)+ATAN2(B3,C3)', 2, 4);
    const info = analyzeFormula('=LOG10(B4)+ATAN2(B4,C4)', 3, 4);
    expect(info.functions).toEqual(['LOG10', 'ATAN2']);
    expect(info.references).toHaveLength(3);
    expect(analyzeFormula('=XFD1+A1048576', 0, 0).references).toHaveLength(2);
    expect(analyzeFormula('=XFE1+A1048577+A0', 0, 0).references).toHaveLength(0);
  });

  it('gives the same analysis for every copy as a fresh tokenization does', () => {
    // Copies build their tokens on demand: compare what a rule can read, field by field.
    const plain = (info: FormulaInfo) => ({
      text: info.text,
      tokens: info.tokens.map((t) => ({ ...t })),
      references: info.references,
      relative: info.relative,
      functions: info.functions,
      malformed: info.malformed,
      aggregate: aggregateOf(info) ?? null,
    });
    const shapes = [
      (r: number) => `SUM(C${r}:G${r})`,
      (r: number) => `SUM($C${r}:G$3)/H${r}`,
      (r: number) => `IF(ISBLANK(B${r}),"",B${r}*'Hoja 2'!$B$4)`,
      (r: number) => `SUM(D${r}, D${r + 2},D${r + 5})`,
      (r: number) => `SUBTOTAL(9,D${r}:D${r + 20})`,
      (r: number) => `SUM(B:B)-B${r}`,
      (r: number) => `A${r}:B${r}:C${r}`,
      (r: number) => `SUM(A${r}:A)`,
      (r: number) => `Tabla1[[#This Row],[A1]]+A${r}`,
      (r: number) => `B${r} + C${r}\n- D${r}`,
      (r: number) => `SUM(C${r}:G${r}`,
      (r: number) => `sum(c${r}:g${r})+ñA1`,
      (r: number) => `AB${r}!C${r}`,
    ];
    for (const shape of shapes) {
      for (const row of [3, 4, 10, 999, 1048500]) {
        const text = shape(row);
        expect(plain(analyzeFormula(text, row - 1, 7))).toEqual(plain(tokenizeAndAnalyze(text, row - 1, 7)));
      }
    }
  });
});

describe('aggregateOf', () => {
  it("takes the formula's own list of references as its arguments, for templates and copies alike", () => {
    // Kept for every formula cell through a validation: one list per formula, not two.
    for (const row of [20, 21, 22]) {
      for (const text of [
        `SUM(D${row},F${row},H${row})`,
        `SUBTOTAL(9,D${row}:D${row + 20})`,
        `SUM(D${row}:D${row + 3}, 5)`,
      ]) {
        const info = analyzeFormula(text, row - 1, 10);
        const aggregate = aggregateOf(info)!;
        expect(aggregate.args).toBe(info.references);
        expect(aggregate.args.length).toBeGreaterThan(0);
      }
    }
    // A reference anywhere but as an argument: no aggregate at all.
    expect(aggregateOf(analyzeFormula('SUM(D1,F1)+H1', 0, 10))).toBeUndefined();
    expect(aggregateOf(analyzeFormula('SUM(D1,INDEX(F1:F9,2))', 0, 10))).toBeUndefined();
  });
});

describe('analyzeFormula on runs of copies', () => {
  // Copies reuse their template's tokens and, when placed like the previous copy, its relative
  // form: any sequence of copies, pinned or not, must read as a fresh tokenization does.
  const corner = fc.record({
    absCol: fc.boolean(),
    absRow: fc.boolean(),
    dCol: fc.integer({ min: -3, max: 3 }),
    dRow: fc.integer({ min: -3, max: 3 }),
  });
  const pattern = fc.record({
    corners: fc.array(corner, { minLength: 1, maxLength: 4 }),
    joiner: fc.constantFrom('+', ','),
    range: fc.boolean(),
    sum: fc.boolean(),
  });
  const write = (c: { absCol: boolean; absRow: boolean; dCol: number; dRow: number }, row: number, col: number) =>
    `${c.absCol ? '$' : ''}${columnName(Math.max(0, col + c.dCol))}${c.absRow ? '$' : ''}${Math.max(0, row + c.dRow) + 1}`;
  const plainInfo = (info: FormulaInfo) => ({
    tokens: info.tokens.map((t) => ({ ...t })),
    references: info.references,
    relative: info.relative,
    functions: info.functions,
    aggregate: aggregateOf(info) ?? null,
  });

  it('reads every copy of a run as a fresh tokenization does', () => {
    fc.assert(
      fc.property(
        pattern,
        fc.array(fc.record({ row: fc.integer({ min: 3, max: 40 }), col: fc.integer({ min: 3, max: 30 }) }), {
          minLength: 1,
          maxLength: 12,
        }),
        ({ corners, joiner, range, sum }, hosts) => {
          for (const { row, col } of hosts) {
            const written = corners.map((c) => write(c, row, col));
            // The first two corners as one range (A1:B2), when asked.
            if (range && written.length > 1) written.splice(0, 2, `${written[0]}:${written[1]}`);
            const body = written.join(joiner);
            const text = sum ? `SUM(${body})` : body;
            expect(plainInfo(analyzeFormula(text, row, col))).toEqual(plainInfo(tokenizeAndAnalyze(text, row, col)));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('moveFormula', () => {
  /** What @borgar/fx makes of the same copy: the reference moveFormula must match. */
  const viaFx = (formula: string, from: string, to: string): string =>
    translateFormulaToA1(translateFormulaToR1C1(formula, from), to, { wrapEdges: false });

  it('moves relative parts and keeps $-anchored ones, as Excel copies a formula', () => {
    expect(moveFormula('SUM(D3,F3,H3)', 2, 13, 5, 13)).toBe('SUM(D6,F6,H6)');
    expect(moveFormula("=A1+$B$1+'Otra hoja'!A1", 0, 2, 2, 2)).toBe("A3+$B$1+'Otra hoja'!A3");
    expect(moveFormula('$A3+A$3+IF(B3>0,"A1",0)', 2, 13, 9, 14)).toBe('$A10+B$3+IF(C10>0,"A1",0)');
  });

  it('gives the same text as @borgar/fx wherever it answers', () => {
    const formulas = [
      'SUM(D3,F3,H3,J3,L3)',
      "A1+$B$1+'Otra hoja'!A1",
      'sum(c3:g3)',
      'LOG10(B3)+ATAN2(B3,C$3)',
      'Hoja1!A1:B2*2',
      '[1]Metas!D3',
      'SUM($D$3:D3)',
      'N2-N1',
    ];
    let answered = 0;
    for (const formula of formulas) {
      for (const [row, col] of [
        [5, 20],
        [2, 13],
        [400, 13],
        [1000, 100],
      ]) {
        const moved = moveFormula(formula, 2, 13, row, col);
        if (moved === undefined) continue;
        answered++;
        expect(moved).toBe(viaFx(formula, 'N3', cellAddress(row, col)));
      }
    }
    expect(answered).toBeGreaterThan(20);
  });

  it('leaves names alone', () => {
    expect(moveFormula('ñA1+B2+LOG10(B2)', 1, 5, 2, 5)).toBe('ñA1+B3+LOG10(B3)');
  });

  it('leaves to @borgar/fx whole columns, ranges that cross and references pushed off the sheet', () => {
    expect(moveFormula('SUM(B:B)-B3', 2, 13, 5, 13)).toBeUndefined();
    expect(moveFormula('SUM($D3:D$3)', 2, 13, 5, 13)).toBeUndefined();
    expect(moveFormula('A1+B2', 1, 5, 0, 5)).toBeUndefined();
    expect(moveFormula('SUM(A3:A)', 2, 13, 5, 13)).toBeUndefined();
  });
});
