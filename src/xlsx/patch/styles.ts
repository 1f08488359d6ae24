/**
 * New cell formats added to styles.xml as text: the existing fonts, fills and cell formats stay
 * where they are (so every `s` in the package keeps its meaning) and new ones go at the end of
 * their lists, with the lists' `count` updated. A marked cell gets a clone of its own format
 * (number format, font, border, alignment, protection) with a solid fill.
 */
import { escapeXml, schemaPosition, withAttribute } from './text';

/** CT_Stylesheet's children in schema order. */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

/** What an empty list needs first, so index 0 (and fills 1) mean what Excel expects. */
const DEFAULTS: Record<string, string[]> = {
  fonts: ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ['<border><left/><right/><top/><bottom/><diagonal/></border>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};

const CHILD: Record<string, string> = { fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' };

export const EMPTY_STYLESHEET = (namespace: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${namespace}"></styleSheet>`;

export interface NewFormat {
  font?: number;
  fill?: number;
  /** `<alignment …/>` attributes, e.g. `wrapText="1" vertical="top"`. */
  alignment?: string;
}

export class StylesEdit {
  private readonly p: string;
  private readonly lists = new Map<string, { items: string[]; added: string[] }>();
  private readonly fillClones = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.p = /<(\w+:)?styleSheet\b/.exec(xml)?.[1] ?? '';
  }

  private list(name: string): { items: string[]; added: string[] } {
    let list = this.lists.get(name);
    if (list) return list;
    const p = this.p;
    const section = new RegExp(`<${p}${name}\\b[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${p}${name}>)`).exec(this.xml);
    const child = CHILD[name];
    const items = section?.[1]
      ? [
          ...section[1].matchAll(new RegExp(`<${p}${child}\\b(?:[^>]*?\\/>|[^>]*?>[\\s\\S]*?<\\/${p}${child}>)`, 'g')),
        ].map((m) => m[0])
      : [];
    list = { items, added: [] };
    if (items.length === 0) list.added.push(...DEFAULTS[name].map((x) => this.prefixed(x)));
    this.lists.set(name, list);
    return list;
  }

  private prefixed(xml: string): string {
    return this.p ? xml.replace(/<(\/?)(\w)/g, `<$1${this.p}$2`) : xml;
  }

  private add(name: string, item: string): number {
    const list = this.list(name);
    list.added.push(this.prefixed(item));
    return list.items.length + list.added.length - 1;
  }

  /** A solid fill of colour `argb` ("FFF8CBAD"); returns its index. */
  addSolidFill(argb: string): number {
    return this.add(
      'fills',
      `<fill><patternFill patternType="solid"><fgColor rgb="${escapeXml(argb)}"/><bgColor indexed="64"/></patternFill></fill>`,
    );
  }

  /** A copy of the first font with changes: bold, or a link's colour and underline; returns its index. */
  addFontLike(change: { bold?: boolean; color?: string; underline?: boolean }): number {
    const list = this.list('fonts');
    const base = list.items[0] ?? list.added[0];
    const p = this.p;
    const open = new RegExp(`^<${p}font\\b([^>]*?)(\\/?)>`).exec(base);
    let inner = open && !open[2] ? base.slice(open[0].length, base.lastIndexOf(`</${p}font>`)) : '';
    const drop = (child: string) => {
      inner = inner.replace(new RegExp(`<${p}${child}\\b(?:[^>]*?\\/>|[^>]*?>[\\s\\S]*?<\\/${p}${child}>)`, 'g'), '');
    };
    let extra = '';
    if (change.bold) {
      drop('b');
      extra += `<${p}b/>`;
    }
    if (change.underline) {
      drop('u');
      extra += `<${p}u/>`;
    }
    if (change.color) {
      drop('color');
      extra += `<${p}color rgb="${escapeXml(change.color)}"/>`;
    }
    const list2 = this.list('fonts');
    list2.added.push(`<${p}font${open?.[1] ?? ''}>${extra}${inner}</${p}font>`);
    return list2.items.length + list2.added.length - 1;
  }

  /** A new cell format on the defaults (general number format, border 0); returns its `s`. */
  addFormat(format: NewFormat): number {
    const font = format.font ?? 0;
    const fill = format.fill ?? 0;
    let attrs = `numFmtId="0" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"`;
    if (format.font !== undefined) attrs += ' applyFont="1"';
    if (format.fill !== undefined) attrs += ' applyFill="1"';
    if (format.alignment) attrs += ' applyAlignment="1"';
    this.list('fonts');
    this.list('fills');
    this.list('borders');
    return this.add(
      'cellXfs',
      format.alignment ? `<xf ${attrs}><alignment ${format.alignment}/></xf>` : `<xf ${attrs}/>`,
    );
  }

  /** The cell format `s` (undefined: the default) with solid fill `fill`; one clone per pair. */
  withFill(s: string | undefined, fill: number): number {
    const key = `${s ?? ''}\u0000${fill}`;
    const known = this.fillClones.get(key);
    if (known !== undefined) return known;
    const xfs = this.list('cellXfs');
    this.list('fonts');
    this.list('fills');
    this.list('borders');
    const index = Number(s ?? '0');
    const all = [...xfs.items, ...xfs.added];
    const base = Number.isInteger(index) && index >= 0 && index < all.length ? all[index] : all[0];
    const p = this.p;
    const open = new RegExp(`^<${p}xf\\b([^>]*?)(\\/?)>`).exec(base);
    const attrs = withAttribute(withAttribute(open?.[1] ?? '', 'fillId', String(fill)), 'applyFill', '1');
    const clone = open ? `<${p}xf${attrs}${open[2]}>${base.slice(open[0].length)}` : base;
    xfs.added.push(clone);
    const result = xfs.items.length + xfs.added.length - 1;
    this.fillClones.set(key, result);
    return result;
  }

  /** The stylesheet with every addition. */
  toXml(): string {
    let xml = this.xml;
    const p = this.p;
    for (const name of ORDER) {
      const list = this.lists.get(name);
      if (!list || list.added.length === 0) continue;
      const count = list.items.length + list.added.length;
      const added = list.added.join('');
      const section = new RegExp(`<${p}${name}\\b([^>]*?)(\\/?)>`).exec(xml);
      if (section && !section[2]) {
        const close = xml.indexOf(`</${p}${name}>`, section.index);
        const open = `<${p}${name}${withAttribute(section[1], 'count', String(count))}>`;
        xml =
          xml.slice(0, section.index) +
          open +
          xml.slice(section.index + section[0].length, close) +
          added +
          xml.slice(close);
      } else if (section) {
        const attrs = withAttribute(section[1].replace(/\s*\/$/, ''), 'count', String(count));
        xml =
          xml.slice(0, section.index) +
          `<${p}${name}${attrs}>${added}</${p}${name}>` +
          xml.slice(section.index + section[0].length);
      } else {
        const element = `<${p}${name} count="${count}">${added}</${p}${name}>`;
        const at = schemaPosition(xml, p, 'styleSheet', ORDER.slice(ORDER.indexOf(name) + 1));
        if (at < 0) continue;
        xml = xml.slice(0, at) + element + xml.slice(at);
      }
    }
    return xml;
  }
}
