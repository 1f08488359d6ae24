/**
 * A small accumulator that builders use to lay out a sheet with 0-based row/column numbers
 * (as the rest of Planifica counts) and that emits the spec's A1 addresses.
 */
import { cellAddress, columnName, rangeAddress } from '../core';
import type {
  CellSpec,
  ColumnSpec,
  ConditionalFormatSpec,
  PrintSpec,
  SheetSpec,
  SpecValue,
  ValidationSpec,
} from './spec';
import type { StyleName } from './styles';

/** "'Metas multianuales'!D7": a reference to a cell on another sheet. */
export function sheetRef(sheet: string, row: number, col: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${cellAddress(row, col)}`;
}

/** A range on another sheet, the sheet name quoted as Excel writes it. */
export function sheetRange(sheet: string, range: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${range}`;
}

export class SheetBuilder {
  private readonly cells = new Map<string, CellSpec>();
  private readonly merges: string[] = [];
  private readonly columns: ColumnSpec[] = [];
  private readonly validations: ValidationSpec[] = [];
  private readonly conditionalFormats: ConditionalFormatSpec[] = [];
  private readonly rowHeights = new Map<number, number>();

  constructor(readonly name: string) {}

  /** A constant; a string stays text whatever it starts with. Null leaves an empty (styled) cell. */
  value(row: number, col: number, value: SpecValue | undefined, style?: StyleName): this {
    const ref = cellAddress(row, col);
    const cell: CellSpec = { ref, value: value ?? null };
    if (style) cell.style = style;
    this.cells.set(ref, cell);
    return this;
  }

  /** A formula without "=", with its computed result when known. */
  formula(row: number, col: number, formula: string, result: number | string | undefined, style?: StyleName): this {
    const ref = cellAddress(row, col);
    const cell: CellSpec = { ref, formula };
    if (result !== undefined && (typeof result === 'string' || Number.isFinite(result))) cell.result = result;
    if (style) cell.style = style;
    this.cells.set(ref, cell);
    return this;
  }

  /** Makes an existing cell a link to another sheet of the workbook. */
  link(row: number, col: number, sheet: string): this {
    const cell = this.cells.get(cellAddress(row, col));
    if (cell) cell.link = sheet;
    return this;
  }

  /** Merges a block and styles every cell of it, so borders and fills cover the whole area. */
  merge(top: number, left: number, bottom: number, right: number, style?: StyleName): this {
    if (top === bottom && left === right) return this;
    this.merges.push(rangeAddress({ top, left, bottom, right }));
    if (style) {
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) if (!this.cells.has(cellAddress(r, c))) this.value(r, c, null, style);
      }
    }
    return this;
  }

  column(col: number, width: number, type?: ColumnSpec['type']): this {
    const spec: ColumnSpec = { col: columnName(col), width };
    if (type) spec.type = type;
    this.columns.push(spec);
    return this;
  }

  rowHeight(row: number, height: number): this {
    this.rowHeights.set(row + 1, height);
    return this;
  }

  validate(validation: ValidationSpec): this {
    this.validations.push(validation);
    return this;
  }

  highlight(format: ConditionalFormatSpec): this {
    this.conditionalFormats.push(format);
    return this;
  }

  build(options: {
    freeze?: { rows: number; cols: number };
    print?: PrintSpec;
    protect?: boolean;
    hidden?: boolean;
    tabColor?: string;
  }): SheetSpec {
    const cells = [...this.cells.values()];
    const order = (ref: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
      return Number(m[2]) * 100000 + m[1].length * 1000 + m[1].charCodeAt(m[1].length - 1);
    };
    cells.sort((a, b) => order(a.ref) - order(b.ref));
    const sheet: SheetSpec = {
      name: this.name,
      cells,
      merges: this.merges,
      columns: this.columns,
      validations: this.validations,
    };
    if (this.rowHeights.size > 0) sheet.rows = [...this.rowHeights].map(([row, height]) => ({ row, height }));
    if (this.conditionalFormats.length > 0) sheet.conditionalFormats = this.conditionalFormats;
    if (options.freeze) sheet.freeze = options.freeze;
    if (options.print) sheet.print = options.print;
    if (options.protect) sheet.protect = true;
    if (options.hidden) sheet.hidden = true;
    if (options.tabColor) sheet.tabColor = options.tabColor;
    return sheet;
  }
}
