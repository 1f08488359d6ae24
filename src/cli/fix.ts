/**
 * `planifica fix <libro.xlsx> --output <corregido.xlsx> [--rule ID]... [--suggestion CELDA[#N]]... [--dry-run] [--format text|json] [--force]`
 *
 * Validates, applies the certain fixes the findings carry, and the suggestions a person chose by
 * cell (never one on its own), writes a copy
 * patched in place (src/xlsx/patch: every part it does not touch is kept byte for byte), and
 * validates the result. Exit code as `validate` on the result.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  cellAddress,
  formatCount,
  formatNumber,
  isErrorValue,
  parseCell,
  sheetReference,
  type Finding,
  type Summary,
} from '../core';
import { applyEdits, collectFixes, type CellChange, type CellContent, type SkippedFix } from '../core/fixes';
import { validateWorkbook } from '../rules/run';
import { isXlsxReadError } from '../xlsx/errors';
import { patchXlsx } from '../xlsx/patch';
import type { Command } from './command';
import { formatText } from './formatters/text';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, UsageError, describeError, type CliIO } from './io';
import { readWorkbookFile } from './inputs';

const USAGE = `Uso: planifica fix <libro.xlsx> --output <corregido.xlsx> [--rule ID]... [--suggestion CELDA[#N]]... [--dry-run] [--format text|json] [--force]

Aplica las correcciones seguras que proponen los hallazgos, y las posibles correcciones que usted
elija con --suggestion (ninguna por sí sola), escribe una copia corregida que conserva todo lo
demás del libro (gráficos, tablas dinámicas, imágenes, macros, formatos) y vuelve a validar el
resultado.

Opciones:
  -o, --output ARCHIVO     la copia corregida (nunca el propio libro)
  -r, --rule ID            solo las correcciones de esa regla (se puede repetir)
  -s, --suggestion CELDA[#N]
                           aplica la posible corrección N (1, 2…; sin #N, la única) del hallazgo
                           en CELDA, escrita como en la salida de validate: 'Hoja 1'!G5#2 o
                           Hoja!G5 (se puede repetir; --rule no la filtra)
  -n, --dry-run            muestra los cambios sin escribir nada
  -f, --format text|json   formato del informe (por omisión: text)
      --force              reemplaza ARCHIVO si ya existe
  -h, --help               muestra esta ayuda

Código de salida (sobre el libro corregido): 0 sin errores, 1 con errores, 2 si el libro no se pudo leer.
`;

/** A one-line problem with the input or the output: exit 2. */
class FixError extends Error {}

/** `--suggestion 'Hoja 1'!G5#2`: a cell (its sheet optional) and which of its suggestions. */
interface SuggestionChoice {
  text: string;
  sheet?: string;
  cell: string;
  index?: number;
}

const SUGGESTION_CHOICE = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)(?:#(\d+))?$/;

export function parseSuggestionChoice(text: string): SuggestionChoice {
  const m = SUGGESTION_CHOICE.exec(text.trim());
  const pos = m && parseCell(`${m[3]}${m[4]}`.toUpperCase());
  if (!m || !pos) {
    throw new UsageError(`--suggestion ${text}: escriba la celda del hallazgo como 'Hoja 1'!G5 o Hoja!G5#2`);
  }
  const choice: SuggestionChoice = { text, cell: cellAddress(pos.row, pos.col) };
  const sheet = m[1]?.replace(/''/g, "'") ?? m[2];
  if (sheet !== undefined) choice.sheet = sheet;
  if (m[5] !== undefined) choice.index = Number(m[5]);
  return choice;
}

/**
 * Each finding a choice names, with the chosen suggestion as its fix (in place of any fix of its
 * own); a choice that names no suggestion is a one-line error.
 */
export function chooseSuggestions(
  findings: readonly Finding[],
  choices: readonly SuggestionChoice[],
): Map<Finding, Finding> {
  const chosen = new Map<Finding, Finding>();
  for (const choice of choices) {
    const at = findings.filter(
      (f) =>
        f.suggestions?.length &&
        f.range.split(':')[0] === choice.cell &&
        (choice.sheet === undefined || f.sheet.toLowerCase() === choice.sheet.toLowerCase()),
    );
    if (at.length === 0)
      throw new FixError(`--suggestion ${choice.text}: ningún hallazgo de esa celda tiene posibles correcciones`);
    if (at.length > 1 && new Set(at.map((f) => f.sheet)).size > 1) {
      throw new FixError(
        `--suggestion ${choice.text}: hay hallazgos con posibles correcciones en esa celda de varias hojas (${at.map((f) => sheetReference(f.sheet, choice.cell)).join(', ')}); nombre la hoja`,
      );
    }
    const finding = at[0];
    const suggestions = finding.suggestions!;
    if (choice.index === undefined && suggestions.length > 1) {
      const listed = suggestions.map((s, i) => `#${i + 1} ${s.message}`).join('; ');
      throw new FixError(
        `--suggestion ${choice.text}: elija una de sus ${suggestions.length} posibles correcciones: ${listed}`,
      );
    }
    const index = (choice.index ?? 1) - 1;
    if (index < 0 || index >= suggestions.length) {
      throw new FixError(
        `--suggestion ${choice.text}: el hallazgo tiene ${suggestions.length === 1 ? 'una posible corrección' : `${suggestions.length} posibles correcciones`}`,
      );
    }
    const previous = chosen.get(finding);
    const fix = suggestions[index].fix;
    if (previous && previous.fix !== fix) {
      throw new FixError(`--suggestion ${choice.text}: ya eligió otra posible corrección para esa celda`);
    }
    chosen.set(finding, { ...finding, fix, suggestions: undefined });
  }
  return chosen;
}

function showContent(content: CellContent): string {
  if ('formula' in content) return content.formula;
  const value = content.value;
  if (value === null) return '(vacía)';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'VERDADERO' : 'FALSO';
  if (isErrorValue(value)) return value.error;
  return `«${value}»`;
}

function checkOutput(input: string, output: string, force: boolean): string {
  const path = resolve(output);
  if (!/\.xls[xm]$/i.test(path)) throw new FixError(`el archivo de salida debe terminar en .xlsx: ${output}`);
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new FixError(`no existe la carpeta ${dir}`);
  const same = (): boolean => {
    try {
      return realpathSync(path) === realpathSync(input);
    } catch {
      return path === resolve(input);
    }
  };
  if (path === resolve(input) || (existsSync(path) && same())) {
    throw new FixError('la salida no puede ser el mismo libro: indique otro archivo con --output');
  }
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw new FixError(`${output} es una carpeta`);
    if (!force) throw new FixError(`${output} ya existe; use --force para reemplazarlo`);
  }
  return path;
}

