/**
 * LibreOffice headless as a real spreadsheet engine for tests: converts an .xlsx to .xlsx,
 * which recalculates every formula that carries no cached value and stores the results.
 * Each call uses its own user profile, so parallel runs do not collide, and a time limit.
 */
import { execFile } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import ExcelJS from 'exceljs';
import type { WorkbookSpec } from '../../src/templates/spec';

const CANDIDATES = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];

export function sofficePath(): string | undefined {
  return CANDIDATES.find((path) => existsSync(path));
}

export const RECALC_TIMEOUT_MS = 120_000;

/** The workbook as LibreOffice computes it. */
export async function recalculate(bytes: Uint8Array): Promise<Uint8Array> {
  const soffice = sofficePath();
  if (!soffice) {
    throw new Error(
      "LibreOffice no está instalado: flock /tmp/planifica-apt.lock sh -c 'apt-get update -qq && apt-get install -y -qq libreoffice-calc-nogui'",
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'planifica-soffice-'));
  try {
    const input = join(dir, 'libro.xlsx');
    const outdir = join(dir, 'out');
    writeFileSync(input, bytes);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'xlsx',
          '--outdir',
          outdir,
          input,
        ],
        { timeout: RECALC_TIMEOUT_MS, killSignal: 'SIGKILL' },
        (error, _stdout, stderr) => {
          if (error) reject(new Error(`LibreOffice falló o excedió el tiempo: ${error.message} ${stderr}`));
          else resolve();
        },
      );
    });
    const output = join(outdir, 'libro.xlsx');
    if (!existsSync(output)) throw new Error('LibreOffice no produjo el archivo convertido');
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The spec without cached formula results, so the engine computes every one itself. */
export function withoutResults(spec: WorkbookSpec): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map(({ result: _result, ...cell }) => cell),
    })),
  };
}

/** Edits an .xlsx with ExcelJS and drops every cached formula result. */
export async function editWorkbook(bytes: Uint8Array, edit: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(workbook);
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as ExcelJS.CellFormulaValue | null;
        if (value && typeof value === 'object' && 'formula' in value)
          cell.value = { formula: value.formula } as ExcelJS.CellFormulaValue;
      }),
    ),
  );
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
