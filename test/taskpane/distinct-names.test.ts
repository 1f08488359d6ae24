import { distinctNames } from '../../src/taskpane/distinct-names';

describe('labels of files picked together', () => {
  it('keeps distinct names and numbers the repeats', () => {
    expect(distinctNames(['a.xlsx', 'b.xlsx'])).toEqual(['a.xlsx', 'b.xlsx']);
    expect(distinctNames(['plan.xlsx', 'otro.xlsx', 'plan.xlsx', 'plan.xlsx'])).toEqual([
      'plan.xlsx',
      'otro.xlsx',
      'plan.xlsx (2)',
      'plan.xlsx (3)',
    ]);
  });

  it('never gives a label another file already has', () => {
    const labels = distinctNames(['plan.xlsx', 'plan.xlsx (2)', 'plan.xlsx']);
    expect(new Set(labels).size).toBe(3);
    expect(labels).toEqual(['plan.xlsx', 'plan.xlsx (2)', 'plan.xlsx (3)']);
  });
});
