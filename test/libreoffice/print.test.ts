/**
 * Generated workbooks as a reviewer receives them on paper: printed to PDF by LibreOffice and
 * measured word by word (pdftotext -bbox). One ficha per page, the institution, the format's
 * name and "Página x de y" on every page, no text printed under 8 points, no two words on top
 * of each other, and every line of a ficha inside its row.
 */
import { modelYears } from '../../src/domain/model';
import { buildBlankSpec, buildWorkbookSpec } from '../../src/templates/build';
import { fichaLayouts, SHEET_NAMES } from '../../src/templates/layout';
import { draftFromModel, blankDraft, type Draft } from '../../src/templates/draft';
import { rowHeightList } from '../../src/templates/fit';
import type { SheetSpec, WorkbookSpec } from '../../src/templates/spec';
import { writeWorkbook } from '../../src/xlsx/write';
import { exampleModel } from '../generate/example-model';
import { overlappingWords, printToPdf, wordsCrossingBorders, type PdfPage } from './pdf';
import { RECALC_TIMEOUT_MS } from './soffice';

jest.setTimeout(3 * RECALC_TIMEOUT_MS);

const IGM = { code: '1120-0069-000-000', name: 'Instituto Guatemalteco de Migración' };

interface Case {
  title: string;
  draft: Draft;
  spec: WorkbookSpec;
  institution: string;
}

function cases(): Case[] {
  const model = exampleModel();
  const blank = { years: [2026, 2027, 2028, 2029, 2030], institution: IGM };
  const poa = { years: [2026] };
  return [
    {
      title: 'el modelo IGM 2026-2030',
      draft: draftFromModel(model),
      spec: buildWorkbookSpec(model),
      institution: '1120-0069-000-000 INSTITUTO GUATEMALTECO DE MIGRACIÓN',
    },
    {
      title: 'la plantilla vacía 2026-2030',
      draft: blankDraft(blank),
      spec: buildBlankSpec(blank),
      institution: '1120-0069-000-000 INSTITUTO GUATEMALTECO DE MIGRACIÓN',
    },
    {
      title: 'un POA 2026 vacío',
      draft: blankDraft(poa),
      spec: buildBlankSpec(poa),
      institution: 'Institución: (código y nombre)',
    },
  ];
}

const FICHA_HEADER = 'FICHA TÉCNICA PARA DEFINICIÓN DE INDICADORES';
const count = (text: string, needle: string) => text.split(needle).length - 1;
/** Word height of Arial at 8 points as pdftotext measures it (ascent + descent ≈ 1.3 em). */
const EIGHT_POINTS = 8 * 1.3 - 0.1;

/** The ficha pages: checks every line of the ficha falls inside one row of the sheet. */
function linesOutsideRows(page: PdfPage, sheet: SheetSpec, draft: Draft, k: number): string[] {
  const layout = fichaLayouts(draft)[k];
  const scale = (sheet.print?.scale ?? 100) / 100;
  const heights = rowHeightList(sheet, layout.bottom + 1);
  // Anchor: the first word of the label "Código y Nombre del Indicador" is the top of its row.
  const anchor = page.words.find((w) => w.text === 'Código');
  if (!anchor) return ['sin la etiqueta «Código y Nombre del Indicador»'];
  const first = layout.rows.codeAndName;
  const top = anchor.yMin - 1.2 * scale; // the cell's top padding
  const tops: number[] = [];
  let y = top;
  for (let r = first; r <= layout.bottom + 1; r++) {
    tops.push(y);
    y += heights[r] * scale;
  }
  const bottom = tops[tops.length - 1];
  const problems: string[] = [];
  for (const word of page.words) {
    if (word.yMin < top - 1 || word.yMin > bottom) continue; // header rows, page header and footer
    const middle = (word.yMin + word.yMax) / 2;
    const row = tops.findIndex((t, i) => middle >= t && middle < (tops[i + 1] ?? Infinity));
    const rowTop = tops[row];
    const rowBottom = tops[row + 1];
    if (word.yMin < rowTop - 1 || word.yMax > rowBottom + 1) {
      problems.push(`«${word.text}» (fila ${first + row + 1}) sale de su fila`);
    }
  }
  return problems;
}

/** Every word the workbook can print: its texts, page headers and footers (codes like &P aside). */
function vocabulary(spec: WorkbookSpec): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of text.replace(/&[A-Z]|&\d+|&"[^"]*"/g, ' ').split(/\s+/)) if (word !== '') words.add(word);
  };
  // Literal text of number formats: the "Q " of money.
  for (const style of Object.values(spec.styles))
    for (const m of (style.numFmt ?? '').matchAll(/"([^"]*)"/g)) add(m[1]);
  for (const sheet of spec.sheets) {
    add(sheet.name);
    for (const cell of sheet.cells) {
      if (typeof cell.value === 'string') add(cell.value);
      if (typeof cell.result === 'string') add(cell.result);
    }
    for (const part of [sheet.print?.header, sheet.print?.footer])
      for (const text of [part?.left, part?.center, part?.right]) if (text) add(text);
  }
  return words;
}

/**
 * Printed words with letters that the workbook does not hold: the part of a text a spreadsheet
 * cut at the cell's edge ("Pro" of "Producto:"), or a word broken in two ("SUBPROGRA" "MA").
 */
function cutWords(page: PdfPage, words: Set<string>): string[] {
  return page.words.filter((w) => /\p{L}/u.test(w.text) && !words.has(w.text)).map((w) => w.text);
}

