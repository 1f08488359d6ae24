import { validate } from '../../../src/core';
import rule from '../../../src/rules/structure/unreadable-sheet';
import { readXlsx } from '../../../src/xlsx/read';
import { runRuleTests } from '../../support/rule-tester';
import { sheet, workbook } from '../../support/workbook';
import { buildZip, minimalWorkbookParts } from '../../support/xlsx';

const budget = sheet('Presupuesto', [
  ['PRG', 'DESCRIPCIÓN', 2026],
  ['01', 'Actividades Centrales', 292649151],
]);

runRuleTests(rule, {
  valid: [
    { name: 'every sheet was read', workbook: workbook(budget) },
    { name: 'an empty list of unreadable sheets', workbook: { ...workbook(budget), unreadableSheets: [] } },
  ],
  invalid: [
    {
      name: 'one sheet listed by the reader as unreadable, named with its reason',
      workbook: {
        ...workbook(budget),
        unreadableSheets: [{ name: 'Metas', reason: 'falta la parte xl/worksheets/sheet2.xml' }],
      },
      findings: [
        {
          messageId: 'unreadable',
          sheet: 'Metas',
          range: 'A1',
          severity: 'error',
          kind: 'structure',
          data: { sheet: 'Metas', reason: 'falta la parte xl/worksheets/sheet2.xml' },
        },
      ],
    },
    {
      name: 'two unreadable sheets, in workbook order',
      workbook: {
        ...workbook(budget),
        unreadableSheets: [
          { name: 'Metas', reason: 'x' },
          { name: 'Fichas', reason: 'y' },
        ],
      },
      findings: [
        { messageId: 'unreadable', sheet: 'Metas', range: 'A1' },
        { messageId: 'unreadable', sheet: 'Fichas', range: 'A1' },
      ],
    },
  ],
});

describe('structure/unreadable-sheet on a real file', () => {
  it('a workbook whose second sheet XML is cut short: the first is read, the second reported', async () => {
    const parts = minimalWorkbookParts('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>');
    const workbookXml = parts.find((p) => p.name === 'xl/workbook.xml')!;
    workbookXml.data = String(workbookXml.data).replace(
      '</sheets>',
      '<sheet name="Metas" sheetId="2" r:id="rId2"/></sheets>',
    );
    const rels = parts.find((p) => p.name === 'xl/_rels/workbook.xml.rels')!;
    rels.data = String(rels.data).replace(
      '</Relationships>',
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
    );
    parts.push({ name: 'xl/worksheets/sheet2.xml', data: '<worksheet><sheetData><row r="1"><c r="A1"><v>2' });
    const snapshot = await readXlsx(buildZip(parts));
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Hoja1']);
    const findings = validate(snapshot, [rule]).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'structure/unreadable-sheet', sheet: 'Metas', range: 'A1' });
    expect(findings[0].message).toMatch(
      /^La hoja «Metas» no se pudo leer \(xl\/worksheets\/sheet2\.xml no es XML válido/,
    );
  });
});
