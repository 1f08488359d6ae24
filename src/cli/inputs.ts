/**
 * From the command's arguments to bytes: a file is itself, a folder is every workbook in it
 * (not its subfolders, not Excel's "~$" lock files). Problems become typed read errors with a
 * one-line Spanish reason, never a stack trace.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkbookSnapshot } from '../core';
import { XlsxReadError, formatMegabytes } from '../xlsx/errors';
import { readXlsx } from '../xlsx/read';
import { resolveLimits, type ReadLimits } from '../xlsx/read-limits';
import { describeFileSystemError } from './messages';
import { nodeZlib } from './node-zlib';

const WORKBOOK_FILE = /\.xls[xm]$/i;

export interface ExpandedInputs {
  files: string[];
  problems: { path: string; error: XlsxReadError }[];
  /** True when a folder was named: the report then always lists files. */
  folder: boolean;
}

function fileSystemError(error: unknown): XlsxReadError {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new XlsxReadError('not-found', 'el archivo no existe', 'the file does not exist');
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new XlsxReadError('unreadable', 'no hay permiso para leer el archivo', 'permission denied');
  }
  const detail = describeFileSystemError(error);
  return new XlsxReadError(
    'unreadable',
    `no se puede leer el archivo (${detail})`,
    `the file cannot be read (${detail})`,
  );
}

export async function expandInputs(paths: readonly string[]): Promise<ExpandedInputs> {
  const expanded: ExpandedInputs = { files: [], problems: [], folder: false };
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        expanded.folder = true;
        const names = (await readdir(path))
          .filter((name) => WORKBOOK_FILE.test(name) && !name.startsWith('~$') && !name.startsWith('.'))
          .sort((a, b) => a.localeCompare(b, 'es'));
        if (names.length === 0) {
          expanded.problems.push({
            path,
            error: new XlsxReadError(
              'not-found',
              'la carpeta no contiene archivos .xlsx',
              'the folder holds no .xlsx file',
            ),
          });
        }
        expanded.files.push(...names.map((name) => join(path, name)));
      } else {
        expanded.files.push(path);
      }
    } catch (error) {
      expanded.problems.push({ path, error: fileSystemError(error) });
    }
  }
  return expanded;
}

/** Reads a file, refusing one over the size limit before loading it into memory. */
async function readInput(path: string, limits: ReadLimits): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new XlsxReadError('unreadable', 'no es un archivo', 'not a regular file');
    }
    size = info.size;
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw fileSystemError(error);
  }
  if (size > limits.maxFileBytes) {
    throw new XlsxReadError(
      'file-too-large',
      `el archivo es demasiado grande (${formatMegabytes(size)}; máximo ${formatMegabytes(limits.maxFileBytes)})`,
      `the file is too large (${formatMegabytes(size)}; at most ${formatMegabytes(limits.maxFileBytes)})`,
    );
  }
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw fileSystemError(error);
  }
}

/**
 * A workbook file as every command reads it: the default limits, the size checked before the
 * file is loaded, and Node's own zlib. Read errors are XlsxReadErrors for the caller to word.
 */
export async function readWorkbookFile(path: string): Promise<{ bytes: Uint8Array; snapshot: WorkbookSnapshot }> {
  const limits = resolveLimits();
  const bytes = await readInput(path, limits);
  return { bytes, snapshot: await readXlsx(bytes, { limits, zlib: nodeZlib }) };
}
