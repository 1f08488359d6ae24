/**
 * Small helpers for editing XML parts as text: escaping, one attribute read or set inside a start
 * tag, the prefix of a root element, an element added before a closing tag.
 */

/** Characters XML 1.0 cannot hold; Excel writes them as _xHHHH_. */
// eslint-disable-next-line no-control-regex -- control characters are what it escapes
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(CONTROL, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0')}_`);
}

/** The five predefined entities back to characters (attribute values read with a regex). */
export function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** One attribute's raw value in `attrs` (the inside of a start tag after its name). */
export function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** `attrs` with `name="value"` set, replaced in place or added at the end. */
export function withAttribute(attrs: string, name: string, value: string): string {
  const pattern = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (pattern.test(attrs)) return attrs.replace(pattern, ` ${name}="${value}"`);
  const slash = /\s*\/$/.exec(attrs);
  return slash
    ? `${attrs.slice(0, slash.index)} ${name}="${value}"${attrs.slice(slash.index)}`
    : `${attrs} ${name}="${value}"`;
}

/** The namespace prefix ("" or "x:") of the first element called `name`. */
export function prefixOf(xml: string, name: string): string {
  return new RegExp(`<(\\w+:)?${name}\\b`).exec(xml)?.[1] ?? '';
}

/** `xml` with `element` inserted before the last `</name>` (a `<name/>` opened into a pair). */
export function insertBeforeClose(xml: string, name: string, element: string): string {
  const close = xml.lastIndexOf(`</${name}>`);
  if (close >= 0) return xml.slice(0, close) + element + xml.slice(close);
  const empty = new RegExp(`<${name}(\\s[^>]*?)?\\s*\\/>`).exec(xml);
  if (!empty) return xml;
  return (
    xml.slice(0, empty.index) +
    `<${name}${empty[1] ?? ''}>${element}</${name}>` +
    xml.slice(empty.index + empty[0].length)
  );
}

/**
 * Where an element belongs among a parent's children in schema order: before the first of
 * `followers` present, else before `</parent>`. Returns -1 when the parent is not closed.
 */
export function schemaPosition(xml: string, p: string, parent: string, followers: readonly string[]): number {
  let at = -1;
  for (const name of followers) {
    const m = new RegExp(`<${p}${name}[\\s/>]`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  return at >= 0 ? at : xml.lastIndexOf(`</${p}${parent}>`);
}

/**
 * The prefix bound to `namespace` on the root element `root`; when none is, the root gets a
 * declaration (`r`, or `r1`, `r2`… when `r` means something else there). Returns the XML (with
 * the declaration when added) and the prefix to write.
 */
export function declaredPrefix(xml: string, root: string, namespace: string): { xml: string; prefix: string } {
  const p = prefixOf(xml, root);
  const tag = new RegExp(`<${p}${root}\\b[^>]*>`).exec(xml);
  if (!tag) return { xml, prefix: 'r' };
  const declarations = new Map(
    [...tag[0].matchAll(/\sxmlns:(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1], m[2] ?? m[3]]),
  );
  for (const [prefix, uri] of declarations) if (uri === namespace) return { xml, prefix };
  let prefix = 'r';
  for (let n = 1; declarations.has(prefix); n++) prefix = `r${n}`;
  const end = tag.index + tag[0].length - (tag[0].endsWith('/>') ? 2 : 1);
  return { xml: `${xml.slice(0, end)} xmlns:${prefix}="${namespace}"${xml.slice(end)}`, prefix };
}