describe.each(cases())('$title printed to PDF', ({ draft, spec, institution }) => {
  let pages: PdfPage[];
  const words = vocabulary(spec);
  beforeAll(async () => {
    pages = (await printToPdf(await writeWorkbook(spec))).pages;
  });

  it('numbers every page "Página x de y" and names the institution on each', () => {
    expect(pages.length).toBeGreaterThan(10);
    pages.forEach((page, i) => {
      expect(page.text).toContain(`Página ${i + 1} de ${pages.length}`);
      expect(page.text).toContain(institution);
    });
  });

  it('prints each ficha on a page of its own, under the MINFIN DTP heading', () => {
    const fichaPages = pages.filter((p) => p.text.includes(FICHA_HEADER) && p.text.includes('Reporte DTP'));
    expect(fichaPages).toHaveLength(draft.indicators.length);
    for (const page of fichaPages) {
      expect(count(page.text, 'Código y Nombre del Indicador')).toBe(1);
      expect(count(page.text, 'Notas Técnicas')).toBe(1);
      expect(page.text).toContain(`Presupuesto año ${draft.years[0]}`);
      expect(page.text).toMatch(/Fecha: \S+/);
    }
  });

  it('prints no text under 8 points and no two words on top of each other', () => {
    for (const [i, page] of pages.entries()) {
      const small = page.words.filter((w) => w.yMax - w.yMin < EIGHT_POINTS);
      expect({ page: i + 1, small: small.map((w) => w.text) }).toEqual({ page: i + 1, small: [] });
      const overlaps = overlappingWords(page).map(([a, b]) => `${a.text} / ${b.text}`);
      expect({ page: i + 1, overlaps }).toEqual({ page: i + 1, overlaps: [] });
    }
  });

  it('keeps every word inside its cell on every page: no border runs through a word, no ### for a number', () => {
    for (const [i, page] of pages.entries()) {
      const sheet = page.words
        .slice(0, 12)
        .map((w) => w.text)
        .join(' ');
      expect(page.lines.length).toBeGreaterThan(4);
      const crossing = wordsCrossingBorders(page).map(
        ({ word, direction }) =>
          `${direction === 'horizontal' ? '↔' : '↕'} «${word.text}» x ${word.xMin.toFixed(1)} y ${word.yMin.toFixed(1)}`,
      );
      const hashes = page.words.filter((w) => /^#+$/.test(w.text)).map((w) => w.text);
      const cut = cutWords(page, words);
      expect({ page: i + 1, sheet, crossing, hashes, cut }).toEqual({
        page: i + 1,
        sheet,
        crossing: [],
        hashes: [],
        cut: [],
      });
    }
  });

  it('keeps every line of a ficha inside its row', () => {
    const sheet = spec.sheets.find((s) => s.name.startsWith('9.1 Fichas'))!;
    const fichaPages = pages.filter((p) => p.text.includes('Reporte DTP'));
    fichaPages.forEach((page, k) => {
      expect({ ficha: k + 1, problems: linesOutsideRows(page, sheet, draft, k) }).toEqual({
        ficha: k + 1,
        problems: [],
      });
    });
  });

  it('uses the annual wording and no multiannual total in a one-year plan, the multiannual one otherwise', () => {
    const text = pages.map((p) => p.text).join('\n');
    if (modelYearsOf(draft) === 1) {
      expect(text).not.toMatch(/MULTIANUAL|Multianual/);
      expect(text).not.toContain('TOTAL 2026');
      expect(text).toContain('PRODUCTOS, SUBPRODUCTOS Y METAS ANUALES');
      expect(text).toContain('Plan Operativo Anual 2026');
    } else {
      expect(text).toContain('PRODUCTOS, SUBPRODUCTOS Y METAS MULTIANUALES');
      expect(text).toContain('TOTAL 2026-2030');
    }
  });
});

function modelYearsOf(draft: Draft): number {
  return draft.years.length;
}

it('reads the example model window as five years', () => {
  expect(modelYears(exampleModel())).toEqual([2026, 2027, 2028, 2029, 2030]);
});

it('the border check sees text that does not fit: a label wider than its column, lines taller than their row', async () => {
  const spec = buildWorkbookSpec(exampleModel());
  const goals = spec.sheets.find((s) => s.name === SHEET_NAMES.goals)!;
  // Column A ("Producto:") far too narrow, and one product row far too short for its wrapped name.
  const squeezed: SheetSpec = {
    ...goals,
    columns: goals.columns.map((c) => (c.col === 'A' ? { ...c, width: 3 } : c.col === 'B' ? { ...c, width: 12 } : c)),
    rows: (goals.rows ?? []).map((r) => (r.row === 7 ? { ...r, height: 6 } : r)),
  };
  const bytes = await writeWorkbook({ ...spec, sheets: spec.sheets.map((s) => (s === goals ? squeezed : s)) });
  const pages = (await printToPdf(bytes)).pages.filter((p) => p.text.includes('PRODUCTOS, SUBPRODUCTOS Y METAS'));
  expect(pages.length).toBeGreaterThan(0);
  // LibreOffice prints only what fits of a label cut by a filled neighbour ("Pro"): a word the
  // workbook does not hold; the lines of the squeezed row run through the border below it.
  expect(pages.flatMap((page) => cutWords(page, vocabulary(spec)))).toContain('Pro');
  expect(pages.flatMap((page) => wordsCrossingBorders(page)).some((f) => f.direction === 'vertical')).toBe(true);
});
