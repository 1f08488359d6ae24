/**
 * A merged header across a column break is split at the break and each part carries the label,
 * so the second page of a wide matrix does not print an empty band with the text cut under the
 * repeated columns (found by the PDF check in test/libreoffice/print.test.ts on «9.1 Indicadores»).
 */
import { buildWorkbookSpec } from '../../src/templates/build';
import { splitMergesAtBreaks } from '../../src/templates/print';
import { SHEET_NAMES } from '../../src/templates/layout';
import type { SheetSpec } from '../../src/templates/spec';
import { exampleModel } from '../generate/example-model';

const sheet = (merges: string[], colBreaks?: string[]): SheetSpec => ({
  name: 'Hoja',
  cells: [{ ref: 'D5', value: 'INDICADORES DE PRODUCTOS', style: 'header' }],
  merges,
  columns: [],
  validations: [],
  ...(colBreaks ? { print: { orientation: 'landscape', fitToWidth: false, colBreaks } } : {}),
});

describe('splitMergesAtBreaks', () => {
  it('splits a merge at each break inside it and repeats its top-left cell', () => {
    const out = splitMergesAtBreaks(sheet(['D5:P5', 'A5:C6'], ['H', 'L']));
    expect(out.merges).toEqual(['D5:H5', 'I5:L5', 'M5:P5', 'A5:C6']);
    expect(out.cells.map((c) => `${c.ref} ${c.value}`)).toEqual([
      'D5 INDICADORES DE PRODUCTOS',
      'I5 INDICADORES DE PRODUCTOS',
      'M5 INDICADORES DE PRODUCTOS',
    ]);
  });

  it('leaves a sheet without breaks, or whose merges end at a break, as it is', () => {
    const plain = sheet(['D5:P5']);
    expect(splitMergesAtBreaks(plain)).toBe(plain);
    const atBreak = sheet(['D5:H5', 'I5:P5'], ['H']);
    expect(splitMergesAtBreaks(atBreak)).toBe(atBreak);
  });

  it('the generated indicator matrix has no merge across its column breaks', () => {
    const spec = buildWorkbookSpec(exampleModel());
    const indicators = spec.sheets.find((s) => s.name === SHEET_NAMES.indicators)!;
    expect(indicators.print?.colBreaks?.length).toBeGreaterThan(0);
    expect(splitMergesAtBreaks(indicators)).toBe(indicators);
  });
});
