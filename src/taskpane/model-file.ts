/**
 * Reading a POM model (JSON) the user picked in Plantillas: every problem said in Spanish with its
 * line and its field path ("products[2].unit (línea 14): no puede estar vacío"), never the
 * browser's own English exception. Pure: unit-tested.
 */
import { parseModel, type PomModel } from '../domain/model';

export interface ModelProblem {
  /** Field path as the model errors write it ("products[2].unit"); absent for a syntax error. */
  path?: string;
  line?: number;
  column?: number;
  message: string;
}

export type ModelFileResult = { ok: true; model: PomModel } | { ok: false; syntax: boolean; problems: ModelProblem[] };

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Where JSON.parse stopped: V8 says "at position N" (newer: also "(line L column C)"). */
function syntaxOffset(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  return position ? Number(position[1]) : text.length; // "Unexpected end of JSON input"
}

/**
 * The line of every value in a (valid) JSON text, by path: `products[2].unit` → 14. A small
 * scanner: JSON.parse keeps no positions.
 */
export function jsonLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i])) {
      if (text[i] === '\n') line++;
      i++;
    }
  };
  const string = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const join = (path: string, key: string | number) =>
    typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
  const value = (path: string): void => {
    skip();
    lines.set(path === '' ? '(modelo)' : path, line);
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') return void i++;
      for (;;) {
        skip();
        const key = string();
        skip();
        i++; // colon
        value(join(path, key));
        skip();
        if (text[i++] === '}') return;
      }
    }
    if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        value(join(path, n));
        skip();
        if (text[i++] === ']') return;
      }
    }
    if (c === '"') return void string();
    while (i < text.length && /[^\s,\]}]/.test(text[i])) i++; // number, true, false, null
  };
  value('');
  return lines;
}

/** The line of `path`, or of its nearest parent that has one. */
function lineOf(lines: Map<string, number>, path: string): number | undefined {
  for (let p = path; p !== ''; p = p.replace(/(\[\d+\]|\.?[^.[]+)$/, '')) {
    const found = lines.get(p);
    if (found !== undefined) return found;
  }
  return lines.get('(modelo)');
}

export function readModelText(text: string): ModelFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { line, column } = lineColumn(text, syntaxOffset(text, error));
    return { ok: false, syntax: true, problems: [{ line, column, message: 'el archivo no es JSON válido' }] };
  }
  const result = parseModel(data);
  if (result.ok) return { ok: true, model: result.model };
  const lines = jsonLines(text);
  return {
    ok: false,
    syntax: false,
    problems: result.errors.map((error) => {
      const split = error.indexOf(': ');
      const path = split > 0 ? error.slice(0, split) : '(modelo)';
      const message = split > 0 ? error.slice(split + 2) : error;
      return { path, line: lineOf(lines, path), message };
    }),
  };
}
