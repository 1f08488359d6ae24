/**
 * The diff as a workbook (ExcelJS): «Cambios» (one row per change in the plan's terms, with the
 * matrices it was not carried to) and «Celdas» (edits with no meaning in the plan), each an
 * Excel table with links to the cells of the new version.
 */
import ExcelJS from 'exceljs';
import type { PlanDiff, Place } from '../domain/diff/diff';
import { showCell } from './diff-format';
import { cellLink } from './review-report';

const KIND_ES: Record<string, string> = {
  'item-added': 'Añadido',
  'item-removed': 'Quitado',
  'item-renamed': 'Renombrado',
  changed: 'Cambiado',
  'appearance-added': 'Aparece en otra matriz',
  'appearance-removed': 'Ya no aparece en una matriz',
  added: 'Añadido',
  removed: 'Quitado',
};

const places = (list: readonly Place[]) => list.map((p) => `${p.sheet}!${p.range}`).join(', ');

function addTable(
  sheet: ExcelJS.Worksheet,
  name: string,
  columns: { name: string; width: number }[],
  rows: ExcelJS.CellValue[][],
): void {
  sheet.addTable({
    name,
    ref: 'A3',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: columns.map((c) => ({ name: c.name, filterButton: true })),
    rows: rows.length > 0 ? rows : [columns.map(() => null)],
  });
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
}

export async function writeDiffXlsx(diff: PlanDiff, before: string, after: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Planifica';
  workbook.title = `Cambios de ${before} a ${after}`;
  const changes = workbook.addWorksheet('Cambios', { views: [{ state: 'frozen', ySplit: 3 }] });
  changes.getCell('A1').value = `Cambios en el plan: de ${before} a ${after}`;
  changes.getCell('A1').font = { bold: true, size: 14 };
  changes.getCell('A2').value =
    `${diff.changes.length} cambios; ${diff.changes.filter((c) => c.notCarried.length).length} no trasladados a todas las matrices.`;
  addTable(
    changes,
    'Cambios',
    [
      { name: 'Celda', width: 30 },
      { name: 'Cambio', width: 16 },
      { name: 'Qué', width: 28 },
      { name: 'De', width: 50 },
      { name: 'Antes', width: 30 },
      { name: 'Después', width: 30 },
      { name: 'No se trasladó a', width: 40 },
      { name: 'Coincide con', width: 40 },
      { name: 'Mensaje', width: 90 },
    ],
    diff.changes.map((c) => [
      places(c.places.length ? c.places : c.beforePlaces),
      KIND_ES[c.kind] ?? c.kind,
      c.label,
      c.subject,
      c.before ?? null,
      c.after ?? null,
      c.notCarried.map((p) => `${p.sheet}!${p.range} (${p.value})`).join(', ') || null,
      places(c.agrees) || null,
      c.message,
    ]),
  );
  diff.changes.forEach((c, i) => {
    const first = c.places[0];
    if (!first) return;
    const cell = changes.getCell(4 + i, 1);
    cell.value = { text: places(c.places), hyperlink: cellLink(after, first.sheet, first.range) };
    cell.font = { color: { argb: 'FF0563C1' }, underline: true };
  });

  const cells = workbook.addWorksheet('Celdas', { views: [{ state: 'frozen', ySplit: 3 }] });
  cells.getCell('A1').value = 'Cambios de celdas sin significado en el plan';
  cells.getCell('A1').font = { bold: true, size: 14 };
  cells.getCell('A2').value = 'Fórmulas, números escritos como texto, textos fuera de las matrices…';
  addTable(
    cells,
    'Celdas',
    [
      { name: 'Celda', width: 30 },
      { name: 'Antes', width: 60 },
      { name: 'Después', width: 60 },
    ],
    diff.cellChanges.map((c) => [`${c.sheet}!${c.range}`, showCell(c.before), showCell(c.after)]),
  );
  diff.cellChanges.slice(0, 65_000).forEach((c, i) => {
    const cell = cells.getCell(4 + i, 1);
    cell.value = { text: `${c.sheet}!${c.range}`, hyperlink: cellLink(after, c.sheet, c.range) };
    cell.font = { color: { argb: 'FF0563C1' }, underline: true };
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
