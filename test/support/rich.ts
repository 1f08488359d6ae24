/**
 * Rich packages built from test/xlsx/fixtures/rico.xlsx (a workbook saved by LibreOffice with a
 * chart, an image, a table and comments): a chart sheet assembled from its own chart part, as
 * Excel lays one out, a macro-enabled package (.xlsm) with a vbaProject.bin, and Strict OOXML.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { PackageEdit } from '../../src/xlsx/patch/parts';
import { buildCfb } from './xlsx';

export type Parts = Record<string, Uint8Array>;

export function edit(
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

export function withChartSheet(bytes: Uint8Array): Uint8Array {
  return edit(bytes, (parts, text) => {
    if (!parts['xl/charts/chart1.xml']) throw new Error('the package has no chart part to show');
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

export function withMacros(bytes: Uint8Array): Uint8Array {
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

/** The package in Strict OOXML: every Transitional namespace and relationship type in its ISO 29500 Strict form. */
export function strict(bytes: Uint8Array): Uint8Array {
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

/** Every note of a package by "sheet!cell" (its runs' text joined), read from the comments parts the sheets relate. */
export function notesOf(bytes: Uint8Array): Map<string, string> {
  const pkg = new PackageEdit(bytes);
  const workbook = pkg.text('xl/workbook.xml');
  const notes = new Map<string, string>();
  for (const rel of pkg.relationships('xl/workbook.xml')) {
    if (rel.type !== 'worksheet' || !rel.part) continue;
    const name = new RegExp(`<sheet [^>]*name="([^"]*)"[^>]*r:id="${rel.id}"`).exec(workbook)?.[1];
    const comments = pkg.relationships(rel.part).find((r) => r.type === 'comments')?.part;
    if (!name || !comments) continue;
    for (const m of pkg.text(comments).matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/comment>/g)) {
      const text = [...m[2].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join('');
      notes.set(`${name}!${m[1]}`, text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
    }
  }
  return notes;
}
