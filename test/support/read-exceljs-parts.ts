/**
 * For the ExcelJS reader kept in tests (read-exceljs.ts): the few small package parts it takes
 * verbatim rather than through ExcelJS:
 * defined names (ExcelJS rebuilds them cell by cell, losing the text and costing time on big
 * areas), the sheet count (checked before loading), and custom document properties (ExcelJS
 * ignores docProps/custom.xml). Regular expressions suffice: these parts are flat and small.
 */
import type { DefinedName } from '../../src/core';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity] ?? whole;
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeXmlText(match[1] ?? match[2]) : undefined;
}

export interface WorkbookPart {
  sheetCount: number;
  /** Sheet name → its part in the package ("xl/worksheets/sheet1.xml"), through the relationships. */
  sheetParts: Map<string, string>;
  /** Workbook-scoped names (sheet-scoped ones carry localSheetId and are left out). */
  definedNames: DefinedName[];
}

export function parseWorkbookPart(xml: string, relsXml: string): WorkbookPart {
  const sheetCount = (xml.match(/<(?:\w+:)?sheet\s/g) ?? []).length;
  const targets = parseRelationships(relsXml);
  const sheetParts = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?sheet(\s[^>]*)>/g)) {
    const name = attribute(m[1], 'name');
    const target = targets.get(attribute(m[1], 'r:id') ?? '');
    if (name !== undefined && target) sheetParts.set(name, target);
  }
  const definedNames: DefinedName[] = [];
  const namePattern = /<(?:\w+:)?definedName(\s[^>]*)?>([^<]*)<\/(?:\w+:)?definedName>/g;
  for (let m = namePattern.exec(xml); m; m = namePattern.exec(xml)) {
    const tag = m[1] ?? '';
    const name = attribute(tag, 'name');
    if (!name || attribute(tag, 'localSheetId') !== undefined) continue;
    definedNames.push({ name, ref: decodeXmlText(m[2]).trim() });
  }
  return { sheetCount, sheetParts, definedNames };
}

/** xl/_rels/workbook.xml.rels: relationship id → part name, resolved from the xl/ folder. */
function parseRelationships(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship(\s[^>]*)>/g)) {
    const id = attribute(m[1], 'Id');
    const target = attribute(m[1], 'Target');
    if (!id || !target) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  return targets;
}

/** docProps/custom.xml: `<property name="…"><vt:lpwstr>value</vt:lpwstr></property>`. */
export function parseCustomProperties(xml: string): [string, string][] {
  const properties: [string, string][] = [];
  const propertyPattern = /<(?:\w+:)?property(\s[^>]*)>([\s\S]*?)<\/(?:\w+:)?property>/g;
  for (let m = propertyPattern.exec(xml); m; m = propertyPattern.exec(xml)) {
    const name = attribute(m[1], 'name');
    const value = /<(?:\w+:)?(?:lpwstr|lpstr|bstr|i4|i8|int|r4|r8|bool|filetime|decimal)>([^<]*)</.exec(m[2]);
    if (name && value) properties.push([name, decodeXmlText(value[1])]);
  }
  return properties;
}

/** docProps/app.xml: the application that saved the file and its version. */
export function parseAppProperties(xml: string): [string, string][] {
  const properties: [string, string][] = [];
  for (const [tag, key] of [
    ['Application', 'application'],
    ['AppVersion', 'appVersion'],
    ['Company', 'company'],
    ['Manager', 'manager'],
  ] as const) {
    const match = new RegExp(`<(?:\\w+:)?${tag}>([^<]*)<`).exec(xml);
    if (match && match[1].trim()) properties.push([key, decodeXmlText(match[1]).trim()]);
  }
  return properties;
}
