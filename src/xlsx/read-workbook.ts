/**
 * workbook.xml (the sheets in tab order, their visibility and relationship ids, workbook-scoped
 * defined names, the date system) and the document properties (core, app, custom).
 */
import type { DefinedName } from '../core';
import type { XmlAttributes, XmlSink } from './xml';

export interface ListedSheet {
  name: string;
  /** Relationship id (`r:id`), as written. */
  relId?: string;
  hidden: boolean;
}

export class WorkbookSink implements XmlSink {
  wantText = false;
  readonly sheets: ListedSheet[] = [];
  readonly definedNames: DefinedName[] = [];
  date1904 = false;
  private name: string | undefined;
  private local = false;
  private ref = '';
  private inSheets = false;

  open(name: string, a: XmlAttributes, empty: boolean): void {
    if (name === 'sheets') this.inSheets = !empty;
    else if (name === 'sheet' && this.inSheets) {
      const state = a.get('state');
      this.sheets.push({
        name: a.get('name') ?? '',
        relId: a.get('id'),
        hidden: state === 'hidden' || state === 'veryHidden',
      });
    } else if (name === 'workbookPr') {
      const value = a.get('date1904');
      this.date1904 = value === '1' || value === 'true';
    } else if (name === 'definedName' && !empty) {
      this.name = a.get('name');
      this.local = a.get('localSheetId') !== undefined;
      this.ref = '';
      this.wantText = true;
    }
  }

  close(name: string): void {
    if (name === 'sheets') this.inSheets = false;
    else if (name === 'definedName') {
      this.wantText = false;
      if (this.name && !this.local) this.definedNames.push({ name: this.name, ref: this.ref.trim() });
      this.name = undefined;
    }
  }

  text(text: string): void {
    this.ref += text;
  }
}

const CORE_KEYS = new Set(['creator', 'lastModifiedBy', 'title', 'subject', 'keywords', 'category', 'description']);
const CORE_DATES = new Set(['created', 'modified']);
const APP_KEYS = new Map([
  ['Application', 'application'],
  ['AppVersion', 'appVersion'],
  ['Company', 'company'],
  ['Manager', 'manager'],
]);

/** Fills `properties` from core.xml (dc:/cp:/dcterms:), app.xml or custom.xml; never overwrites. */
export class PropertiesSink implements XmlSink {
  wantText = false;
  private key: string | undefined;
  private kind: 'core' | 'date' | 'app' | 'custom' = 'core';
  private value = '';
  private customName: string | undefined;
  private depth = 0;

  constructor(
    private readonly part: 'core' | 'app' | 'custom',
    private readonly properties: Map<string, string>,
  ) {}

  open(name: string, a: XmlAttributes, empty: boolean): void {
    if (empty) return;
    this.depth++;
    this.key = undefined;
    this.wantText = false;
    if (this.part === 'core' && this.depth === 2) {
      if (CORE_KEYS.has(name)) this.start(name, 'core');
      else if (CORE_DATES.has(name)) this.start(name, 'date');
    } else if (this.part === 'app' && this.depth === 2) {
      const key = APP_KEYS.get(name);
      if (key) this.start(key, 'app');
    } else if (this.part === 'custom') {
      if (this.depth === 2 && name === 'property') this.customName = a.get('name');
      else if (
        this.depth === 3 &&
        this.customName &&
        /^(lpwstr|lpstr|bstr|i4|i8|int|r4|r8|bool|filetime|decimal)$/.test(name)
      ) {
        this.start(this.customName, 'custom');
      }
    }
  }

  private start(key: string, kind: PropertiesSink['kind']): void {
    this.key = key;
    this.kind = kind;
    this.value = '';
    this.wantText = true;
  }

  close(): void {
    this.depth--;
    const key = this.key;
    this.key = undefined;
    this.wantText = false;
    if (key === undefined || this.properties.has(key)) return;
    let value = this.value;
    if (this.kind === 'date') {
      const date = new Date(value.trim());
      if (Number.isNaN(date.getTime())) return;
      value = date.toISOString();
    } else if (this.kind === 'app') value = value.trim();
    if (value.trim()) this.properties.set(key, value);
  }

  text(text: string): void {
    this.value += text;
  }
}