/** Writes next to the target first, then renames: never a half-written workbook. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new FixError(`no se puede escribir ${path} (${describeError(error)})`);
  }
}

function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

function textReport(
  file: string,
  output: string | undefined,
  changes: CellChange[],
  skipped: SkippedFix[],
  remaining: string,
): string {
  const lines = [`Correcciones de ${file}${output ? ` → ${output}` : ' (simulación: no se escribió ningún archivo)'}`];
  if (changes.length === 0) lines.push('  No hay correcciones seguras que aplicar.');
  for (const c of changes) {
    lines.push(`  «${c.sheet}»!${c.cell}: ${showContent(c.before)} → ${showContent(c.after)} (${c.rule})`);
  }
  if (skipped.length > 0) {
    lines.push(`  Omitidas (${skipped.length}):`);
    for (const s of skipped) lines.push(`    «${s.sheet}»!${s.cell}: ${s.reason} (${s.rule})`);
  }
  lines.push(`  ${plural(changes.length, 'celda corregida', 'celdas corregidas')}.`, '', 'Después de corregir:');
  return `${lines.join('\n')}\n${remaining}`;
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      rule: { type: 'string', short: 'r', multiple: true },
      suggestion: { type: 'string', short: 's', multiple: true },
      'dry-run': { type: 'boolean', short: 'n' },
      format: { type: 'string', short: 'f' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`formato desconocido: ${format} (use text o json)`);
  if (positionals.length !== 1) throw new UsageError('indique un solo libro .xlsx');
  const dryRun = values['dry-run'] === true;
  if (!dryRun && !values.output) throw new UsageError('indique la copia corregida con --output (o use --dry-run)');
  const file = positionals[0];
  const choices = (values.suggestion ?? []).map(parseSuggestionChoice);

  try {
    const output = values.output && !dryRun ? checkOutput(file, values.output, values.force === true) : undefined;
    let bytes: Uint8Array;
    let snapshot;
    try {
      ({ bytes, snapshot } = await readWorkbookFile(file));
    } catch (error) {
      if (isXlsxReadError(error)) throw new FixError(`${file}: ${error.message}`);
      throw error;
    }

    const { findings } = validateWorkbook(snapshot);
    // --rule filters the certain fixes; a suggestion chosen by its cell is taken whatever its rule.
    const chosen = chooseSuggestions(findings, choices);
    const rules = values.rule?.length ? new Set(values.rule) : undefined;
    const certain = findings.filter((f) => !chosen.has(f) && (!rules || rules.has(f.rule)));
    const collected = collectFixes([...certain, ...chosen.values()], snapshot);
    const patch = patchXlsx(bytes, collected.edits);
    const skipped = [
      ...collected.skipped,
      ...patch.refused.map(({ edit, reason }) => ({ sheet: edit.sheet, cell: edit.cell, rule: edit.rule, reason })),
    ];
    const fixed = applyEdits(snapshot, patch.applied);
    const result = validateWorkbook(fixed.snapshot);
    if (output) await writeAtomically(output, patch.bytes);

    const remaining: Summary = result.summary;
    if (format === 'json') {
      const report = { file, output: output ? values.output : null, changes: fixed.changes, skipped, remaining };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const after = formatText([
        {
          file: output ? (values.output ?? file) : file,
          findings: result.findings,
          summary: result.summary,
          matrices: result.matrices,
        },
      ]);
      io.stdout(textReport(file, output ? values.output : undefined, fixed.changes, skipped, after));
    }
    return remaining.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    if (error instanceof FixError) {
      io.stderr(`planifica: ${error.message}\n`);
      return EXIT_UNREADABLE;
    }
    throw error;
  }
}

export const fixCommand: Command = {
  name: 'fix',
  summary: 'aplica las correcciones seguras y escribe una copia corregida del libro',
  usage: USAGE,
  run,
};
