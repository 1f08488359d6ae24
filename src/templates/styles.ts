/**
 * The named styles of generated workbooks. Input styles are unlocked (the sheet is protected,
 * so only what a planner types can be edited) and carry a light green fill that the legend of
 * every sheet explains; labels and formulas stay locked. One font throughout (FONT).
 */
import type { StyleSpec } from './spec';

/** Arial (Liberation Sans on Linux has the same metrics): every cell, every renderer. */
export const FONT = { name: 'Arial', size: 10 } as const;

export const MONEY_FORMAT = '"Q "#,##0.00';
export const QUANTITY_FORMAT = '#,##0';
export const PERCENT_FORMAT = '0.00%';
export const PERCENT_WHOLE_FORMAT = '0%';
export const DECIMAL_FORMAT = '#,##0.00';
export const TEXT_FORMAT = '@';

const HEADER_FILL = '1F4E78';
const SUBHEADER_FILL = 'DDEBF7';
const PRODUCT_FILL = 'F2F2F2';
const TOTAL_FILL = 'FFF2CC';
/** Cells a planner types in. */
export const INPUT_FILL = 'E2F0D9';

export const STYLES = {
  title: { bold: true, fontSize: 14, fontColor: '1F4E78' },
  subtitle: { bold: true, fontSize: 11, fontColor: '404040' },
  note: { italic: true, fontSize: 10, fontColor: '595959', wrap: false },
  /** The title rows merged over the repeated columns of a sheet printed on several pages wide. */
  titleBlock: { bold: true, fontSize: 14, fontColor: '1F4E78', wrap: true, vertical: 'top' },
  subtitleBlock: { bold: true, fontSize: 11, fontColor: '404040', wrap: true, vertical: 'top' },
  noteBlock: { italic: true, fontSize: 10, fontColor: '595959', wrap: true, vertical: 'top' },
  legendInput: { fill: INPUT_FILL, border: true, horizontal: 'center' },
  legendLocked: { border: true, horizontal: 'center' },
  link: { fontColor: '0563C1', vertical: 'top', wrap: true, border: true },
  header: {
    bold: true,
    fontColor: 'FFFFFF',
    fill: HEADER_FILL,
    horizontal: 'center',
    vertical: 'middle',
    wrap: true,
    border: true,
  },
  subheader: { bold: true, fill: SUBHEADER_FILL, horizontal: 'center', vertical: 'middle', wrap: true, border: true },
  label: { bold: true, fill: SUBHEADER_FILL, vertical: 'top', wrap: true, border: true },
  productPrefix: { bold: true, fill: PRODUCT_FILL, vertical: 'top', border: true },
  productName: {
    bold: true,
    fill: INPUT_FILL,
    vertical: 'top',
    wrap: true,
    border: true,
    locked: false,
    numFmt: TEXT_FORMAT,
  },
  productText: { fill: INPUT_FILL, vertical: 'top', wrap: true, border: true, locked: false, numFmt: TEXT_FORMAT },
  productQuantity: { bold: true, vertical: 'top', fill: PRODUCT_FILL, border: true, numFmt: QUANTITY_FORMAT },
  productQuantityInput: {
    bold: true,
    vertical: 'top',
    fill: INPUT_FILL,
    border: true,
    numFmt: QUANTITY_FORMAT,
    locked: false,
  },
  productMoney: { bold: true, vertical: 'top', fill: PRODUCT_FILL, border: true, numFmt: MONEY_FORMAT },
  productMoneyInput: {
    bold: true,
    vertical: 'top',
    fill: INPUT_FILL,
    border: true,
    numFmt: MONEY_FORMAT,
    locked: false,
  },
  subproductName: {
    indent: 1,
    vertical: 'top',
    wrap: true,
    border: true,
    locked: false,
    numFmt: TEXT_FORMAT,
    fill: INPUT_FILL,
  },
  /** A locked, empty cell inside a matrix (the prefix column of subproduct rows). */
  blank: { vertical: 'top', border: true },
  text: { vertical: 'top', wrap: true, border: true, locked: false, numFmt: TEXT_FORMAT, fill: INPUT_FILL },
  /** Locked text (written by a formula or repeated from another sheet). */
  textLocked: { vertical: 'top', wrap: true, border: true, numFmt: TEXT_FORMAT },
  code: { horizontal: 'center', vertical: 'top', border: true, locked: false, numFmt: TEXT_FORMAT, fill: INPUT_FILL },
  flag: { horizontal: 'center', vertical: 'top', border: true, locked: false, numFmt: '0', fill: INPUT_FILL },
  flagFormula: { horizontal: 'center', vertical: 'top', border: true, numFmt: '0' },
  year: { horizontal: 'center', vertical: 'top', border: true, locked: false, numFmt: '0', fill: INPUT_FILL },
  yearFormula: { horizontal: 'center', vertical: 'top', border: true, numFmt: '0' },
  quantity: { vertical: 'top', border: true, numFmt: QUANTITY_FORMAT },
  quantityInput: { vertical: 'top', border: true, numFmt: QUANTITY_FORMAT, locked: false, fill: INPUT_FILL },
  decimal: { vertical: 'top', border: true, numFmt: DECIMAL_FORMAT },
  decimalInput: { vertical: 'top', border: true, numFmt: DECIMAL_FORMAT, locked: false, fill: INPUT_FILL },
  money: { vertical: 'top', border: true, numFmt: MONEY_FORMAT },
  moneyInput: { vertical: 'top', border: true, numFmt: MONEY_FORMAT, locked: false, fill: INPUT_FILL },
  percent: { vertical: 'top', border: true, numFmt: PERCENT_FORMAT },
  percentWhole: { vertical: 'top', border: true, numFmt: PERCENT_WHOLE_FORMAT },
  totalLabel: { bold: true, fill: TOTAL_FILL, border: true, wrap: true },
  totalMoney: { bold: true, fill: TOTAL_FILL, border: true, numFmt: MONEY_FORMAT },
  totalQuantity: { bold: true, fill: TOTAL_FILL, border: true, numFmt: QUANTITY_FORMAT },
  checkLabel: { italic: true, border: true, wrap: true },
  checkMoney: { italic: true, border: true, numFmt: MONEY_FORMAT },
  mismatch: { bold: true, fontColor: '9C0006', fill: 'FFC7CE' },
  list: { numFmt: TEXT_FORMAT },
} satisfies Record<string, StyleSpec>;

export type StyleName = keyof typeof STYLES;
