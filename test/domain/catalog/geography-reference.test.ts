/**
 * Checks the geographic catalogue against a reference copy of INE's codes
 * (test/fixtures/reference/municipios-ine.csv, MIT licence beside it).
 */
import fs from 'fs';
import path from 'path';
import {
  DEPARTMENTS,
  MUNICIPALITIES,
  departmentByCode,
  foldName,
  municipalityByCode,
} from '../../../src/domain/catalog';

/** A copy of INE's codes (MIT, with its licence) kept with the tests. */
const REFERENCE = path.join(__dirname, '../../fixtures/reference/municipios-ine.csv');

interface ReferenceRow {
  code: number;
  municipality: string;
  department: string;
  departmentCode: number;
  number: number;
}

function readReference(file: string): ReferenceRow[] {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  const at = (name: string) => columns.indexOf(name);
  return lines.map((line) => {
    const cells = line.split(',');
    return {
      code: Number(cells[at('codigo_muni')]),
      municipality: cells[at('municipio')],
      department: cells[at('departamento')],
      departmentCode: Number(cells[at('codigo_depto')]),
      number: Number(cells[at('codigo_muni_in_depto')]),
    };
  });
}

describe('geographic catalogue against the INE reference', () => {
  const rows = readReference(REFERENCE);

  it('has the same 340 municipality codes', () => {
    expect(rows).toHaveLength(340);
    expect(MUNICIPALITIES.map((m) => m.code).sort((a, b) => a - b)).toEqual(
      rows.map((r) => r.code).sort((a, b) => a - b),
    );
  });

  it('names every municipality and department as the reference does (accents and case aside)', () => {
    const mismatches: string[] = [];
    for (const row of rows) {
      const municipality = municipalityByCode(row.code);
      const department = departmentByCode(row.departmentCode);
      if (!municipality || foldName(municipality.name) !== foldName(row.municipality)) {
        mismatches.push(`${row.code}: ${municipality?.name} ≠ ${row.municipality}`);
      }
      if (municipality && municipality.department !== row.departmentCode) {
        mismatches.push(`${row.code}: departamento ${municipality.department} ≠ ${row.departmentCode}`);
      }
      if (row.code !== row.departmentCode * 100 + row.number) mismatches.push(`${row.code}: código inconsistente`);
      if (!department || foldName(department.name) !== foldName(row.department)) {
        mismatches.push(`depto ${row.departmentCode}: ${department?.name} ≠ ${row.department}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('has the same 22 departments', () => {
    const codes = [...new Set(rows.map((r) => r.departmentCode))].sort((a, b) => a - b);
    expect(DEPARTMENTS.map((d) => d.code)).toEqual(codes);
  });
});
