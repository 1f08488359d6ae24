import { cellReference, formatValue } from '../../src/taskpane/format-value';

describe('formatValue: expected and actual by what they mean', () => {
  it('money: quetzales with thousands separators and centavos', () => {
    expect(formatValue(569504297, 'money', 'es')).toBe('Q569,504,297.00');
    expect(formatValue(1234.5, 'money', 'en')).toBe('Q1,234.50');
    expect(formatValue(-20, 'money', 'es')).toBe('-Q20.00');
    expect(formatValue('565,504,297', 'money', 'es')).toBe('Q565,504,297.00'); // a number typed as text
    expect(formatValue('pendiente', 'money', 'es')).toBe('pendiente');
  });

  it('quantity: separators, decimals kept, no currency', () => {
    expect(formatValue(1517829, 'quantity', 'es')).toBe('1,517,829');
    expect(formatValue(2.5, 'quantity', 'es')).toBe('2.5');
    expect(formatValue(0, 'quantity', 'es')).toBe('0');
  });

  it('percent: a fraction as Excel stores it, or a figure already in percent', () => {
    expect(formatValue(0.25, 'percent', 'es')).toBe('25 %');
    expect(formatValue(1, 'percent', 'es')).toBe('100 %');
    expect(formatValue(0.12345, 'percent', 'es')).toBe('12.35 %');
    expect(formatValue(150, 'percent', 'es')).toBe('150 %');
    expect(formatValue('15%', 'percent', 'es')).toBe('15%');
  });

  it('code: exactly as typed, no separators, signs and dashes kept', () => {
    expect(formatValue('99-00-00-', 'code', 'es')).toBe('99-00-00-');
    expect(formatValue('-99-00-00', 'code', 'es')).toBe('-99-00-00');
    expect(formatValue(1120006900, 'code', 'es')).toBe('1120006900');
  });

  it('year: no thousands separator', () => {
    expect(formatValue(2030, 'year', 'es')).toBe('2030');
    expect(formatValue('2026', 'year', 'en')).toBe('2026');
  });

  it('text and formula', () => {
    expect(formatValue('Documento', 'text', 'es')).toBe('Documento');
    expect(formatValue(12345, 'text', 'es')).toBe('12345');
    expect(formatValue('SUM(D4:D9)', 'formula', 'es')).toBe('=SUM(D4:D9)');
    expect(formatValue('=SUM(D4:D9)', 'formula', 'es')).toBe('=SUM(D4:D9)');
  });

  it('no type: numbers still get separators, text stays as is', () => {
    expect(formatValue(5327322, undefined, 'es')).toBe('5,327,322');
    expect(formatValue('Hectárea', undefined, 'es')).toBe('Hectárea');
  });

  it('absent, empty and boolean values in the pane language', () => {
    expect(formatValue(undefined, 'money', 'es')).toBeUndefined();
    expect(formatValue(null, 'money', 'es')).toBe('(vacía)');
    expect(formatValue('', 'code', 'en')).toBe('(empty)');
    expect(formatValue(true, undefined, 'es')).toBe('VERDADERO');
    expect(formatValue(false, undefined, 'en')).toBe('FALSE');
  });
});

describe('cellReference: as Excel quotes sheet names', () => {
  it('quotes names with spaces, dots first, digits or apostrophes', () => {
    expect(cellReference('9.5 Metas multianuales', 'K13')).toBe("'9.5 Metas multianuales'!K13");
    expect(cellReference("Plan d'acción", 'A1')).toBe("'Plan d''acción'!A1");
    expect(cellReference('Metas', 'E3')).toBe('Metas!E3');
    expect(cellReference('AB12', 'C1')).toBe("'AB12'!C1"); // looks like a cell address
  });
});
