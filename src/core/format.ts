/** Number formatting for messages, in the style Guatemalan planners write: 1,234,567.89. */

// Made on first use: building them loads ICU data (≈ 40 ms at every start of the command, most
// of whose runs on a clean workbook never format a number).
let integerFormat: Intl.NumberFormat | undefined;
let decimalFormat: Intl.NumberFormat | undefined;
let moneyFormat: Intl.NumberFormat | undefined;

/** 1234567 → "1,234,567" (rounded to a whole number), without Intl. */
export function formatCount(count: number): string {
  return Math.round(count)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatNumber(value: number): string {
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) return formatCount(value);
  return Number.isInteger(value)
    ? (integerFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })).format(value)
    : (decimalFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 })).format(value);
}

/** Q1,234.50 — money is compared and shown to the centavo. */
export function formatQuetzales(value: number): string {
  moneyFormat ??= new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${value < 0 ? '-' : ''}Q${moneyFormat.format(Math.abs(value))}`;
}

/** Rounds to centavos so that 0.1 + 0.2 compares equal to 0.3. */
export function toCentavos(value: number): number {
  return Math.round(value * 100);
}

export function sameMoney(a: number, b: number): boolean {
  return toCentavos(a) === toCentavos(b);
}

/** Physical goals and counts are compared exactly, but spreadsheet float noise is forgiven. */
export function sameQuantity(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
