/**
 * headedBlockParts finds, for each row heading a block, the last row its amount adds up to. It
 * answers through running sums (a binary search when no amount is negative, a map by centavo
 * otherwise); here it is compared with the plain quadratic search it replaces.
 */
import fc from 'fast-check';
import type { GoalsMatrix, NumberCell } from '../../../../src/domain/matrix';
import { headedBlockParts } from '../../../../src/rules/totals/support/goals';

/** The definition: each head takes the rows below it up to the last one where they add up to its amount. */
function naiveHeads(amounts: (number | undefined)[]): number[] {
  const heads: number[] = [];
  let i = 0;
  while (i < amounts.length) {
    if (amounts[i] === undefined) {
      i++;
      continue;
    }
    heads.push(i);
    let last = i;
    let sum = 0;
    for (let j = i + 1; j < amounts.length && amounts[j] !== undefined; j++) {
      sum += amounts[j]!;
      if (Math.abs(sum - amounts[i]!) < 0.005) last = j;
    }
    i = last + 1;
  }
  return heads;
}

function goalsOf(amounts: (number | undefined)[]): GoalsMatrix {
  const items = amounts.map((amount, row) => {
    const cell: NumberCell | undefined = amount === undefined ? undefined : { value: amount, row, col: 3 };
    return { financial: [cell], physical: [undefined] };
  });
  return { items } as unknown as GoalsMatrix;
}

const heads = (amounts: (number | undefined)[]) =>
  headedBlockParts(goalsOf(amounts), 0, 'financial').map((part) => part.cell.row);

describe('headedBlockParts', () => {
  it('reads a product over its subproducts, a product alone, and a blank that breaks the run', () => {
    expect(heads([30, 10, 20, 5, undefined, 7, 7, 2])).toEqual([0, 3, 5, 7]);
    expect(heads([100, 40, 60, 100])).toEqual([0, 3]);
    // Cents added in floating point still match.
    expect(heads([0.3, 0.1, 0.2, 1])).toEqual([0, 3]);
    // A negative amount (a reduction) does not stop a block from adding up.
    expect(heads([10, 15, -5, 4])).toEqual([0, 3]);
  });

  it('gives the quadratic search’s answer on any run of amounts', () => {
    const amount = fc.oneof(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: -20, max: 40 }),
      fc.integer({ min: 0, max: 4000 }).map((c) => c / 100),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 60 }), (amounts) => {
        expect(heads(amounts)).toEqual(naiveHeads(amounts));
      }),
      { numRuns: 3000 },
    );
  });
});
