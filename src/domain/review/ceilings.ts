/**
 * Budget ceilings ("techos presupuestarios"): the most each programme of an institution may
 * receive in a year, as MINFIN communicates them. Read from a UTF-8 CSV with the header
 *
 *   institucion,programa,anio,monto
 *   1120-0069-000-000,11,2026,85000000
 *
 * separated by commas or semicolons (Excel in Spanish saves ";"), amounts in quetzales with or
 * without "Q", thousands separators or a decimal comma ("85.000.000,50" with ";").
 */
import { parseSegment } from '../codes';

export interface Ceiling {
  /** Institution code as written ("1120-0069-000-000"). */
  institution: string;
  /** Programa as two digits ("11"). */
  programme: string;
  year: number;
  /** Quetzales. */
  amount: number;
  /** 1-based line of the CSV, for messages. */
  line: number;
}

export type CeilingsResult = { ok: true; ceilings: Ceiling[] } | { ok: false; error: string };

const COLUMNS = ['institucion', 'programa', 'anio', 'monto'] as const;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ñ/g, 'n')
    .trim();
}

/** Splits one CSV line, honouring double quotes ("a;b" and "" inside quotes). */
function splitLine(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      fields.push(field.trim());
      field = '';
    } else field += ch;
  }
  fields.push(field.trim());
  return fields;
}

/**
 * "Q 85,000,000.50", "85000000", "85.000.000,50" → 85000000.5. The decimal mark is the last of
 * "." and "," when both appear; a lone "," is decimal only when one or two digits follow it.
 */
export function parseAmount(text: string): number | undefined {
  let t = text.replace(/^Q\.?/i, '').replace(/[\s\u00a0]/g, '');
  if (!/^-?[\d.,]+$/.test(t) || !/\d/.test(t)) return undefined;
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    t = t.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    t = /^-?\d+,\d{1,2}$/.test(t) ? t.replace(',', '.') : t.replace(/,/g, '');
  } else if (lastDot >= 0 && (t.match(/\./g) ?? []).length > 1) {
    t = t.replace(/\./g, '');
  }
  if (!/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  const value = Number(t);
  return Number.isFinite(value) ? value : undefined;
}

/** Reads a ceilings CSV; the first problem found is the error, in Spanish, with its line. */
export function parseCeilings(text: string): CeilingsResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  if (headerIndex < 0) return { ok: false, error: 'el archivo de techos está vacío' };
  const headerLine = lines[headerIndex];
  const separator = headerLine.includes(';') ? ';' : ',';
  const header = splitLine(headerLine, separator).map(fold);
  const position = COLUMNS.map((name) => header.indexOf(name === 'anio' && !header.includes('anio') ? 'ano' : name));
  const missing = COLUMNS.filter((_, i) => position[i] < 0);
  if (missing.length > 0) {
    return {
      ok: false,
      error: `la primera línea del archivo de techos debe ser «institucion,programa,anio,monto» (faltan: ${missing.join(', ')})`,
    };
  }
  const ceilings: Ceiling[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const line = i + 1;
    const fields = splitLine(lines[i], separator);
    const [institution, programmeText, yearText, amountText] = position.map((p) => fields[p] ?? '');
    if (institution === '') return { ok: false, error: `línea ${line}: falta el código de la institución` };
    const programme = parseSegment(programmeText, 'programa');
    if (programme.code === undefined) {
      return { ok: false, error: `línea ${line}: el programa «${programmeText}» no es un código de dos dígitos` };
    }
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 1990 || year > 2100) {
      return { ok: false, error: `línea ${line}: el año «${yearText}» no es válido` };
    }
    const amount = parseAmount(amountText);
    if (amount === undefined || amount < 0) {
      return { ok: false, error: `línea ${line}: el monto «${amountText}» no es una cantidad en quetzales` };
    }
    ceilings.push({ institution, programme: programme.code, year, amount, line });
  }
  return { ok: true, ceilings };
}

/** The ceilings of one institution (codes compared without spaces). */
export function ceilingsOf(ceilings: readonly Ceiling[], institution: string | undefined): Ceiling[] {
  if (!institution) return [];
  const key = institution.replace(/\s+/g, '');
  return ceilings.filter((c) => c.institution.replace(/\s+/g, '') === key);
}
