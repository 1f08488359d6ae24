/**
 * ESLint-style rule tests as tables: `valid` workbooks must stay silent, `invalid` ones must
 * produce exactly the listed findings (message id, cell, and any other field given).
 */
import { validate, type AnyRule, type Finding, type WorkbookSnapshot } from '../../src/core';

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
          findings.forEach((finding, i) => {
            expect(finding).toMatchObject(c.findings[i]);
            expect(finding.rule).toBe(rule.meta.id);
            expect(finding.message).not.toMatch(/\{\{/);
          });
        });
      }
    });
  });
}

/** A finding in one line, so a failing `valid` case shows what fired. */
export function brief(f: Finding): string {
  return `${f.rule} ${f.sheet}!${f.range}: ${f.message}`;
}
