/**
 * `--format text` (the default): for people, in Spanish. Findings grouped by sheet with their
 * cell, severity and rule; then the recognised matrices and the counts.
 */
import { formatCount, sheetReference, type CellRef, type Finding, type Severity } from '../../core';
import type { FileReport } from '../report';

const SEVERITY_LABEL: Record<Severity, string> = { error: 'error', warning: 'advertencia', info: 'aviso' };

function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

function countsLine(errors: number, warnings: number, infos: number): string {
  return [
    plural(errors, 'error', 'errores'),
    plural(warnings, 'advertencia', 'advertencias'),
    plural(infos, 'aviso', 'avisos'),
  ].join(', ');
}

const MAX_RELATED = 5;

/** "véase también 'Metas multianuales'!D22, Presupuesto!C8 y 3 más". */
function relatedLine(related: readonly CellRef[]): string {
  const shown = related.slice(0, MAX_RELATED).map((ref) => sheetReference(ref.sheet, ref.range));
  const more = related.length - shown.length;
  return `véase también ${shown.join(', ')}${more > 0 ? ` y ${more} más` : ''}`;
}

function groupBySheet(findings: readonly Finding[]): Map<string, Finding[]> {
  // The engine already sorts findings by sheet order, then position: keep that order.
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.sheet);
    if (group) group.push(finding);
    else groups.set(finding.sheet, [finding]);
  }
  return groups;
}

function formatFile(report: FileReport): string[] {
  const lines = [`Archivo: ${report.file}`];
  if (report.findings.length === 0) lines.push('  Sin hallazgos.');
  for (const [sheet, findings] of groupBySheet(report.findings)) {
    lines.push(sheet ? `  Hoja «${sheet}»` : '  Libro');
    const rangeWidth = Math.max(...findings.map((f) => f.range.length));
    const severityWidth = Math.max(...findings.map((f) => SEVERITY_LABEL[f.severity].length));
    for (const f of findings) {
      const severity = SEVERITY_LABEL[f.severity].padEnd(severityWidth);
      // Other rules that saw the same mistake are named, not repeated as findings of their own.
      const rules = f.also?.length ? `${f.rule}; también ${f.also.join(', ')}` : f.rule;
      lines.push(`    ${f.range.padEnd(rangeWidth)}  ${severity}  ${f.message} (${rules})`);
      if (f.related?.length)
        lines.push(`    ${''.padEnd(rangeWidth)}  ${''.padEnd(severityWidth)}  ${relatedLine(f.related)}`);
      // Numbered as `planifica fix --suggestion CELDA#N` takes them.
      f.suggestions?.forEach((suggestion, i) =>
        lines.push(
          `    ${''.padEnd(rangeWidth)}  ${''.padEnd(severityWidth)}  posible corrección ${i + 1}: ${suggestion.message}`,
        ),
      );
    }
  }
  if (report.matrices.length === 0) {
    lines.push('  Matrices reconocidas: ninguna');
  } else {
    lines.push('  Matrices reconocidas:');
    for (const m of report.matrices) {
      lines.push(`    - ${m.title}: «${m.sheet}» ${m.range}${m.generated ? ' (generada por Planifica)' : ''}`);
    }
  }
  const { errors, warnings, infos, sheets, cells, ms } = report.summary;
  lines.push(
    `  Resultado: ${countsLine(errors, warnings, infos)} en ${plural(sheets, 'hoja', 'hojas')} y ${plural(cells, 'celda', 'celdas')} (${Math.round(ms)} ms)`,
  );
  return lines;
}

export function formatText(reports: readonly FileReport[]): string {
  const blocks = reports.map((report) => formatFile(report).join('\n'));
  if (reports.some((report) => report.findings.length > 0)) {
    blocks.push('Cada regla se explica, con un ejemplo, en docs/rules/<regla>.md.');
  }
  const suggested = reports.flatMap((report) => report.findings).find((f) => f.suggestions?.length);
  if (suggested) {
    const at = sheetReference(suggested.sheet, suggested.range.split(':')[0]);
    blocks.push(
      `Para aplicar una posible corrección: planifica fix <libro.xlsx> --suggestion "${at}#1" --output <copia.xlsx>`,
    );
  }
  if (reports.length > 1) {
    const total = (key: 'errors' | 'warnings' | 'infos'): number => reports.reduce((n, r) => n + r.summary[key], 0);
    blocks.push(
      `Total: ${plural(reports.length, 'archivo', 'archivos')}, ${countsLine(total('errors'), total('warnings'), total('infos'))}`,
    );
  }
  return `${blocks.join('\n\n')}\n`;
}
