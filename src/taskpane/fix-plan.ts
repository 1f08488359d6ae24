/**
 * The pane's view of the certain fixes: which cells "Corregir todo lo seguro" writes, with their
 * content before and after (read from the snapshot that was validated), and which of them belong
 * to each finding. A finding offers «Corregir» only when every cell of its fix survived
 * collectFixes (no conflict, no value over a user's formula). Each suggestion is planned on its
 * own, with the same checks, for a person to choose and «Aplicar».
 */
import { cellAddress, parseCell, type Finding, type WorkbookSnapshot } from '../core';
import { applyEdits, collectFixes, fixEdits, type CellEdit, type FixSpec } from '../core/fixes';
import type { FixPlan, PlannedChange } from './host';

function key(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

export function planFixes(findings: readonly Finding[], snapshot: WorkbookSnapshot): FixPlan {
  const { edits } = collectFixes(findings, snapshot);
  const { changes } = applyEdits(snapshot, edits);
  const planned: PlannedChange[] = edits.map((edit, i) => ({ edit, change: changes[i] }));
  const at = new Map(planned.map((p, i) => [key(p.edit.sheet, p.edit.cell), i]));
  const byFinding: Record<number, number[]> = {};
  findings.forEach((finding, index) => {
    const parts = fixEdits(finding.fix as FixSpec | undefined);
    if (parts.length === 0) return;
    const indices: number[] = [];
    for (const part of parts) {
      const pos = parseCell(part.range);
      const i = pos ? at.get(key(part.sheet ?? finding.sheet, cellAddress(pos.row, pos.col))) : undefined;
      if (i === undefined) return;
      indices.push(i);
    }
    byFinding[index] = indices;
  });
  const suggestions: Record<number, (PlannedChange[] | undefined)[]> = {};
  findings.forEach((finding, index) => {
    if (!finding.suggestions?.length) return;
    suggestions[index] = finding.suggestions.map((s) => planSuggestion(finding, s.fix, snapshot));
  });
  return { changes: planned, byFinding, suggestions };
}

/** The cells one suggestion writes, checked as a fix is (undefined when it cannot apply safely). */
function planSuggestion(
  finding: Finding,
  fix: FixSpec | undefined,
  snapshot: WorkbookSnapshot,
): PlannedChange[] | undefined {
  const { edits, skipped } = collectFixes(
    [{ ...finding, fix: fix as Finding['fix'], suggestions: undefined }],
    snapshot,
  );
  if (skipped.length > 0 || edits.length === 0) return undefined;
  const { changes } = applyEdits(snapshot, edits);
  return edits.map((edit, i) => ({ edit, change: changes[i] }));
}

/** The edits of some planned changes, in order. */
export function editsOf(changes: readonly PlannedChange[]): CellEdit[] {
  return changes.map((c) => c.edit);
}
