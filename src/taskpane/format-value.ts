/**
 * How a finding's expected and actual values read on a card: by what they mean (the finding's
 * `valueType`), not by their JavaScript type. Money in quetzales with thousands separators, goals
 * with separators, percentages with %, codes and years exactly as typed. Pure: unit-tested.
 */
import { formatNumber, formatQuetzales, type Finding, type ValueType } from '../core';
import type { Language } from './i18n';

type Value = Finding['expected'];

const EMPTY: Record<Language, string> = { es: '(vacía)', en: '(empty)' };
const BOOLEAN: Record<Language, [string, string]> = { es: ['VERDADERO', 'FALSO'], en: ['TRUE', 'FALSE'] };

/** A number typed as text ("1,234.5", "Q 1 234") read as a number, or undefined. */
function numeric(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const cleaned = value.trim().replace(/^Q\s*/i, '').replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/**
 * A percentage as a planner reads it. Excel stores 25 % as 0.25, but planners also type 25 in a
 * column headed "%": a magnitude up to 1 is a fraction, above 1 is already in percent.
 */
function percent(value: number): string {
  const shown = Math.abs(value) <= 1 ? value * 100 : value;
  const rounded = Math.round(shown * 100) / 100;
  return `${formatNumber(rounded)} %`;
}

/** `value` as text for a card; `undefined` when the finding carries no such value. */
export function formatValue(value: Value, valueType: ValueType | undefined, language: Language): string | undefined {
  if (value === undefined) return undefined;
  if (value === null || value === '') return EMPTY[language];
  if (typeof value === 'boolean') return BOOLEAN[language][value ? 0 : 1];
  switch (valueType) {
    case 'code':
    case 'year':
    case 'text':
      return String(value);
    case 'formula': {
      const text = String(value);
      return text.startsWith('=') ? text : `=${text}`;
    }
    case 'money': {
      const n = numeric(value);
      return n === undefined ? String(value) : formatQuetzales(n);
    }
    case 'percent': {
      const n = typeof value === 'number' ? value : undefined;
      return n === undefined ? String(value) : percent(n);
    }
    case 'quantity':
    default: {
      // Without a type, a number still gets separators (a bare 569504297 is unreadable); text stays.
      if (typeof value !== 'number') return value;
      return formatNumber(value);
    }
  }
}

/** "Hoja 1" → 'Hoja 1'!A1 as Excel writes a reference to another sheet (quotes doubled). */
export function cellReference(sheet: string, range: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${range}`;
}
