/**
 * A small streaming XML scanner for the parts of a spreadsheet package, made for untrusted
 * input: no DTD (a `<!DOCTYPE` is an error), no entities but the five predefined ones and
 * numeric references, nothing fetched. Text arrives in chunks of any size (a tag, a reference
 * or a comment may be split between two): what cannot be finished yet waits for the next chunk.
 * Elements reach the sink by local name (the prefix dropped), so Transitional and Strict
 * packages, and any prefix a writer chose, read alike. Mismatched or unclosed tags are errors.
 */

export class XmlError extends Error {
  override readonly name = 'XmlError';
}

/** The attributes of the element being opened; valid only during `open`. */
export class XmlAttributes {
  /** Local names (prefix dropped) and decoded values, `count` of each. */
  readonly names: string[] = [];
  readonly values: string[] = [];
  count = 0;

  get(localName: string): string | undefined {
    for (let i = 0; i < this.count; i++) if (this.names[i] === localName) return this.values[i];
    return undefined;
  }
}

export interface XmlSink {
  /** Local name of the element; `empty` for `<x/>`, which gets no `close`. */
  open(name: string, attributes: XmlAttributes, empty: boolean): void;
  close(name: string): void;
  /** Decoded character data (CDATA included); only called while `wantText` is true. */
  text(text: string): void;
  wantText: boolean;
  /**
   * A fast path for `<c …>` start tags (worksheet cells): reads the whole element from the text
   * and returns the position after it, or -1 to let the scanner read it as usual, or -2 when
   * the element is not complete yet. `rawElements` then holds the elements it read.
   */
  raw?(text: string, lt: number, final: boolean): number;
  rawElements?: number;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const EQUALS = 61;
const COLON = 58;
const AMP = 38;

/**
 * The text as a string of its own. What the scanner hands over are substrings of the decoded
 * chunk, and V8 keeps a long substring as a view of its parent: one formula or text kept in the
 * snapshot would keep its whole 64 KiB chunk alive, and all of them the whole sheet's XML (4 MB
 * on a 100 k-cell sheet, 41 MB on a million). Concatenation flattens into a new string, which the
 * slice then refers to instead. Short substrings are copies already.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

const PREDEFINED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** Resolves the five predefined entities and numeric references; anything else is an error. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  let out = '';
  let from = 0;
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', from)) {
    const end = text.indexOf(';', at);
    if (end < 0 || end - at > 12) throw new XmlError('referencia de entidad sin cerrar');
    const name = text.slice(at + 1, end);
    let value: string | undefined;
    if (name.charCodeAt(0) === 35 /* # */) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const digits = name[1] === 'x' || name[1] === 'X' ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/;
      if (!digits.test(name.slice(name[1] === 'x' || name[1] === 'X' ? 2 : 1)) || !(code >= 0 && code <= 0x10ffff)) {
        throw new XmlError(`referencia numérica inválida &${name};`);
      }
      value = String.fromCodePoint(code);
    } else {
      value = PREDEFINED.get(name);
      if (value === undefined) throw new XmlError(`entidad no admitida &${name};`);
    }
    out += text.slice(from, at) + value;
    from = end + 1;
  }
  return out + text.slice(from);
}

