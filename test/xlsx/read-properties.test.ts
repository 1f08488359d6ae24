/**
 * Property-based tests (fast-check) of the reader on generated sheet XML: whatever the writer's
 * habits (attribute order, prefixes, whitespace, missing `r` attributes, sparse rows, inline or
 * shared strings, shared formulas, CDATA, chunk boundaries anywhere), the cells read are those
 * of the model the XML was written from.
 */
import fc from 'fast-check';
import { cellAddress, columnName, type Cell } from '../../src/core';
import { readXlsx } from '../../src/xlsx/read';
import { XmlScanner, type XmlAttributes, type XmlSink } from '../../src/xlsx/xml';
import { buildZip, minimalWorkbookParts } from '../support/xlsx';

type Kind = 'number' | 'inline' | 'shared' | 'str' | 'bool' | 'error' | 'formula' | 'sharedFormula';

interface ModelCell {
  row: number;
  col: number;
  kind: Kind;
  number: number;
  text: string;
  bool: boolean;
  error: string;
}

const text = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...Array.from('aZñ 0&<>"\'_é\t€𝄞')) });

const modelCell = fc.record({
  row: fc.integer({ min: 0, max: 40 }),
  col: fc.integer({ min: 0, max: 30 }),
  kind: fc.constantFrom<Kind>('number', 'inline', 'shared', 'str', 'bool', 'error', 'formula', 'sharedFormula'),
  // -0 is written "0": the model keeps the number as text shows it.
  number: fc
    .oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true }))
    .map((n) => (n === 0 ? 0 : n)),
  text,
  bool: fc.boolean(),
  error: fc.constantFrom('#DIV/0!', '#N/A', '#REF!', '#VALUE!', '#NAME?'),
});

interface Habits {
  prefix: boolean;
  shuffle: number;
  omitR: boolean;
  spaces: boolean;
  cdata: boolean;
  singleQuotes: boolean;
}

const habits = fc.record({
  prefix: fc.boolean(),
  shuffle: fc.nat(),
  omitR: fc.boolean(),
  spaces: fc.boolean(),
  cdata: fc.boolean(),
  singleQuotes: fc.boolean(),
});

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Unique positions, row-major, as a writer stores them. */
function normalise(cells: ModelCell[]): ModelCell[] {
  const byKey = new Map<number, ModelCell>();
  for (const cell of cells) byKey.set(cell.row * 16384 + cell.col, cell);
  return [...byKey.entries()].sort((a, b) => a[0] - b[0]).map(([, cell]) => cell);
}

/** The sheet XML a writer with these habits would write, the shared strings, and the expected cells. */
function write(cells: ModelCell[], h: Habits): { sheet: string; strings: string[]; expected: Cell[] } {
  const p = h.prefix ? 'x:' : '';
  const q = h.singleQuotes ? "'" : '"';
  const sp = h.spaces ? ' \n\t ' : ' ';
  const strings: string[] = [];
  const expected: Cell[] = [];
  const masters = new Map<number, { row: number; si: number }>();
  let si = 0;
  const attrs = (list: [string, string][], seed: number): string => {
    const order = [...list];
    for (let i = order.length - 1; i > 0; i--) {
      const j = (seed + i * 7) % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    return order.map(([k, v]) => `${sp}${k}=${q}${escape(v).replace(/'/g, '&apos;')}${q}`).join('');
  };
  const body = (value: string): string => (h.cdata && !value.includes(']]>') ? `<![CDATA[${value}]]>` : escape(value));
  let xml = `<${p}worksheet xmlns${h.prefix ? ':x' : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>`;
  let currentRow = -1;
  let lastCol = -1;
  for (const cell of cells) {
    if (cell.row !== currentRow) {
      if (currentRow >= 0) xml += `</${p}row>`;
      xml += `<${p}row${attrs([['r', String(cell.row + 1)]], h.shuffle)}>`;
      currentRow = cell.row;
      lastCol = -1;
    }
    const list: [string, string][] = [];
    if (!(h.omitR && cell.col === lastCol + 1)) list.push(['r', cellAddress(cell.row, cell.col)]);
    lastCol = cell.col;
    let inner = '';
    const out: Cell = { row: cell.row, col: cell.col, value: null };
    switch (cell.kind) {
      case 'number':
        inner = `<${p}v>${cell.number}</${p}v>`;
        out.value = cell.number;
        break;
      case 'inline':
        list.push(['t', 'inlineStr']);
        inner = `<${p}is><${p}t xml:space="preserve">${body(cell.text)}</${p}t></${p}is>`;
        out.value = cell.text;
        break;
      case 'shared':
        list.push(['t', 's']);
        inner = `<${p}v>${strings.length}</${p}v>`;
        strings.push(cell.text);
        out.value = cell.text;
        break;
      case 'str':
        list.push(['t', 'str']);
        inner = `<${p}f>${escape(`"${cell.text.replace(/"/g, '""')}"`)}</${p}f><${p}v>${body(cell.text)}</${p}v>`;
        out.value = cell.text;
        out.formula = `"${cell.text.replace(/"/g, '""')}"`;
        break;
      case 'bool':
        list.push(['t', 'b']);
        inner = `<${p}v>${cell.bool ? 1 : 0}</${p}v>`;
        out.value = cell.bool;
        break;
      case 'error':
        list.push(['t', 'e']);
        inner = `<${p}v>${cell.error}</${p}v>`;
        out.value = { error: cell.error };
        break;
      case 'formula':
        inner = `<${p}f>SUM(A1:A3)+${Math.abs(Math.trunc(cell.number))}</${p}f><${p}v>${cell.number}</${p}v>`;
        out.value = cell.number;
        out.formula = `SUM(A1:A3)+${Math.abs(Math.trunc(cell.number))}`;
        break;
      case 'sharedFormula': {
        // One shared group per column: the first cell is its master, later ones copies.
        const master = masters.get(cell.col);
        const formula = `${columnName(cell.col)}${cell.row + 1}*2+$A$1`;
        if (master) {
          inner = `<${p}f${attrs(
            [
              ['t', 'shared'],
              ['si', String(master.si)],
            ],
            h.shuffle,
          )}/><${p}v>${cell.number}</${p}v>`;
        } else {
          masters.set(cell.col, { row: cell.row, si });
          const ref = `${cellAddress(cell.row, cell.col)}:${cellAddress(cell.row + 60, cell.col)}`;
          inner = `<${p}f${attrs(
            [
              ['t', 'shared'],
              ['ref', ref],
              ['si', String(si++)],
            ],
            h.shuffle,
          )}>${escape(formula)}</${p}f><${p}v>${cell.number}</${p}v>`;
        }
        out.value = cell.number;
        out.formula = formula;
        break;
      }
    }
    xml += `<${p}c${attrs(list, h.shuffle)}>${inner}</${p}c>`;
    expected.push(out);
  }
  if (currentRow >= 0) xml += `</${p}row>`;
  xml += `</${p}sheetData></${p}worksheet>`;
  return { sheet: xml, strings, expected };
}

