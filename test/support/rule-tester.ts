/**
 * ESLint-style rule tests as tables: `valid` workbooks must stay silent, `invalid` ones must
 * produce exactly the listed findings (message id, cell, and any other field given).
 */
import {
  parseRange,
  SEVERITY_ORDER,
  validate,
  type AnyRule,
  type Finding,
  type WorkbookSnapshot,
} from '../../src/core';

export interface ValidCase {
  name: string;
  workbook: WorkbookSnapshot;
}

export type ExpectedFinding = Partial<Omit<Finding, 'message'>> & { messageId: string; range: string };

export interface InvalidCase {
  name: string;
  workbook: WorkbookSnapshot;
  findings: ExpectedFinding[];
}

export function runRuleTests(rule: AnyRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          const { findings } = validate(c.workbook, [rule]);
          expect(findings.map(brief)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const { findings } = validate(c.workbook, [rule]);
          expect(findings).toHaveLength(c.findings.length);
          inPositionOrder(findings).forEach((finding, i) => {
            expect(finding).toMatchObject(c.findings[i]);
            expect(finding.rule).toBe(rule.meta.id);
            expect(finding.message).not.toMatch(/\{\{/);
          });
        });
      }
    });
  });
}

/**
 * The engine lists a sheet's findings by severity and confidence; tables list them in reading
 * order (sheet as reported, then row, then column), which is easier to write and to read.
 */
export function inPositionOrder(findings: readonly Finding[]): Finding[] {
  const sheets = [...new Set(findings.map((f) => f.sheet))];
  const key = (f: Finding): number => {
    const box = parseRange(f.range.split(':')[0]);
    return box ? box.top * 16384 + box.left : 0;
  };
  return [...findings].sort(
    (a, b) =>
      sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) ||
      key(a) - key(b) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

/** A finding in one line, so a failing `valid` case shows what fired. */
export function brief(f: Finding): string {
  return `${f.rule} ${f.sheet}!${f.range}: ${f.message}`;
}
