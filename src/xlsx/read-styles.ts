/**
 * The few facts of styles.xml and sharedStrings.xml the snapshot carries: for each cell format
 * (`<cellXfs><xf>`) its number format code, bold, indent and solid fill colour; and the shared
 * strings, rich text flattened to its runs' text (phonetic runs left out, as Excel shows them).
 */
import type { CellStyle } from '../core';
import { ownCopy, type XmlAttributes, type XmlSink } from './xml';

/** Excel's built-in number formats, by id (those it writes without a `<numFmt>`). */
const BUILTIN_FORMATS = new Map<number, string>([
  [0, 'General'],
  [1, '0'],
  [2, '0.00'],
  [3, '#,##0'],
  [4, '#,##0.00'],
  [9, '0%'],
  [10, '0.00%'],
  [11, '0.00E+00'],
  [12, '# ?/?'],
  [13, '# ??/??'],
  [14, 'mm-dd-yy'],
  [15, 'd-mmm-yy'],
  [16, 'd-mmm'],
  [17, 'mmm-yy'],
  [18, 'h:mm AM/PM'],
  [19, 'h:mm:ss AM/PM'],
  [20, 'h:mm'],
  [21, 'h:mm:ss'],
  [22, 'm/d/yy "h":mm'],
  [37, '#,##0 ;(#,##0)'],
  [38, '#,##0 ;[Red](#,##0)'],
  [39, '#,##0.00 ;(#,##0.00)'],
  [40, '#,##0.00 ;[Red](#,##0.00)'],
  [45, 'mm:ss'],
  [46, '[h]:mm:ss'],
  [47, 'mmss.0'],
  [48, '##0.0E+0'],
  [49, '@'],
]);

/** What a cell format (`s` attribute of a cell) gives the snapshot. */
export interface CellFormat {
  /** Number format code, when not General. */
  numFmt?: string;
  style?: CellStyle;
}

const NO_FORMAT: CellFormat = {};

function isTrue(value: string | undefined): boolean {
  return value === undefined || value === '1' || value === 'true' || value === 'on';
}

/** `<x:sz val=…>` → number, or undefined for anything that is not a plain non-negative integer. */
function index(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,9}$/.test(value.trim())) return undefined;
  return Number(value);
}

export class StylesSink implements XmlSink {
  wantText = false;
  private section = '';
  private readonly numFmts = new Map<number, string>();
  private readonly bold: boolean[] = [];
  private readonly fills: (string | undefined)[] = [];
  private readonly xfs: { numFmtId?: number; fontId?: number; fillId?: number; indent?: number }[] = [];
  private inFont = false;
  private inFill = false;
  private solid = false;
  private fillColor: string | undefined;

  open(name: string, a: XmlAttributes, empty: boolean): void {
    switch (name) {
      case 'numFmts':
      case 'fonts':
      case 'fills':
      case 'cellXfs':
      case 'cellStyleXfs':
      case 'dxfs':
      case 'extLst':
        if (!empty) this.section = name;
        return;
    }
    const section = this.section;
    if (section === 'numFmts' && name === 'numFmt') {
      const id = index(a.get('numFmtId'));
      const code = a.get('formatCode');
      // Backslash escapes dropped (`d\ m` → `d m`), as the rules have always seen codes.
      if (id !== undefined && code !== undefined) this.numFmts.set(id, code.replace(/\\(.)/g, '$1'));
    } else if (section === 'fonts') {
      if (name === 'font') {
        this.bold.push(false);
        this.inFont = !empty;
      } else if (name === 'b' && this.inFont) {
        this.bold[this.bold.length - 1] = isTrue(a.get('val'));
      }
    } else if (section === 'fills') {
      if (name === 'fill') {
        this.solid = false;
        this.fillColor = undefined;
        this.inFill = !empty;
        if (empty) this.fills.push(undefined);
      } else if (this.inFill && name === 'patternFill') {
        this.solid = a.get('patternType') === 'solid';
      } else if (this.inFill && name === 'fgColor') {
        const rgb = a.get('rgb');
        if (rgb && /^[0-9a-fA-F]{6,8}$/.test(rgb)) this.fillColor = rgb.slice(-6).toUpperCase();
      }
    } else if (section === 'cellXfs') {
      if (name === 'xf') {
        this.xfs.push({
          numFmtId: index(a.get('numFmtId')),
          fontId: index(a.get('fontId')),
          fillId: index(a.get('fillId')),
        });
      } else if (name === 'alignment' && this.xfs.length) {
        const indent = Number(a.get('indent'));
        if (indent > 0) this.xfs[this.xfs.length - 1].indent = indent;
      }
    }
  }

  close(name: string): void {
    if (name === this.section) this.section = '';
    else if (name === 'font') this.inFont = false;
    else if (name === 'fill' && this.inFill) {
      this.inFill = false;
      this.fills.push(this.solid ? this.fillColor : undefined);
    }
  }

  text(): void {}

  /** Formats by `s` index; cells whose index has no format get none. */
  formats(): CellFormat[] {
    return this.xfs.map((xf) => {
      const format: CellFormat = {};
      if (xf.numFmtId) {
        const code = this.numFmts.get(xf.numFmtId) ?? BUILTIN_FORMATS.get(xf.numFmtId);
        if (code && code !== 'General') format.numFmt = code;
      }
      let style: CellStyle | undefined;
      if (xf.fontId !== undefined && this.bold[xf.fontId]) (style ??= {}).bold = true;
      if (xf.indent) (style ??= {}).indent = xf.indent;
      const fill = xf.fillId !== undefined ? this.fills[xf.fillId] : undefined;
      if (fill) (style ??= {}).fill = fill;
      if (style) format.style = style;
      return format.numFmt || format.style ? format : NO_FORMAT;
    });
  }
}

/** Excel escapes characters XML cannot hold as `_xHHHH_` in cell text. */
export function decodeEscapes(text: string): string {
  return text.indexOf('_x') < 0
    ? text
    : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** `<si>` items: plain `<t>` or runs `<r><t>`; `<rPh>` phonetic guides are not shown text. */
export class SharedStringsSink implements XmlSink {
  wantText = false;
  readonly strings: string[] = [];
  private current = '';
  private inItem = false;
  private phonetic = 0;

  open(name: string, _a: XmlAttributes, empty: boolean): void {
    if (name === 'si') {
      this.current = '';
      this.inItem = !empty;
      if (empty) this.strings.push('');
    } else if (name === 'rPh' && !empty) this.phonetic++;
    else if (name === 't' && this.inItem && !this.phonetic && !empty) this.wantText = true;
  }

  close(name: string): void {
    if (name === 't') this.wantText = false;
    else if (name === 'rPh') this.phonetic--;
    else if (name === 'si') {
      this.strings.push(ownCopy(decodeEscapes(this.current)));
      this.inItem = false;
    }
  }

  text(text: string): void {
    this.current += text;
  }
}
