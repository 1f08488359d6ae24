/**
 * The diff for people (text) and for tools (json). The xlsx form is in diff-xlsx.ts.
 */
import { formatNumber } from '../core';
import type { CellState } from '../domain/diff/cells';
import type { PlanDiff } from '../domain/diff/diff';

/** A cell as a person reads it: "=SUM(E16:H16) (35,000)", «texto», 1,234, (vacía). */
export function showCell(state: CellState | undefined): string {
  if (!state) return '(vacía)';
  const { value } = state;
  let shown: string;
  if (value === null || value === '') shown = '(vacía)';
  else if (typeof value === 'object') shown = value.error;
  else if (typeof value === 'number') shown = formatNumber(value);
  else if (typeof value === 'string') shown = `«${value.length > 120 ? `${value.slice(0, 117)}…` : value}»`;
  else shown = value ? 'VERDADERO' : 'FALSO';
  return state.formula !== undefined ? `=${state.formula} (${shown})` : shown;
}

export function formatDiffText(diff: PlanDiff, before: string, after: string): string {
  const lines: string[] = [`Cambios de ${before} a ${after}`, ''];
  const notCarried = diff.changes.filter((c) => c.notCarried.length > 0).length;
  if (diff.sheets.added.length) lines.push(`Hojas nuevas: ${diff.sheets.added.join(', ')}`);
  if (diff.sheets.removed.length) lines.push(`Hojas quitadas: ${diff.sheets.removed.join(', ')}`);
  if (diff.sheets.added.length || diff.sheets.removed.length) lines.push('');
  lines.push(`Cambios en el plan (${diff.changes.length}):`);
  if (diff.changes.length === 0) lines.push('  ninguno');
  diff.changes.forEach((change, i) => {
    lines.push(`  ${i + 1}. ${change.notCarried.length > 0 ? '⚠ ' : ''}${change.message}`);
    if (change.agrees.length > 0) {
      lines.push(`     Coincide con: ${change.agrees.map((p) => `${p.sheet}!${p.range}`).join(', ')}.`);
    }
  });
  lines.push('', `Cambios de celdas sin significado en el plan (${diff.cellChanges.length}):`);
  if (diff.cellChanges.length === 0) lines.push('  ninguno');
  for (const c of diff.cellChanges) lines.push(`  ${c.sheet}!${c.range}: ${showCell(c.before)} → ${showCell(c.after)}`);
  lines.push(
    '',
    `Resumen: ${diff.changes.length} cambios en el plan` +
      (notCarried > 0 ? ` (${notCarried} no trasladados a todas las matrices)` : '') +
      `, ${diff.cellChanges.length} cambios de celdas.`,
    '',
  );
  return lines.join('\n');
}

export function formatDiffJson(diff: PlanDiff, before: string, after: string): string {
  return `${JSON.stringify({ before, after, ...diff }, null, 2)}\n`;
}
