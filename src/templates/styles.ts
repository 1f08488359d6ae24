/**
 * The named styles of generated workbooks. Input styles are unlocked (the sheet is protected,
 * so only what a planner types can be edited); labels and formulas stay locked.
 */
import type { StyleSpec } from './spec';

export const MONEY_FORMAT = '"Q"#,##0.00';
export const QUANTITY_FORMAT = '#,##0';
export const PERCENT_FORMAT = '0.00%';
export const DECIMAL_FORMAT = '#,##0.00';
export const TEXT_FORMAT = '@';

const HEADER_FILL = '1F4E78';
const SUBHEADER_FILL = 'DDEBF7';
const PRODUCT_FILL = 'F2F2F2';
const TOTAL_FILL = 'FFF2CC';
const INPUT_FILL = 'FFFFFF';

export const STYLES = {
  title: { bold: true, fontSize: 14, fontColor: '1F4E78' },
  subtitle: { bold: true, fontSize: 11, fontColor: '404040' },
  note: { italic: true, fontSize: 9, fontColor: '595959', wrap: false },
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
    fill: PRODUCT_FILL,
    vertical: 'top',
    wrap: true,
    border: true,
    locked: false,
    numFmt: TEXT_FORMAT,
  },
  productText: { fill: PRODUCT_FILL, vertical: 'top', wrap: true, border: true, locked: false, numFmt: TEXT_FORMAT },
  productQuantity: { bold: true, fill: PRODUCT_FILL, border: true, numFmt: QUANTITY_FORMAT },
  productQuantityInput: { bold: true, fill: PRODUCT_FILL, border: true, numFmt: QUANTITY_FORMAT, locked: false },
  productMoney: { bold: true, fill: PRODUCT_FILL, border: true, numFmt: MONEY_FORMAT },
  productMoneyInput: { bold: true, fill: PRODUCT_FILL, border: true, numFmt: MONEY_FORMAT, locked: false },
  subproductName: { indent: 1, vertical: 'top', wrap: true, border: true, locked: false, numFmt: TEXT_FORMAT },
  text: { vertical: 'top', wrap: true, border: true, locked: false, numFmt: TEXT_FORMAT, fill: INPUT_FILL },
  code: { horizontal: 'center', vertical: 'top', border: true, locked: false, numFmt: TEXT_FORMAT },
  flag: { horizontal: 'center', vertical: 'top', border: true, locked: false, numFmt: '0' },
  flagFormula: { horizontal: 'center', vertical: 'top', border: true, numFmt: '0' },
  year: { horizontal: 'center', border: true, locked: false, numFmt: '0' },
  yearFormula: { horizontal: 'center', border: true, numFmt: '0' },
  quantity: { border: true, numFmt: QUANTITY_FORMAT },
  quantityInput: { border: true, numFmt: QUANTITY_FORMAT, locked: false },
  decimalInput: { border: true, numFmt: DECIMAL_FORMAT, locked: false },
  money: { border: true, numFmt: MONEY_FORMAT },
  moneyInput: { border: true, numFmt: MONEY_FORMAT, locked: false },
  percent: { border: true, numFmt: PERCENT_FORMAT },
  totalLabel: { bold: true, fill: TOTAL_FILL, border: true },
  totalMoney: { bold: true, fill: TOTAL_FILL, border: true, numFmt: MONEY_FORMAT },
  totalQuantity: { bold: true, fill: TOTAL_FILL, border: true, numFmt: QUANTITY_FORMAT },
  checkLabel: { italic: true, border: true },
  checkMoney: { italic: true, border: true, numFmt: MONEY_FORMAT },
  mismatch: { bold: true, fontColor: '9C0006', fill: 'FFC7CE' },
  list: { numFmt: TEXT_FORMAT },
} satisfies Record<string, StyleSpec>;

export type StyleName = keyof typeof STYLES;
