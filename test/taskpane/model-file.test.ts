import { readFileSync } from 'fs';
import path from 'path';
import { jsonLines, lineColumn, readModelText } from '../../src/taskpane/model-file';

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../examples/igm-pom-2026-2030.json'), 'utf8');

describe('readModelText: model problems in Spanish, with line and field path', () => {
  it('reads the example model', () => {
    const result = readModelText(EXAMPLE);
    expect(result.ok).toBe(true);
  });

  it('a syntax error: its line and column, no English exception', () => {
    const text = '{\n  "institution": {\n    "name": "IGM",\n    "code": "1120-0069-000-000"\n  }\n  "years": {}\n}';
    const result = readModelText(text);
    expect(result).toEqual({
      ok: false,
      syntax: true,
      problems: [{ line: 6, column: 3, message: 'el archivo no es JSON válido' }],
    });
  });

  it('a cut file: the error is at its end', () => {
    const result = readModelText('{\n  "institution": {\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ line: 3, message: 'el archivo no es JSON válido' });
  });

  it('a wrong field: its path, its line and a Spanish reason', () => {
    const model = JSON.parse(EXAMPLE) as { institution: { code: string }; products: { unit?: string }[] };
    model.institution.code = '1120-69';
    const text = JSON.stringify(model, null, 2);
    const result = readModelText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codeLine = text.split('\n').findIndex((l) => l.includes('"1120-69"')) + 1;
    expect(result.problems).toContainEqual({
      path: 'institution.code',
      line: codeLine,
      message: 'el código tiene la forma 1120-0069-000-000',
    });
  });
});

describe('jsonLines and lineColumn', () => {
  it('finds the line of nested values by path', () => {
    const lines = jsonLines('{\n "a": [\n  1,\n  {"b": "x\\"y"}\n ],\n "c": null\n}');
    expect(lines.get('a')).toBe(2);
    expect(lines.get('a[0]')).toBe(3);
    expect(lines.get('a[1].b')).toBe(4);
    expect(lines.get('c')).toBe(6);
  });
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
