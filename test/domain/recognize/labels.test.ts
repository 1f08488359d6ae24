import { isSubtotalLabel, isTotalLabel } from '../../../src/domain/recognize/body';

describe('isTotalLabel', () => {
  it.each([
    'Total',
    '  TOTAL GENERAL:  ',
    'Total presupuesto',
    'TÓTAL',
    'Gran total',
    'Sumas',
    '- Total -',
    'Total 2026',
  ])('reads %p as the Total row', (text) => expect(isTotalLabel(text)).toBe(true));
  it.each([
    'Subtotal',
    'Total programa 11',
    'Producto 12: servicios de atención a la población',
    '11-00-01-001',
    'Totalmente nuevo',
    '',
  ])('does not read %p as the Total row', (text) => expect(isTotalLabel(text)).toBe(false));
});

describe('isSubtotalLabel', () => {
  it.each(['Subtotal 1', '  SUB-TOTAL', 'Sub total', '- Total programa 11', '\u00a0Subtotal', 'SÚBTOTAL'])(
    'reads %p as a subtotal',
    (text) => expect(isSubtotalLabel(text)).toBe(true),
  );
  it.each(['Total', 'Producto 1', '11-00', 'Servicios de atención', 'Total general'])(
    'does not read %p as a subtotal',
    (text) => expect(isSubtotalLabel(text)).toBe(false),
  );
});
