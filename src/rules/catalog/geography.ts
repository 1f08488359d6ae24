/**
 * Coverage (§9.4) names departments and municipalities from the INE catalogue (22 departments,
 * 340 municipalities). A cell may list several names separated by spaces, line breaks or
 * commas, or say "COBERTURA A NIVEL NACIONAL". Words that name no place are reported (warning:
 * usually a typo). A municipality whose department is not among the row's departments is
 * mentioned as info, since a service point may serve a neighbouring department.
 */
import { cellAddress, createRule } from '../../core';
import {
  departmentByCode,
  isNationalCoverage,
  splitDepartments,
  splitMunicipalities,
  type Department,
} from '../../domain/catalog';
import { matricesOf } from '../../domain/recognize';

export default createRule({
  meta: {
    id: 'catalog/geography',
    kind: 'unknown-value',
    severity: 'warning',
    description: 'Señala departamentos y municipios de la cobertura que no están en el catálogo del INE.',
    descriptionEn: 'Flags coverage departments and municipalities that are not in the INE catalogue.',
    title: 'Departamento o municipio desconocido',
    titleEn: 'Unknown department or municipality',
    messages: {
      unknownDepartments: 'No se reconoce como departamento de Guatemala: {{actual}}.',
      unknownMunicipalities: 'No se reconoce como municipio de Guatemala: {{actual}}.',
      outsideDepartments:
        'El municipio {{municipality}} pertenece a {{department}}, que no está entre los departamentos de la cobertura de «{{item}}».',
    },
    messagesEn: {
      unknownDepartments: 'Not recognised as a department of Guatemala: {{actual}}.',
      unknownMunicipalities: 'Not recognised as a municipality of Guatemala: {{actual}}.',
      outsideDepartments:
        'The municipality {{municipality}} belongs to {{department}}, which is not among the coverage departments of "{{item}}".',
    },
  },
  create(context) {
    const quoted = (names: string[]) => names.map((n) => `«${n}»`).join(', ');
    for (const matrix of matricesOf(context.workbook, 'coverage')) {
      for (const row of matrix.items) {
        const departmentsText = row.departments?.value ?? '';
        let listed: Department[] | undefined;
        if (row.departments && departmentsText.trim() !== '' && !isNationalCoverage(departmentsText)) {
          const split = splitDepartments(departmentsText);
          listed = split.parts.flatMap((p) => p.matches);
          if (split.unknown.length > 0) {
            context.report({
              messageId: 'unknownDepartments',
              sheet: matrix.sheet,
              range: cellAddress(row.departments.row, row.departments.col),
              actual: split.unknown.join(', '),
              valueType: 'text',
              data: { actual: quoted(split.unknown) },
            });
          }
        }

        const municipalitiesText = row.municipalities?.value ?? '';
        if (!row.municipalities || municipalitiesText.trim() === '' || isNationalCoverage(municipalitiesText)) continue;
        const range = cellAddress(row.municipalities.row, row.municipalities.col);
        const split = splitMunicipalities(municipalitiesText);
        if (split.unknown.length > 0) {
          context.report({
            messageId: 'unknownMunicipalities',
            sheet: matrix.sheet,
            range,
            actual: split.unknown.join(', '),
            valueType: 'text',
            data: { actual: quoted(split.unknown) },
          });
        }
        if (!listed || listed.length === 0) continue;
        const codes = new Set(listed.map((d) => d.code));
        for (const part of split.parts) {
          if (part.matches.length === 0 || part.matches.some((m) => codes.has(m.department))) continue;
          // A name shared by several municipalities is only mentioned when none fits.
          const code = part.matches[0].department;
          const department = departmentByCode(code)?.name ?? String(code);
          context.report({
            messageId: 'outsideDepartments',
            severity: 'info',
            sheet: matrix.sheet,
            range,
            actual: part.text,
            valueType: 'text',
            data: { municipality: part.text, department, item: row.name.value.trim() },
          });
        }
      }
    }
  },
});
