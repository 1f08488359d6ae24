/**
 * The pane applies the reviewer's settings with the command line's own code: on a real example
 * workbook, the findings the pane keeps are exactly `applySettings` over the rules' findings, and
 * the certain fixes of a rule switched off are no longer offered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applySettings, resummarize } from '../../src/core/settings';
import type { Finding } from '../../src/core';
import { validateWorkbook } from '../../src/rules/run';
import { settingsOptions } from '../../src/rules/settings';
import { planFixes } from '../../src/taskpane/fix-plan';
import { withSettings } from '../../src/taskpane/outcome-settings';
import { readXlsx } from '../../src/xlsx/read';

const EXAMPLE = join(__dirname, '../../examples/igm-pom-2026-2030.xlsx');

describe('withSettings', () => {
  it('keeps exactly what applySettings keeps, and the fixes of the findings that remain', async () => {
    const snapshot = await readXlsx(new Uint8Array(readFileSync(EXAMPLE)));
    const result = validateWorkbook(snapshot);
    const fixes = planFixes(result.findings, snapshot);
    const fixed = result.findings.filter((_, i) => fixes.byFinding[i]);
    expect(fixed.length).toBeGreaterThan(0);
    const offRule = fixed[0].rule;
    const lowered = result.findings.find((f) => f.severity === 'error' && f.rule !== offRule)!.rule;
    const options = settingsOptions({ rules: { [offRule]: 'off', [lowered]: 'info' } });
    const outcome = { findings: result.findings, summary: result.summary, matrices: result.matrices, fixes };

    const after = withSettings(outcome, options);

    const cli = applySettings(result.findings, options);
    expect(after.findings).toEqual(cli);
    expect(after.summary).toEqual(resummarize(cli, result.summary));
    expect(after.findings.some((f) => f.rule === offRule)).toBe(false);
    expect(after.findings.filter((f) => f.rule === lowered).every((f) => f.severity === 'info')).toBe(true);
    // Each remaining finding's fix is the same cells as before; none of the rule switched off.
    const cells = (findings: Finding[], plan: typeof fixes) =>
      findings.flatMap((f, i) =>
        (plan.byFinding[i] ?? []).map((c) => `${f.rule} ${plan.changes[c].edit.sheet}!${plan.changes[c].edit.cell}`),
      );
    const before = cells(result.findings, fixes).filter((line) => !line.startsWith(`${offRule} `));
    expect(cells(after.findings, after.fixes!)).toEqual(before);
    expect(after.fixes!.changes.length).toBeLessThan(fixes.changes.length);
  });

  it('changes nothing without settings', () => {
    const outcome = {
      findings: [],
      summary: { errors: 0, warnings: 0, infos: 0, sheets: 1, cells: 1, ms: 1 },
      matrices: [],
    };
    expect(withSettings(outcome, settingsOptions({}))).toBe(outcome);
  });
});
