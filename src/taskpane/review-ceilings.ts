/**
 * File mode's review takes a techos CSV dropped or picked with the workbooks (as `planifica review
 * --techos`): the files are split into workbooks and that one CSV, read with the same parser as
 * the command line. A broken or second CSV stops the review with one line saying why.
 */
import { parseCeilings, type Ceiling } from '../domain/review/ceilings';
import { HostError } from './host';

export function isCeilingsFile(name: string): boolean {
  return /\.csv$/i.test(name);
}

export interface SplitFiles<T> {
  workbooks: T[];
  ceilings?: T;
}

/** The workbooks, and the one techos CSV if there is one. */
export function splitCeilingsFile<T extends { name: string }>(files: readonly T[]): SplitFiles<T> {
  const csvs = files.filter((file) => isCeilingsFile(file.name));
  if (csvs.length > 1) {
    throw new HostError(
      'unreadable-file',
      `Solo se admite un archivo de techos (.csv); se recibieron ${csvs.length}.`,
      `Only one ceilings file (.csv) is accepted; ${csvs.length} were given.`,
    );
  }
  return { workbooks: files.filter((file) => !isCeilingsFile(file.name)), ceilings: csvs[0] };
}

/** The ceilings of a CSV's text; a problem is a HostError naming the file and the line. */
export function readCeilingsText(name: string, text: string): Ceiling[] {
  const parsed = parseCeilings(text);
  if (!parsed.ok) {
    throw new HostError(
      'unreadable-file',
      `${name}: ${parsed.error}`,
      `${name}: the ceilings file cannot be used (${parsed.error})`,
    );
  }
  return parsed.ceilings;
}
