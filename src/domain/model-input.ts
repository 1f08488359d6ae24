/**
 * What a model's JSON must be before its shape is checked: decoded from UTF-8, parsed with a
 * Spanish message for syntax errors, nested no deeper than MAX_DEPTH (zod recurses and would
 * overflow the stack), and made only of text Excel can store: no control characters that XML
 * forbids (U+0000–U+001F but tab and line breaks, U+FFFE, U+FFFF, lone surrogates), no text over
 * Excel's 32,767 characters per cell, no "__proto__" keys. Each error names the field's path.
 */
import { formatCount } from '../core/format';
import { clip, formatPath } from './model-errors';

/** Deeper than any real model (≈ 6 levels) and far from a stack overflow. */
export const MAX_DEPTH = 32;
/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767;
/** Past this many, further input errors add nothing a person can act on. */
const MAX_INPUT_ERRORS = 100;

/** The characters XML 1.0 forbids, which Excel cannot open. */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- those characters are the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function codePoint(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function textProblem(text: string): string | undefined {
  const bad = FORBIDDEN.exec(text);
  if (bad) {
    return `contiene el carácter ${codePoint(bad[0])} (posición ${bad.index + 1}), que no se puede guardar en Excel`;
  }
  if (text.length > MAX_CELL_TEXT) {
    return `el texto tiene ${formatCount(text.length)} caracteres; una celda de Excel admite como máximo ${formatCount(MAX_CELL_TEXT)}`;
  }
  return undefined;
}

/** Checks parsed JSON without recursion; returns errors "path: reason", at most MAX_INPUT_ERRORS. */
export function checkModelInput(data: unknown): string[] {
  const errors: string[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0 && errors.length < MAX_INPUT_ERRORS) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) errors.push(`${clip(formatPath(path), 120)}: ${problem}`);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_DEPTH) {
      errors.push(`${clip(formatPath(path), 120)}: el modelo anida más de ${MAX_DEPTH} niveles`);
      continue;
    }
    const children: { value: unknown; path: (string | number)[] }[] = [];
    if (Array.isArray(value)) {
      value.forEach((item, i) => children.push({ value: item, path: [...path, i] }));
    } else {
      for (const key of Object.keys(value)) {
        const problem = key === '__proto__' ? 'el nombre de campo «__proto__» no está admitido' : textProblem(key);
        if (problem) {
          errors.push(`${clip(formatPath([...path, key]), 120)}: ${problem}`);
          continue;
        }
        children.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
    // Reversed so that errors come out in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return errors;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Bytes of a model file as text: UTF-8 (a BOM is dropped). Anything else is refused with a hint:
 * a file saved as Latin-1/Windows-1252 would otherwise turn «Información» into «Informaci�n».
 */
export function decodeModelBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, error: 'el archivo está en UTF-16; guárdelo como UTF-8' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return {
      ok: false,
      error: 'el archivo no está en UTF-8 (parece Latin-1 o Windows-1252); guárdelo con la codificación UTF-8',
    };
  }
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return `línea ${line}, columna ${offset - start + 1}`;
}

/** V8's JSON.parse messages, in Spanish. */
const JSON_REASONS: [RegExp, string][] = [
  [/Unterminated string/i, 'un texto sin comillas de cierre'],
  [/Unexpected end of JSON input/i, 'el archivo termina antes de cerrar todas las llaves y corchetes'],
  [/Bad control character/i, 'un salto de línea o carácter de control dentro de un texto'],
  [/Bad escaped character|Bad Unicode escape/i, 'una secuencia de escape no válida (\\…) dentro de un texto'],
  [
    /Expected property name|Expected double-quoted property name/i,
    'se esperaba un nombre de campo entre comillas dobles',
  ],
  [/Expected ',' or '}'/i, 'falta una coma o una llave de cierre'],
  [/Expected ',' or ']'/i, 'falta una coma o un corchete de cierre'],
  [/Expected ':'/i, 'faltan los dos puntos después del nombre de un campo'],
  [/Unexpected non-whitespace character after JSON/i, 'hay texto después del final del JSON'],
  [/No number after minus sign|Exponent part is missing|Unterminated fractional number/i, 'un número mal escrito'],
  [/Unexpected token|is not valid JSON/i, 'un carácter inesperado'],
];

/** JSON text → data, or one Spanish line: "el archivo no es JSON válido: … (línea 3, columna 7)". */
export function parseJsonText(text: string): { ok: true; data: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (text.trim() === '') return { ok: false, error: 'el archivo está vacío' };
    let reason = JSON_REASONS.find(([pattern]) => pattern.test(message))?.[1] ?? 'sintaxis no válida';
    const token = /Unexpected token '(.{1,2})'/u.exec(message)?.[1];
    if (token) reason = `un carácter inesperado («${clip(token)}»)`;
    const position = /position (\d+)/.exec(message);
    // A message about what was expected where the text ends: the text was cut short.
    if (position && /^Expected/.test(message) && Number(position[1]) >= text.trimEnd().length)
      reason = JSON_REASONS[1][1];
    let where = '';
    if (position) where = ` (${lineAndColumn(text, Number(position[1]))})`;
    else if (/Unexpected end/i.test(message)) where = ` (${lineAndColumn(text, text.length)})`;
    return { ok: false, error: `el archivo no es JSON válido: ${reason}${where}` };
  }
}
