/**
 * Every file a command writes goes through here, so that no command loses data:
 * - it never writes over one of its own inputs (not even with --force);
 * - it never writes over an existing file unless the user says --force;
 * - it writes a temporary file in the same folder and renames it into place, so a failure
 *   part-way (disk full, Ctrl+C) leaves the old file, or nothing, never half a file.
 * Problems are `OutputFileError`s with one Spanish line naming the file.
 */
import { existsSync, statSync, type Stats } from 'node:fs';
import { link, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { describeFileSystemError } from './messages';

export class OutputFileError extends Error {
  override readonly name = 'OutputFileError';
}

export interface OutputCheck {
  /** Replace an existing file (never one of `inputs`). */
  force: boolean;
  /** The files the command reads: the output must not be any of them. */
  inputs?: readonly string[];
  /** A required extension, e.g. ".xlsx". */
  extension?: string;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/**
 * Checks, before any work, that `output` may be written; returns its absolute path. Hard links
 * and symbolic links to an input count as the input.
 */
export function checkOutputFile(output: string, check: OutputCheck): string {
  if (output.trim() === '') throw new OutputFileError('falta el nombre del archivo de salida');
  const path = resolve(output);
  if (check.extension && !path.toLowerCase().endsWith(check.extension.toLowerCase())) {
    throw new OutputFileError(`el archivo de salida debe terminar en ${check.extension}: ${output}`);
  }
  const dir = dirname(path);
  const dirStats = statOrUndefined(dir);
  if (!dirStats?.isDirectory()) throw new OutputFileError(`no existe la carpeta ${dir}`);
  const existing = statOrUndefined(path);
  if (!existing) return path;
  if (existing.isDirectory()) throw new OutputFileError(`${output} es una carpeta`);
  for (const input of check.inputs ?? []) {
    const stats = statOrUndefined(input);
    if (stats && sameFile(stats, existing)) {
      throw new OutputFileError(`${output} es uno de los archivos de entrada; elija otro nombre para la salida`);
    }
  }
  if (!check.force) throw new OutputFileError(`${output} ya existe; use --force para reemplazarlo`);
  return path;
}

/**
 * A name beside `path` that no one else uses: `.informe.json.planifica-1a2b3c4d.tmp`. The global
 * Web Crypto loads Node's crypto modules when first asked (≈ 6 ms), so a command that writes no
 * file never loads them.
 */
function temporaryName(path: string): string {
  const random = crypto.getRandomValues(new Uint8Array(4));
  const hex = Array.from(random, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return join(dirname(path), `.${basename(path)}.planifica-${hex}.tmp`);
}

/**
 * Writes `data` to `path` through a temporary file in the same folder. Without `force` the
 * final step refuses a file that appeared meanwhile (a hard link fails when the name exists).
 */
export async function writeOutputFile(path: string, data: string | Uint8Array, check: OutputCheck): Promise<void> {
  const target = checkOutputFile(path, check);
  const temporary = temporaryName(target);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new OutputFileError(`${path}: no se puede escribir (${describeFileSystemError(error)})`);
  }
  try {
    if (check.force) {
      await rename(temporary, target);
    } else {
      try {
        await link(temporary, target);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'EEXIST') throw new OutputFileError(`${path} ya existe; use --force para reemplazarlo`);
        // A file system without hard links (some network or FAT drives): the name was free a
        // moment ago, so a rename is as safe as it gets there.
        if (existsSync(target)) throw new OutputFileError(`${path} ya existe; use --force para reemplazarlo`);
        await rename(temporary, target);
        return;
      }
      await unlink(temporary);
    }
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    if (error instanceof OutputFileError) throw error;
    throw new OutputFileError(`${path}: no se puede escribir (${describeFileSystemError(error)})`);
  }
}
