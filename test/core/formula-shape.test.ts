/**
 * The formula shape (src/core/formula.ts) is a character scan written to read exactly what a
 * regular expression read before it. The expression is kept here as the reference: on formulas
 * and on any text from an alphabet of the characters that matter, both give the same shape.
 */
import fc from 'fast-check';
import { columnIndex } from '../../src/core/address';
import { formulaShape, type FormulaShape } from '../../src/core/formula';

const SHAPE_PARTS =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|\[[^\]]*\]|(?<![\p{L}\p{N}_.$\\])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\p{L}\p{N}_.$\\(![])/gu;

function referenceShape(text: string): FormulaShape {
  const cells: string[] = [];
  const corners: FormulaShape['corners'] = [];
  const offsets: number[] = [];
  const key = text.replace(
    SHAPE_PARTS,
    (match: string, absCol: string, letters: string | undefined, absRow: string, digits: string, offset: number) => {
      if (letters === undefined) return match;
      const row = Number(digits) - 1;
      const col = columnIndex(letters);
      if (col > 16383 || row < 0 || row > 1048575) return match;
      cells.push(match);
      corners.push({ row, col, absRow: absRow === '$', absCol: absCol === '$' });
      offsets.push(offset);
      return '\u0000';
    },
  );
  return { key, cells, corners, offsets };
}

describe('formulaShape', () => {
  it('replaces the references standing alone, and nothing inside strings, names or brackets', () => {
    const shape = formulaShape(`SUM(D4,$F$4)+'Hoja 1'!A1&"B2"+Tabla[[#This Row],[C3]]+LOG10(B3)+XFE1+A0+ñA1`);
    expect(shape.cells).toEqual(['D4', '$F$4', 'A1', 'B3']);
    expect(shape.key).toBe(`SUM(\0,\0)+'Hoja 1'!\0&"B2"+Tabla[[#This Row],[C3]]+LOG10(\0)+XFE1+A0+ñA1`);
    expect(shape.corners[1]).toEqual({ row: 3, col: 5, absRow: true, absCol: true });
  });

  it('reads real formula shapes as the expression does', () => {
    const formulas = [
      'SUM(C3:G3)',
      'IF(ISBLANK(B3),"",B3*\'Hoja 2\'!$B$4)',
      'SUM(D3, D5,D8)',
      '"abc""',
      '"a""b"&C1',
      "'it''s'!A1+'open",
      '[1]Metas!D3',
      'AB1!C1',
      'A1.B2+_C3+\\D4+$$E5',
      'ABCD1+A12345678+A1234567',
      'O24+O45+O66',
      'x𝐀A1+A1𝐀+٣A1+A1٣',
      'SUM(A1:A)+B:B+3:3',
    ];
    for (const formula of formulas) expect(formulaShape(formula)).toEqual(referenceShape(formula));
  });

  it('reads any text of the characters that matter as the expression does', () => {
    const character = fc.constantFrom(
      ..."AaBbZzXFD$$0123456789::,,(()+\"''[]!._\\ ñÑé٣𝐀 ".split(''),
      '𝐀', // an astral letter (a surrogate pair)
      '\u{1D7D8}', // an astral digit
      '""',
      "''",
    );
    fc.assert(
      fc.property(fc.array(character, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(formulaShape(text)).toEqual(referenceShape(text));
      }),
      { numRuns: 20_000 },
    );
  });
});
