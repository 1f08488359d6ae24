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
import { strFromU8, unzipSync } from 'fflate';
import { validateWorkbook } from '../../src/rules/run';
import { readXlsx } from '../../src/xlsx/read';
import { strict, withChartSheet, withMacros } from '../support/rich';

const FIXTURES = join(__dirname, 'fixtures');
const plain = new Uint8Array(readFileSync(join(FIXTURES, 'plano.xlsx')));
const rich = new Uint8Array(readFileSync(join(FIXTURES, 'rico.xlsx')));
const pivot = new Uint8Array(readFileSync(join(FIXTURES, 'dinamica.xlsx')));

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
