/**
 * Spanish messages for POM-model validation: a zod error map (used while parsing) and the
 * formatting of an issue path as people read it: `products[3].goals.2026.physical`.
 */
import type { z } from 'zod';
import { formatCount } from '../core/format';

/** The most characters of a user's value a message repeats. */
export const MAX_ECHO = 80;

/** `text` on one line (control characters as spaces), cut to `max` characters with "…". */
export function clip(text: string, max = MAX_ECHO): string {
  // eslint-disable-next-line no-control-regex -- exactly the characters a terminal line must not carry
  const oneLine = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]+/g, ' ');
  if (oneLine.length <= max) return oneLine;
  // Never cut a surrogate pair in two.
  let end = max - 1;
  if (/[\ud800-\udbff]/.test(oneLine[end - 1])) end--;
  return `${oneLine.slice(0, end)}…`;
}

/** A value as a message shows it: JSON, at most MAX_ECHO characters. */
export function echo(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value.slice(0, MAX_ECHO * 2)) : JSON.stringify(value);
  } catch {
    text = String(value);
  }
  return clip(text ?? String(value));
}

const TYPE_NAMES: Record<string, string> = {
  string: 'un texto',
  number: 'un número',
  int: 'un número entero',
  bigint: 'un número entero',
  enum: 'uno de los valores admitidos',
  union: 'una de las formas admitidas',
  undefined: 'nada',
  null: 'null',
  nan: 'un número',
  date: 'una fecha',
  boolean: 'verdadero o falso',
  object: 'un objeto',
  array: 'una lista',
  record: 'un objeto',
  literal: 'un valor fijo',
};

function typeName(type: unknown): string {
  return TYPE_NAMES[String(type)] ?? String(type);
}

function receivedName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'una lista';
  return typeName(typeof input);
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => echo(v)).join(', ');
}

type RawIssue = z.core.$ZodRawIssue;

/** zod error map in Spanish. Schema-level messages (codes, years) take precedence over it. */
export const spanishErrorMap = (issue: RawIssue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'falta este campo (obligatorio)';
      return `se esperaba ${typeName(issue.expected)} y se recibió ${receivedName(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'no puede estar vacío';
      if (issue.origin === 'array') return `la lista necesita al menos ${String(issue.minimum)} elemento(s)`;
      return `debe ser mayor o igual que ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `el texto admite como máximo ${String(issue.maximum)} caracteres`;
      if (issue.origin === 'array') return `la lista admite como máximo ${String(issue.maximum)} elementos`;
      return `debe ser menor o igual que ${String(issue.maximum)}`;
    case 'invalid_value':
      return `valor no admitido: ${echo(issue.input)}; se admite ${quoteList(issue.values)}`;
    case 'invalid_format':
      return `formato no válido: ${echo(issue.input)}`;
    case 'unrecognized_keys':
      return `campo(s) desconocido(s): ${clip(issue.keys.join(', '))}`;
    case 'invalid_key':
      return `clave no válida ${echo(issue.input)}: se espera un año de cuatro cifras ("2026")`;
    case 'invalid_union':
      return 'el valor no tiene ninguna de las formas admitidas';
    case 'not_multiple_of':
      return `debe ser múltiplo de ${String(issue.divisor)}`;
    default:
      return undefined;
  }
};

/** ["products", 3, "unit"] → "products[3].unit"; the root is "(modelo)". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(modelo)' : out;
}

/** One line per issue: "products[3].unit: no puede estar vacío". */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${clip(formatPath(issue.path), 120)}: ${issue.message}`);
}

/**
 * The errors of a model as one line: the first (the plainest cause) and how many more.
 * "products[3].unit: no puede estar vacío (y 27 más)".
 */
export function summarizeErrors(errors: readonly string[]): string {
  if (errors.length === 0) return '';
  const rest = errors.length - 1;
  return rest > 0 ? `${errors[0]} (y ${formatCount(rest)} más)` : errors[0];
}
