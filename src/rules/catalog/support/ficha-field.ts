/** Shared by the catalogue rules that check one field of every ficha técnica. */
import type { CellValue, WorkbookView } from '../../../core';
import { shownValue } from '../../../domain/items';
import type { FichaField, IndicatorSheet, Located } from '../../../domain/matrix';
import { matricesOf } from '../../../domain/recognize';

export interface UncataloguedValue {
  ficha: IndicatorSheet;
  cell: Located<CellValue>;
  /** The indicator's name (or its code), to say which ficha. */
  indicator: string;
  /** The value as the cell shows it. */
  shown: string;
}

/**
 * The cells of one ficha field whose value is not in its catalogue. An empty cell is a missing
 * field, `form/ficha-required-fields`' business, not a catalogue mistake.
 */
export function* uncataloguedFichaValues(
  workbook: WorkbookView,
  field: FichaField,
  isKnown: (text: string) => boolean,
): Generator<UncataloguedValue> {
  for (const ficha of matricesOf(workbook, 'indicator-sheet')) {
    const cell = ficha.fields[field];
    if (!cell || cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '')) continue;
    if (typeof cell.value === 'string' && isKnown(cell.value)) continue;
    yield {
      ficha,
      cell,
      indicator: ficha.name?.value ?? ficha.code?.value ?? '',
      shown: shownValue(cell.value),
    };
  }
}
