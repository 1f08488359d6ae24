/** Number formatting for messages, in the style Guatemalan planners write: 1,234,567.89. */

const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const moneyFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integerFormat.format(value) : decimalFormat.format(value);
}

/** Q1,234.50 — money is compared and shown to the centavo. */
export function formatQuetzales(value: number): string {
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
