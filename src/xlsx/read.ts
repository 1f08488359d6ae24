/**
 * Reads an .xlsx (.xlsm, .xltx, .xltm; Transitional or Strict) into a WorkbookSnapshot, straight
 * from the package: no spreadsheet library, no object model of parts the engine never looks at.
 * Never writes anything; works in Node and in the browser (no Node imports).
 *
 * Untrusted input is checked before anything is inflated (read-package.ts, zip.ts): wrong
 * formats, password protection, zip bombs and oversized packages end in an XlsxReadError with a
 * one-line Spanish reason. Then only the parts the snapshot needs are inflated and scanned
 * (package.ts, xml.ts): workbook, shared strings, styles, each worksheet, document properties.
 * Drawings, charts, chart sheets, images, pivot caches, tables, VBA, external links, comments
 * and custom XML are never opened.
 *
 * Damage to the package (CRC, truncation, duplicate names, coordinates past the grid, limits)
 * is an XlsxReadError. Damage inside one sheet (its part missing, its XML cut short or malformed,
 * its relationship unresolved) is not: the other sheets are read, and the sheet is listed in
 * `unreadableSheets` for the rule structure/unreadable-sheet to report. No sheet readable at all
 * is an XlsxReadError.
 */
import type { UnreadableSheet, WorkbookSnapshot, SheetSnapshot } from '../core';
import { XlsxReadError, formatCount } from './errors';
import { XlsxPackage, type NativeZlib, type PartPreview, type Relationship } from './package';
import { openZip } from './read-package';
import { resolveLimits, type ReadLimits } from './read-limits';
import { SheetSink, tooManyCells, type SheetContext } from './read-sheet';
import { SharedStringsSink, StylesSink, type CellFormat } from './read-styles';
import { PropertiesSink, WorkbookSink } from './read-workbook';
import { XmlError, type XmlSink } from './xml';
import { corruptError } from './zip';

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** The platform's zlib (Node's), faster than the JavaScript inflate used otherwise. */
  zlib?: NativeZlib;
}

/** Sheet kinds listed in `<sheets>` that hold no cells to validate: passed over, not reported. */
const NON_GRID_SHEETS = new Set(['chartsheet', 'dialogsheet', 'macrosheet', 'xlMacrosheet', 'xlIntlMacrosheet']);

export async function readXlsx(data: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return readXlsxSync(
    data instanceof Uint8Array ? data : new Uint8Array(data),
    resolveLimits(options.limits),
    options.zlib,
  );
}

function firstOfType(relationships: readonly Relationship[], type: string, pkg: XlsxPackage): string | undefined {
  const rel = relationships.find((r) => r.type === type && r.part !== undefined && pkg.has(r.part));
  return rel?.part;
}

/** A part the workbook cannot do without: malformed XML there is a damaged file. */
function scanRequired(pkg: XlsxPackage, part: string, sink: XmlSink): void {
  try {
    pkg.scan(part, sink);
  } catch (error) {
    if (error instanceof XmlError) {
      throw corruptError(`${part} no es XML válido: ${error.message}`, `${part} is not valid XML: ${error.message}`);
    }
    throw error;
  }
}

