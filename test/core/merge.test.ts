import { mergeFindings, type Finding, type FindingKind, type Severity } from '../../src/core';

function finding(
  rule: string,
  kind: FindingKind,
  sheet: string,
  range: string,
  extra: Partial<Finding> = {},
  severity: Severity = 'error',
): Finding {
  return { rule, kind, severity, sheet, range, message: rule, messageId: 'm', confidence: 1, ...extra };
}

describe('mergeFindings: one mistake, one finding', () => {
  it('folds several rules on one cell into the most specific, naming the others in also', () => {
    const merged = mergeFindings([
      finding('totals/budget-year-total', 'total-mismatch', 'P', 'F10', {
        expected: 272,
        actual: 269,
        related: [{ sheet: 'M', range: 'I19' }],
      }),
      finding('formulas/inconsistent-formula', 'inconsistent-formula', 'P', 'F10', {}, 'warning'),
      finding(
        'formulas/range-omits-cells',
        'range-omits-cells',
        'P',
        'F10',
        { related: [{ sheet: 'P', range: 'F9' }], confidence: 0.9 },
        'warning',
      ),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      rule: 'formulas/range-omits-cells',
      severity: 'error',
      also: ['formulas/inconsistent-formula', 'totals/budget-year-total'],
      related: [
        { sheet: 'P', range: 'F9' },
        { sheet: 'M', range: 'I19' },
      ],
    });
  });

  it('keeps two findings of one rule on one cell: they are two mistakes', () => {
    const merged = mergeFindings([
      finding('structure/incomplete-matrix', 'structure', 'P', 'B3', { messageId: 'missingColumns' }),
      finding('structure/incomplete-matrix', 'structure', 'P', 'B3', { messageId: 'missingTotal' }),
    ]);
    expect(merged.map((f) => f.messageId)).toEqual(['missingColumns', 'missingTotal']);
  });

  it('reports a cascade at its root: a mistyped product, the grand total and the programme', () => {
    // The product B2 is typed 7 where its subproducts add to 70; the grand total B9 (100) and the
    // programme budget (100) are right, and disagree with the products only because of B2.
    const root = finding('totals/subproducts-sum', 'total-mismatch', 'M', 'B2', {
      expected: 70,
      actual: 7,
      related: [
        { sheet: 'M', range: 'B3' },
        { sheet: 'M', range: 'B4' },
      ],
    });
    const total = finding('totals/goals-year-total', 'total-mismatch', 'M', 'B9', {
      expected: 37,
      actual: 100,
      related: [
        { sheet: 'M', range: 'B2' },
        { sheet: 'M', range: 'B6' },
      ],
    });
    const programme = finding('totals/programme-budget', 'total-mismatch', 'Presupuesto', 'C5', {
      expected: 37,
      actual: 100,
      related: [{ sheet: 'M', range: 'B2' }],
    });
    const merged = mergeFindings([programme, total, root]);
    expect(merged).toHaveLength(1);
    expect(merged[0].rule).toBe('totals/subproducts-sum');
    expect(merged[0].also).toEqual(['totals/goals-year-total', 'totals/programme-budget']);
    expect(merged[0].related).toEqual(
      expect.arrayContaining([
        { sheet: 'M', range: 'B9' },
        { sheet: 'Presupuesto', range: 'C5' },
      ]),
    );
  });

  it('reports a total at the cross-sheet mistake that explains it (IGM 2030 goal typed 1,517)', () => {
    const merged = mergeFindings([
      finding('crossref/item-goals', 'cross-sheet-mismatch', 'I', 'O9', { expected: 1517829, actual: 1517 }),
      finding('totals/multiannual-total', 'total-mismatch', 'I', 'Q9', {
        expected: 5327322,
        actual: 6843634,
        related: [{ sheet: 'I', range: 'O9' }],
      }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ range: 'O9', also: ['totals/multiannual-total'], related: [{ range: 'Q9' }] });
  });

  it('leaves a total alone when correcting the member would not make it add up', () => {
    const merged = mergeFindings([
      finding('crossref/item-goals', 'cross-sheet-mismatch', 'M', 'B4', { expected: 30, actual: 3 }),
      finding('totals/subproducts-sum', 'total-mismatch', 'M', 'B2', {
        expected: 43,
        actual: 71,
        related: [{ sheet: 'M', range: 'B4' }],
      }),
    ]);
    expect(merged).toHaveLength(2);
  });

  it('does not chain through a member that is not named by the total', () => {
    const merged = mergeFindings([
      finding('crossref/item-goals', 'cross-sheet-mismatch', 'M', 'B4', { expected: 30, actual: 3 }),
      finding('totals/subproducts-sum', 'total-mismatch', 'M', 'B2', { expected: 43, actual: 70 }),
    ]);
    expect(merged).toHaveLength(2);
  });

  it('folds a total off by exactly what a short sum leaves out into the short sum (its values in data)', () => {
    const merged = mergeFindings([
      finding('totals/subproducts-sum', 'total-mismatch', 'POA', 'D9', {
        expected: 3133,
        actual: 3350,
        related: [
          { sheet: 'POA', range: 'D10' },
          { sheet: 'POA', range: 'D11' },
        ],
      }),
      finding('formulas/range-omits-cells', 'range-omits-cells', 'POA', 'D11', {
        expected: '=SUM(E11:H11)',
        actual: '=SUM(E11:G11)',
        data: { valueActual: 1223, valueExpected: 1440 },
      }),
    ]);
    expect(merged.map((f) => [f.rule, f.range, f.also])).toEqual([
      ['formulas/range-omits-cells', 'D11', ['totals/subproducts-sum']],
    ]);
    // Off by another amount: two mistakes, two findings.
    const apart = mergeFindings([
      finding('totals/subproducts-sum', 'total-mismatch', 'POA', 'D9', {
        expected: 3133,
        actual: 3351,
        related: [{ sheet: 'POA', range: 'D11' }],
      }),
      finding('formulas/range-omits-cells', 'range-omits-cells', 'POA', 'D11', {
        data: { valueActual: 1223, valueExpected: 1440 },
      }),
    ]);
    expect(apart).toHaveLength(2);
  });
});
