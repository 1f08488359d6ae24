/**
 * Number formatting for messages: whole numbers are grouped without Intl (loading ICU costs
 * every start of the command), and must read exactly as Intl writes them.
 */
import fc from 'fast-check';
import { formatCount, formatNumber, formatQuetzales } from '../../src/core/format';

const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const intlDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

describe('number formatting', () => {
  it('writes whole numbers as Intl en-US does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(0, -0, 1e21, -1e16, 999, 1000)), (n) => {
        expect(formatNumber(n)).toBe(intl.format(n));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes fractions with up to four decimals', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (n) => {
        expect(formatNumber(n)).toBe(Number.isInteger(n) ? intl.format(n) : intlDecimal.format(n));
      }),
    );
    expect(formatNumber(686372.5)).toBe('686,372.5');
  });

  it('groups counts and money', () => {
    expect(formatCount(868372)).toBe('868,372');
    expect(formatCount(-1234567.4)).toBe('-1,234,567');
    expect(formatQuetzales(-1234.5)).toBe('-Q1,234.50');
  });
});
