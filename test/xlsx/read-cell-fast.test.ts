/**
 * The worksheet reader's fast path (src/xlsx/read-cell-fast.ts) against the general scanner:
 * on generated cells — the common shapes, and the odd ones it must hand over (prefixes,
 * references in attributes, duplicates, rich text, comments, CDATA, bad addresses, broken
 * tags) — both read the same cells and count the same elements, or fail with the same message,
 * whatever the chunk boundaries.
 */
import fc from 'fast-check';
import type { SheetSnapshot } from '../../src/core';
import { DEFAULT_READ_LIMITS } from '../../src/xlsx/read-limits';
import { SheetSink, type SheetContext } from '../../src/xlsx/read-sheet';
import { XmlScanner } from '../../src/xlsx/xml';

const attribute = fc.constantFrom(
  ' r="B2"',
  ' r="C2"',
  " r='D2'",
  ' r="b2"',
  ' r="XFE2"',
  ' r="A0"',
  ' r="A1048577"',
  ' r="2"',
  ' r=""',
  ' s="1"',
  ' s="0"',
  ' s=""',
  ' s="x"',
  ' s="12345678901"',
  ' t="s"',
  ' t="str"',
  ' t="n"',
  ' t="b"',
  ' t="e"',
  ' t="inlineStr"',
  ' t="d"',
  ' t=""',
  ' cm="1"',
  ' x:ph="1"',
  ' t="a&amp;b"',
  ' r = "B2"',
  ' t="s"t="n"',
  '\n\tr="E2"',
);

const child = fc.constantFrom(
  '<v>1</v>',
  '<v>0</v>',
  '<v>2.5e3</v>',
  '<v>#DIV/0!</v>',
  '<v>__proto__</v>',
  '<v>a&amp;b &#65;</v>',
  '<v>&bad;</v>',
  '<v>line\r\nbreak</v>',
  '<v/>',
  '<v></v>',
  '<v><![CDATA[7]]></v>',
  '<v >3</v>',
  '<v>4</v >',
  '<f>SUM(A1:A3)</f>',
  '<f>IF(A1&gt;0,1,2)</f>',
  '<f t="shared" ref="B2:B9" si="0">A1*2</f>',
  '<f t="shared" si="0"/>',
  "<f t='array' ref='B2:C3'>A1:B2*2</f>",
  '<f ca="1">NOW()</f>',
  '<f t="shared" t="normal">A1</f>',
  '<f/>',
  '<is><t>texto</t></is>',
  '<is><t xml:space="preserve"> dos </t></is>',
  '<is><t/></is>',
  '<is/>',
  '<is></is>',
  '<is><r><t>a</t></r><r><t>b</t></r></is>',
  '<is><t>a</t><rPh><t>x</t></rPh></is>',
  '<!-- nota -->',
  '  \n',
  'texto suelto',
  '<extLst/>',
  '<x:v>5</x:v>',
  '<v>1</f>',
);

const cell = fc.oneof(
  fc
    .record({ attributes: fc.array(attribute, { maxLength: 4 }), children: fc.array(child, { maxLength: 4 }) })
    .map(({ attributes, children }) => `<c${attributes.join('')}>${children.join('')}</c>`),
  fc.array(attribute, { maxLength: 3 }).map((attributes) => `<c${attributes.join('')}/>`),
  fc.constantFrom('<c r="B2"><v>1</v></c >', '<c r="B2"><v>1</v>', '<cell/>', '<c r="B2"><v>1</v></x>'),
);

function context(): SheetContext {
  return {
    strings: ['cero', 'uno'],
    formats: [{}, { numFmt: '0.00', style: { bold: true } }],
    date1904: false,
    limits: { ...DEFAULT_READ_LIMITS },
    counts: { cells: 0, mergedCells: 0 },
  };
}

type Outcome = { cells: SheetSnapshot['cells']; elements: number } | { error: string };

function read(xml: string, fastPath: boolean, chunks: number[]): Outcome {
  const sink = new SheetSink('Hoja', context(), { fastPath });
  const scanner = new XmlScanner(sink);
  try {
    let at = 0;
    for (const size of chunks) {
      scanner.feed(xml.slice(at, at + size));
      at += size;
    }
    scanner.feed(xml.slice(at));
    scanner.finish();
    return { cells: sink.snapshot(false).cells, elements: scanner.elements };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('the fast path of the worksheet reader', () => {
  it('reads what the general scanner reads, or fails the same way', () => {
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 30 }),
        (cells, chunks) => {
          const xml = `<worksheet><sheetData><row r="2">${cells.join('')}</row></sheetData></worksheet>`;
          const general = read(xml, false, []);
          expect(read(xml, true, [])).toEqual(general);
          expect(read(xml, true, chunks)).toEqual(general);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('takes the common shapes itself', () => {
    const xml =
      '<worksheet><sheetData><row r="2"><c r="B2" s="1" t="s"><v>1</v></c><c r="C2"><f>B2*2</f><v>4</v></c>' +
      '<c r="D2" t="inlineStr"><is><t>texto</t></is></c></row></sheetData></worksheet>';
    const sink = new SheetSink('Hoja', context());
    let fast = 0;
    const raw = sink.raw!;
    sink.raw = (s, lt, final) => {
      const end = raw(s, lt, final);
      if (end >= 0) fast++;
      return end;
    };
    const scanner = new XmlScanner(sink);
    scanner.feed(xml);
    scanner.finish();
    expect(fast).toBe(3);
    expect(sink.snapshot(false).cells.map((c) => c.value)).toEqual(['uno', 4, 'texto']);
    expect(scanner.elements).toBe(11); // worksheet, sheetData, row, c v, c f v, c is t
  });
});