export function readXlsxSync(bytes: Uint8Array, limits: ReadLimits, zlib?: NativeZlib): WorkbookSnapshot {
  const entries = openZip(bytes, limits);
  const pkg = new XlsxPackage(bytes, limits, entries, zlib);

  const root = pkg.relationships('');
  const workbookPart = firstOfType(root, 'officeDocument', pkg) ?? 'xl/workbook.xml';
  const workbook = new WorkbookSink();
  scanRequired(pkg, workbookPart, workbook);
  if (workbook.sheets.length > limits.maxSheets) {
    throw new XlsxReadError(
      'too-many-sheets',
      `el libro tiene demasiadas hojas (${formatCount(workbook.sheets.length)}; máximo ${formatCount(limits.maxSheets)})`,
      `the workbook has too many sheets (${formatCount(workbook.sheets.length)}; at most ${formatCount(limits.maxSheets)})`,
    );
  }

  const rels = pkg.relationships(workbookPart);
  const byId = new Map<string, Relationship>();
  const byIdIgnoringCase = new Map<string, Relationship>();
  for (const rel of rels) {
    if (!byId.has(rel.id)) byId.set(rel.id, rel);
    if (!byIdIgnoringCase.has(rel.id.toLowerCase())) byIdIgnoringCase.set(rel.id.toLowerCase(), rel);
  }

  const strings = new SharedStringsSink();
  const stringsPart =
    firstOfType(rels, 'sharedStrings', pkg) ?? (pkg.has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : undefined);
  if (stringsPart) scanRequired(pkg, stringsPart, strings);
  let formats: CellFormat[] = [];
  const stylesPart = firstOfType(rels, 'styles', pkg) ?? (pkg.has('xl/styles.xml') ? 'xl/styles.xml' : undefined);
  if (stylesPart) {
    const styles = new StylesSink();
    scanRequired(pkg, stylesPart, styles);
    formats = styles.formats();
  }

  const context: SheetContext = {
    strings: strings.strings,
    formats,
    date1904: workbook.date1904,
    limits,
    counts: { cells: 0, mergedCells: 0 },
  };
  const sheets: SheetSnapshot[] = [];
  const unreadable: UnreadableSheet[] = [];
  workbook.sheets.forEach((listed, index) => {
    const name = listed.name || `Hoja ${index + 1}`;
    const fail = (reason: string): void => void unreadable.push({ name, reason });
    if (!listed.name) return fail('la hoja no tiene nombre en xl/workbook.xml');
    if (!listed.relId) return fail('la hoja no indica su parte (falta r:id en xl/workbook.xml)');
    const rel = byId.get(listed.relId) ?? byIdIgnoringCase.get(listed.relId.toLowerCase());
    if (!rel) return fail(`la relación ${listed.relId} no existe en las relaciones del libro`);
    if (NON_GRID_SHEETS.has(rel.type)) return;
    if (!rel.part) return fail(`la hoja apunta fuera del archivo (${listed.relId})`);
    if (!pkg.has(rel.part)) return fail(`falta la parte ${rel.part}`);
    const sink = new SheetSink(listed.name, context);
    try {
      pkg.scan(rel.part, sink, cellPrecount(pkg, rel.part, sink, context.counts, limits));
    } catch (error) {
      if (error instanceof XmlError) return fail(`${rel.part} no es XML válido: ${error.message}`);
      throw error;
    }
    sheets.push(sink.snapshot(listed.hidden));
  });

  if (sheets.length === 0) {
    if (unreadable.length === 0) {
      throw corruptError('el libro no tiene hojas de cálculo', 'the workbook has no worksheets');
    }
    const first = unreadable[0];
    throw corruptError(
      `no se puede leer ninguna hoja; «${first.name}»: ${first.reason}`,
      `no sheet can be read; "${first.name}": ${first.reason}`,
    );
  }

  const snapshot: WorkbookSnapshot = { sheets, properties: readProperties(pkg, root) };
  if (workbook.definedNames.length) snapshot.definedNames = workbook.definedNames;
  if (unreadable.length) snapshot.unreadableSheets = unreadable;
  return snapshot;
}

/** Worksheet parts bigger than this are counted (`<c` tags, bytes only) before being parsed. */
const PRECOUNT_BYTES = 8 * 1024 * 1024;

/**
 * A workbook over the cell limit is refused before a big sheet's cells are built: a worksheet
 * part of PRECOUNT_BYTES or more has its cell tags counted on the inflated bytes first, which
 * costs a fraction of parsing them (the parse counts again, exactly, whatever the size). The
 * count reads the buffer the parse reads next, so the part is inflated once (see
 * XlsxPackage.inflate), and it sizes the sheet's list of cells before the first one arrives.
 */
function cellPrecount(
  pkg: XlsxPackage,
  part: string,
  sink: SheetSink,
  counts: SheetContext['counts'],
  limits: ReadLimits,
): PartPreview | undefined {
  const entry = pkg.entry(part);
  if (!entry || entry.uncompressedSize < PRECOUNT_BYTES) return undefined;
  let cells = counts.cells;
  // "<c" then a space, ">" or "/": a cell, and not <col>, <cfRule>… (state kept across chunks).
  let previous = 0;
  let beforePrevious = 0;
  return {
    chunk(bytes) {
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (
          beforePrevious === 0x3c &&
          previous === 0x63 &&
          (b === 0x20 || b === 0x3e || b === 0x2f || b === 0x0a || b === 0x09 || b === 0x0d)
        ) {
          if (++cells > limits.maxCells) throw tooManyCells(cells, limits);
        }
        beforePrevious = previous;
        previous = b;
      }
    },
    end() {
      sink.reserve(cells - counts.cells);
    },
  };
}

/** Core, app and custom properties, in that order: a custom property never hides a core one. */
function readProperties(pkg: XlsxPackage, root: readonly Relationship[]): Record<string, string> {
  const found = new Map<string, string>();
  const parts: ['core' | 'app' | 'custom', string, string][] = [
    ['core', 'core-properties', 'docProps/core.xml'],
    ['app', 'extended-properties', 'docProps/app.xml'],
    ['custom', 'custom-properties', 'docProps/custom.xml'],
  ];
  for (const [kind, type, fallback] of parts) {
    const part = firstOfType(root, type, pkg) ?? (pkg.has(fallback) ? fallback : undefined);
    if (!part) continue;
    try {
      pkg.scan(part, new PropertiesSink(kind, found));
    } catch (error) {
      // Document properties are optional: damaged ones are left out, the cells still count.
      if (!(error instanceof XmlError)) throw error;
    }
  }
  const properties: Record<string, string> = Object.create(null);
  for (const [key, value] of found) properties[key] = value;
  return properties;
}