/** XML end-of-line handling: "\r\n" and a lone "\r" read as "\n". */
export function normalizeLines(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

/** Attribute-value normalisation: literal tabs and line breaks read as spaces (references stay). */
function normalizeAttribute(value: string): string {
  return /[\t\n\r]/.test(value) ? value.replace(/\r\n|[\t\n\r]/g, ' ') : value;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export class XmlScanner {
  private carry = '';
  private readonly stack: string[] = [];
  private readonly attributes = new XmlAttributes();
  private sawRoot = false;
  /** Elements opened so far (every start tag, empty ones included). */
  elements = 0;

  // Bound once: one scanner serves several kinds of sink, and a call through a field of the
  // scanner stays fast where a call through the sink object would not.
  private readonly onOpen: XmlSink['open'];
  private readonly onClose: XmlSink['close'];
  private readonly onRaw: XmlSink['raw'];

  constructor(private readonly sink: XmlSink) {
    this.onOpen = sink.open.bind(sink);
    this.onClose = sink.close.bind(sink);
    this.onRaw = sink.raw?.bind(sink);
  }

  feed(chunk: string): void {
    const text = this.carry.length ? this.carry + chunk : chunk;
    const stop = this.scan(text, false);
    this.carry = stop < text.length ? text.slice(stop) : '';
  }

  /** The end of the part: anything left open is an error (a part cut short). */
  finish(): void {
    const text = this.carry;
    this.carry = '';
    const stop = this.scan(text, true);
    if (stop < text.length && text.slice(stop).trim()) throw new XmlError('el XML termina a medias');
    if (this.stack.length) throw new XmlError(`falta cerrar <${this.stack[this.stack.length - 1]}>`);
    if (!this.sawRoot) throw new XmlError('el XML está vacío');
  }

  /** Scans as far as it can; returns where the unfinished rest starts. */
  private scan(s: string, final: boolean): number {
    const sink = this.sink;
    const stack = this.stack;
    const length = s.length;
    let i = 0;
    while (i < length) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        // Text up to the end: wait for the tag that ends it (unless the part ended).
        if (stack.length === 0 && !s.slice(i).trim()) return length;
        return final ? length : i;
      }
      if (lt > i && sink.wantText && stack.length) {
        const raw = normalizeLines(s.slice(i, lt));
        sink.text(raw.indexOf('&') < 0 ? raw : decodeEntities(raw));
      } else if (lt > i && stack.length === 0 && s.slice(i, lt).trim()) {
        throw new XmlError('texto fuera del elemento raíz');
      }
      if (lt + 1 >= length) return lt;
      const next = s.charCodeAt(lt + 1);
      if (next === SLASH) {
        const gt = s.indexOf('>', lt + 2);
        if (gt < 0) return lt;
        // Compared in place with the open element (no new string for every end tag).
        const open = stack.length ? stack[stack.length - 1] : undefined;
        let end = lt + 2 + (open === undefined ? 0 : open.length);
        while (end < gt && isSpace(s.charCodeAt(end))) end++;
        if (open === undefined || end !== gt || !s.startsWith(open, lt + 2)) {
          let nameEnd = gt;
          while (nameEnd > lt + 2 && isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
          const qname = s.slice(lt + 2, nameEnd);
          throw new XmlError(open === undefined ? `</${qname}> sin abrir` : `<${open}> se cierra con </${qname}>`);
        }
        stack.pop();
        this.onClose(localName(open));
        i = gt + 1;
        continue;
      }
      if (next === QUESTION) {
        const end = s.indexOf('?>', lt + 2);
        if (end < 0) return lt;
        i = end + 2;
        continue;
      }
      if (next === BANG) {
        if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4);
          if (end < 0) return lt;
          i = end + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9);
          if (end < 0) return lt;
          if (stack.length === 0) throw new XmlError('CDATA fuera del elemento raíz');
          if (sink.wantText) sink.text(normalizeLines(s.slice(lt + 9, end)));
          i = end + 3;
          continue;
        }
        if (length - lt < 9 && !final) return lt;
        if (s.startsWith('<!DOCTYPE', lt)) throw new XmlError('el XML declara un DTD (<!DOCTYPE>), que no se admite');
        throw new XmlError('declaración XML no admitida');
      }
      if (next === 99 /* c */ && this.onRaw !== undefined && stack.length) {
        const end = this.onRaw(s, lt, final);
        if (end === -2) return lt;
        if (end >= 0) {
          this.elements += sink.rawElements ?? 1;
          i = end;
          continue;
        }
      }
      const stop = this.startTag(s, lt);
      if (stop < 0) return lt;
      i = stop;
    }
    return length;
  }

  /** Reads `<name attr="v" …>` at `lt`; returns the position after it, or -1 if incomplete. */
  private startTag(s: string, lt: number): number {
    const length = s.length;
    let p = lt + 1;
    while (p < length) {
      const c = s.charCodeAt(p);
      if (isSpace(c) || c === GT || c === SLASH) break;
      if (c === LT) throw new XmlError('etiqueta mal formada');
      p++;
    }
    if (p >= length) return -1;
    const qname = s.slice(lt + 1, p);
    if (!qname) throw new XmlError('etiqueta sin nombre');
    const attrs = this.attributes;
    attrs.count = 0;
    for (;;) {
      while (p < length && isSpace(s.charCodeAt(p))) p++;
      if (p >= length) return -1;
      const c = s.charCodeAt(p);
      if (c === GT || c === SLASH) break;
      const nameStart = p;
      let colon = -1;
      while (p < length) {
        const d = s.charCodeAt(p);
        if (d === EQUALS || isSpace(d)) break;
        if (d === GT || d === SLASH || d === LT) throw new XmlError(`atributo sin valor en <${qname}>`);
        if (d === COLON) colon = p;
        p++;
      }
      const nameEnd = p;
      while (p < length && isSpace(s.charCodeAt(p))) p++;
      if (p >= length) return -1;
      if (s.charCodeAt(p) !== EQUALS) throw new XmlError(`atributo sin valor en <${qname}>`);
      p++;
      while (p < length && isSpace(s.charCodeAt(p))) p++;
      if (p >= length) return -1;
      const quote = s[p];
      if (quote !== '"' && quote !== "'") throw new XmlError(`atributo sin comillas en <${qname}>`);
      const close = s.indexOf(quote, p + 1);
      if (close < 0) return -1;
      let value = s.slice(p + 1, close);
      // One pass to see whether the value needs any work (most never do).
      let special = false;
      for (let k = 0; k < value.length; k++) {
        const d = value.charCodeAt(k);
        if (d === AMP || d === LT || d < 32) {
          special = true;
          break;
        }
      }
      if (special) {
        if (value.indexOf('<') >= 0) throw new XmlError(`«<» dentro de un atributo de <${qname}>`);
        value = decodeEntities(normalizeAttribute(value));
      }
      const index = attrs.count++;
      attrs.names[index] = colon < 0 ? s.slice(nameStart, nameEnd) : s.slice(colon + 1, nameEnd);
      attrs.values[index] = value;
      p = close + 1;
      const after = p < length ? s.charCodeAt(p) : -1;
      if (after !== -1 && !isSpace(after) && after !== GT && after !== SLASH) {
        throw new XmlError(`faltan espacios entre atributos de <${qname}>`);
      }
    }
    let empty = false;
    if (s.charCodeAt(p) === SLASH) {
      if (p + 1 >= length) return -1;
      if (s.charCodeAt(p + 1) !== GT) throw new XmlError(`etiqueta <${qname}> mal cerrada`);
      empty = true;
      p += 2;
    } else {
      p++;
    }
    if (this.stack.length === 0) {
      if (this.sawRoot) throw new XmlError('hay más de un elemento raíz');
      this.sawRoot = true;
    }
    this.elements++;
    if (!empty) this.stack.push(qname);
    this.onOpen(localName(qname), attrs, empty);
    return p;
  }
}

/** Scans a whole text at once (small parts, tests). */
export function scanXml(text: string, sink: XmlSink): number {
  const scanner = new XmlScanner(sink);
  scanner.feed(text);
  scanner.finish();
  return scanner.elements;
}