function workbookBytes(sheet: string, strings: string[]): Uint8Array {
  const parts = minimalWorkbookParts('');
  parts[4].data = sheet;
  parts.push({
    name: 'xl/sharedStrings.xml',
    data: `<sst>${strings.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('')}</sst>`,
  });
  return buildZip(parts);
}

describe('the reader on generated sheet XML', () => {
  it('reads the cells of the model, whatever the writer’s habits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(modelCell, { maxLength: 60 }), habits, async (cells, h) => {
        const { sheet, strings, expected } = write(normalise(cells), h);
        const snapshot = await readXlsx(workbookBytes(sheet, strings));
        expect(snapshot.sheets[0].cells).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same events whatever the chunk boundaries', () => {
    const record = (): { sink: XmlSink; events: string[] } => {
      const events: string[] = [];
      const sink: XmlSink = {
        wantText: true,
        open: (name: string, a: XmlAttributes, empty: boolean) =>
          void events.push(
            `<${name}${a.names
              .slice(0, a.count)
              .map((n, i) => ` ${n}=${a.values[i]}`)
              .join('')}${empty ? '/' : ''}>`,
          ),
        close: (name: string) => void events.push(`</${name}>`),
        text: (t: string) => void events.push(t),
      };
      return { sink, events };
    };
    fc.assert(
      fc.property(
        fc.array(modelCell, { maxLength: 25 }),
        habits,
        fc.array(fc.nat({ max: 200 }), { maxLength: 30 }),
        (cells, h, cuts) => {
          const { sheet } = write(normalise(cells), h);
          const whole = record();
          const once = new XmlScanner(whole.sink);
          once.feed(sheet);
          once.finish();
          const pieces = record();
          const chunked = new XmlScanner(pieces.sink);
          let at = 0;
          for (const cut of cuts) {
            chunked.feed(sheet.slice(at, at + cut));
            at += cut;
          }
          chunked.feed(sheet.slice(at));
          chunked.finish();
          // Text may arrive in more pieces; joined between tags it is the same.
          const join = (events: string[]): string[] =>
            events.reduce<string[]>((out, e) => {
              const last = out.length - 1;
              if (!e.startsWith('<') && last >= 0 && !out[last].startsWith('<')) out[last] += e;
              else out.push(e);
              return out;
            }, []);
          expect(join(pieces.events)).toEqual(join(whole.events));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads multi-byte text split across inflate slices, stored or deflated', async () => {
    // Shifted by one byte each time, so characters of 2 and 4 bytes straddle the 64 KB slices.
    for (const shift of [0, 1, 2, 3]) {
      const long = `${'a'.repeat(shift)}${'ñ𝄞€'.repeat(30_000)}`;
      const parts = minimalWorkbookParts('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>');
      parts.push({
        name: 'xl/sharedStrings.xml',
        data: `<sst><si><t>${long}</t></si></sst>`,
        deflate: shift % 2 === 0,
      });
      const snapshot = await readXlsx(buildZip(parts));
      expect(snapshot.sheets[0].cells[0].value).toBe(long);
    }
  });
});
