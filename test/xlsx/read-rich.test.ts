/**
 * Workbooks that carry more than cells: the engine must find in them exactly what it finds in
 * their plain twin. How each was made:
 * - fixtures/plano.xlsx: examples/igm-pom-2026-2030.xlsx opened and saved by LibreOffice Calc;
 * - fixtures/rico.xlsx: the same, with a chart, an image, an autofilter (LibreOffice writes it as
 *   a table part) and two comments added through LibreOffice's API (fixtures/make-rich.py);
 * - a chart sheet: assembled here from rico.xlsx's own chart part (a chartsheet and a drawing
 *   part pointing at xl/charts/chart1.xml, listed in workbook.xml), as Excel lays them out;
 * - a macro-enabled package (.xlsm): rico.xlsx with a vbaProject.bin (a Compound File with the
 *   streams of a VBA project, built by test/support/xlsx.ts) and the macro-enabled content type;
 * - a Strict OOXML package: plano.xlsx with every Transitional namespace and relationship type
 *   rewritten to its Strict (ISO 29500 Strict) form;
 * - fixtures/dinamica.xlsx: plano.xlsx with a pivot table made by LibreOffice (a DataPilot on a
 *   sheet of its own, fixtures/make-rich.py): pivot table, pivot cache and records parts.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { validateWorkbook } from '../../src/rules/run';
import { readXlsx } from '../../src/xlsx/read';
import { buildCfb } from '../support/xlsx';

const FIXTURES = join(__dirname, 'fixtures');
const plain = new Uint8Array(readFileSync(join(FIXTURES, 'plano.xlsx')));
const rich = new Uint8Array(readFileSync(join(FIXTURES, 'rico.xlsx')));
const pivot = new Uint8Array(readFileSync(join(FIXTURES, 'dinamica.xlsx')));

type Parts = Record<string, Uint8Array>;

function edit(
  bytes: Uint8Array,
  change: (parts: Parts, text: (name: string, f: (xml: string) => string) => void) => void,
): Uint8Array {
  const parts = unzipSync(bytes) as Parts;
  change(parts, (name, f) => {
    parts[name] = strToU8(f(strFromU8(parts[name])));
  });
  return zipSync(parts);
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function withChartSheet(bytes: Uint8Array): Uint8Array {
  return edit(bytes, (parts, text) => {
    expect(parts['xl/charts/chart1.xml']).toBeDefined();
    parts['xl/chartsheets/sheet1.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
    );
    parts['xl/chartsheets/_rels/sheet1.xml.rels'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing9.xml"/></Relationships>`,
    );
    parts['xl/drawings/drawing9.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="9300000" cy="6000000"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Gráfico 1"/><xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`,
    );
    parts['xl/drawings/_rels/drawing9.xml.rels'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
    );
    text('xl/workbook.xml', (xml) =>
      xml.replace('</sheets>', '<sheet name="Gráfico" sheetId="99" state="visible" r:id="rIdChart"/></sheets>'),
    );
    text('xl/_rels/workbook.xml.rels', (xml) =>
      xml.replace(
        '</Relationships>',
        `<Relationship Id="rIdChart" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
      ),
    );
    text('[Content_Types].xml', (xml) =>
      xml.replace(
        '</Types>',
        '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/><Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
      ),
    );
  });
}

function withMacros(bytes: Uint8Array): Uint8Array {
  return edit(bytes, (parts, text) => {
    parts['xl/vbaProject.bin'] = buildCfb([
      'VBA',
      'dir',
      '_VBA_PROJECT',
      'ThisWorkbook',
      'Module1',
      'PROJECT',
      'PROJECTwm',
    ]);
    text('xl/_rels/workbook.xml.rels', (xml) =>
      xml.replace(
        '</Relationships>',
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    );
    text('[Content_Types].xml', (xml) =>
      xml
        .replace(
          'spreadsheetml.sheet.main+xml',
          'spreadsheetml.sheet.main+xml'.replace('spreadsheetml.sheet.main', 'ms-excel.sheet.macroEnabled.main'),
        )
        .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    );
  });
}

function strict(bytes: Uint8Array): Uint8Array {
  return edit(bytes, (parts, text) => {
    for (const name of Object.keys(parts)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      text(name, (xml) =>
        xml
          .replace(
            /http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g,
            'http://purl.oclc.org/ooxml/spreadsheetml/main',
          )
          .replace(
            /http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g,
            'http://purl.oclc.org/ooxml/officeDocument/relationships',
          )
          .replace(/<workbook /, '<workbook conformance="strict" '),
      );
    }
  });
}

async function findings(bytes: Uint8Array): Promise<string[]> {
  const snapshot = await readXlsx(bytes);
  expect(snapshot.unreadableSheets).toBeUndefined();
  return validateWorkbook(snapshot).findings.map((f) => `${f.rule} ${f.sheet}!${f.range} ${f.message}`);
}

describe('rich workbooks give the findings of their plain twin', () => {
  let expected: string[];

  beforeAll(async () => {
    expected = await findings(plain);
  });

  it('the plain twin (saved by LibreOffice) has the example’s mistakes', async () => {
    expect(expected.length).toBeGreaterThan(5);
  });

  it('with a chart, an image, a table (autofilter) and comments', async () => {
    const names = Object.keys(unzipSync(rich));
    for (const part of ['xl/charts/chart1.xml', 'xl/media/image1.png', 'xl/tables/table1.xml', 'xl/comments1.xml']) {
      expect(names).toContain(part);
    }
    expect(await findings(rich)).toEqual(expected);
  });

  it('with a chart sheet as well (not a grid: passed over, not reported)', async () => {
    const bytes = withChartSheet(rich);
    const snapshot = await readXlsx(bytes);
    expect(snapshot.sheets.map((s) => s.name)).not.toContain('Gráfico');
    expect(await findings(bytes)).toEqual(expected);
  });

  it('macro-enabled (.xlsm, with vbaProject.bin), the VBA never opened', async () => {
    expect(await findings(withMacros(withChartSheet(rich)))).toEqual(expected);
  });

  it('with a pivot table (its cache never opened): the same findings, none on the pivot output', async () => {
    const names = Object.keys(unzipSync(pivot));
    for (const part of ['xl/pivotTables/pivotTable1.xml', 'xl/pivotCache/pivotCacheDefinition1.xml']) {
      expect(names).toContain(part);
    }
    const snapshot = await readXlsx(pivot);
    // The pivot table's output is ordinary cells of its own sheet, read like any other.
    const output = snapshot.sheets.find((s) => s.name === 'Tabla dinámica');
    expect(output?.cells.map((c) => c.value)).toContain('Total Result');
    expect(await findings(pivot)).toEqual(expected);
  });

  it('in Strict OOXML namespaces', async () => {
    const bytes = strict(plain);
    expect(strFromU8(unzipSync(bytes)['xl/workbook.xml'])).toContain('purl.oclc.org/ooxml/spreadsheetml/main');
    expect(await findings(bytes)).toEqual(expected);
  });
});
