/**
 * A real plan nobody on this project wrote: the indicator workbook of Tenjo's municipal
 * development plan 2024-2027 (MIT), in the state a plan is in mid-year — quarterly figures not
 * yet filled, totals by formula. What a careful reviewer finds must be found (its #DIV/0! cells,
 * the typed total that disagrees with its row), and the missing data must not drown it: at most
 * 25 findings at error or warning, and blanks read by copied formulas only as info blocks.
 *
 * The workbook lives beside the project (../shared/real-world, present in CI); on a clone
 * without it the test says so and is skipped.
 */
import fs from 'fs';
import path from 'path';
import { boxContains, cellAddress, isErrorValue, parseRange, type Finding } from '../../src/core';
import { validateWorkbook } from '../../src/rules/run';
import { readXlsx } from '../../src/xlsx/read';
import { ROOT } from '../support/pom-examples';

const TENJO = path.join(ROOT, '..', 'shared', 'real-world', 'plan-indicativo-tenjo-2024-2027.xlsx');
const present = fs.existsSync(TENJO);
if (!present) console.info(`Sin ${TENJO}: se omite la prueba con el plan real de Tenjo.`);

const covers = (f: Finding, sheet: string, address: string): boolean => {
  const cell = parseRange(address)!;
  return [{ sheet: f.sheet, range: f.range }, ...(f.related ?? [])].some((ref) => {
    const box = parseRange(ref.range);
    return ref.sheet === sheet && box !== undefined && boxContains(box, cell.top, cell.left);
  });
};

(present ? describe : describe.skip)('plan indicativo de Tenjo 2024-2027 (real, mid-year)', () => {
  let findings: Finding[];
  let errorCells: { sheet: string; address: string; error: string }[];

  beforeAll(async () => {
    const snapshot = await readXlsx(fs.readFileSync(TENJO));
    findings = validateWorkbook(snapshot).findings;
    errorCells = snapshot.sheets.flatMap((sheet) =>
      sheet.cells
        .filter((cell) => isErrorValue(cell.value))
        .map((cell) => ({
          sheet: sheet.name,
          address: cellAddress(cell.row, cell.col),
          error: (cell.value as { error: string }).error,
        })),
    );
  });

  it('speaks at error or warning at most 25 times', () => {
    const loud = findings.filter((f) => f.severity !== 'info');
    expect(loud.length).toBeLessThanOrEqual(25);
    expect(loud.length).toBeGreaterThan(0);
  });

  it('finds every cell that shows #DIV/0!, as an error', () => {
    const divisions = errorCells.filter((c) => c.error === '#DIV/0!');
    expect(divisions.length).toBeGreaterThan(0);
    for (const cell of divisions) {
      const found = findings.some(
        (f) => f.severity === 'error' && f.rule === 'formulas/error-value' && covers(f, cell.sheet, cell.address),
      );
      expect({ cell: `${cell.sheet}!${cell.address}`, found }).toEqual({
        cell: `${cell.sheet}!${cell.address}`,
        found: true,
      });
    }
  });

  it('finds the typed total "2" whose row adds up to 8, and says both what it sums and what it matches', () => {
    // Column Z sums the years on most rows and averages them (/4) on others: 2 is 8 / 4, so
    // it is shown as likely wrong (a warning naming both forms), not as surely wrong.
    const z199 = findings.find((f) => f.sheet === 'PDM' && f.range === 'Z199');
    expect(z199).toMatchObject({ rule: 'totals/hardcoded-total', actual: 2, messageId: 'hardcodedVariant' });
    expect(z199?.severity).not.toBe('info');
    expect(z199?.data).toMatchObject({ sum: '8', variant: '=SUM(AF199:AI199)/4' });
  });

  it('reports unfilled quarterly inputs as missing data, never as a warning per formula', () => {
    const empty = findings.filter((f) => f.rule === 'formulas/empty-reference');
    expect(empty.every((f) => f.severity === 'info' && f.messageId === 'missingData')).toBe(true);
  });

  it('says each mistake once: no two findings on one cell', () => {
    const cells = findings.map((f) => `${f.sheet}!${f.range}`);
    expect(cells.length).toBe(new Set(cells).size);
  });
});
