/**
 * Model → workbook spec: every standard matrix, each on its own sheet, in the order and with
 * the section numbers of the SEGEPLAN POM document (3, 3.1, 8, 9.1 … 9.5) behind an index sheet,
 * named `PLANIFICA_<KEY>_<n>` so recognition identifies it exactly, with formulas wherever a
 * figure is derived. Every sheet is then fitted (row heights, column widths: fit.ts) and set up
 * for print (paper, zoom, breaks, headers and footers: print.ts). `buildBlankSpec` lays out the
 * same sheets with empty input cells.
 */
import { columnIndex, columnName, parseCell } from '../core';
import type { MatrixType } from '../domain/matrix';
import type { PomModel } from '../domain/model';
import { buildBudgetSheet } from './build-budget';
import { buildGoalsSheet } from './build-goals';
import { buildFichasSheet, buildIndicatorMatrixSheet } from './build-indicators';
import { buildCoverageSheet, buildPggSheet, buildResultsSheet } from './build-linkage';
import { buildListsSheet, buildPolicySheet } from './build-policy';
import { buildProgrammaticSheet } from './build-programmatic';
import { institutionLine, planName, titleRows, yearSpan } from './common';
import { blankDraft, draftFromModel, type BlankOptions, type Draft } from './draft';
import { fitSheet } from './fit';
import { HEADER_TOP, SHEET_NAMES } from './layout';
import { paginate, splitMergesAtBreaks, type PageHints } from './print';
import { SheetBuilder } from './sheet';
import {
  matrixDefinedName,
  type DefinedNameSpec,
  type HeaderFooterSpec,
  type SheetSpec,
  type WorkbookSpec,
} from './spec';
import { FONT, STYLES } from './styles';

/** Version of the generated layout, stored in the workbook's properties. */
export const TEMPLATE_VERSION = '2';

interface Built {
  sheet: SheetSpec;
  area?: string;
  areas?: string[];
  pages?: PageHints;
}

/** "&&" for "&": header and footer texts treat "&" as the start of a code. */
function headerText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** Smallest printed size of any text, in points. */
export const MIN_PRINTED_POINTS = 8;

/** The matrix title a sheet carries in its second row ("9.5 PRODUCTOS, SUBPRODUCTOS …"). */
function sheetTitle(sheet: SheetSpec): string {
  const cell = sheet.cells.find((c) => c.ref === 'A2');
  return typeof cell?.value === 'string' ? cell.value : sheet.name;
}

/** Institution, the format's name and the plan above; the page number below. */
function pageHeaders(
  draft: Draft,
  sheet: SheetSpec,
  scale: number,
): { header: HeaderFooterSpec; footer: HeaderFooterSpec } {
  // Headers shrink with the page: 8 points once printed.
  const size = Math.ceil((MIN_PRINTED_POINTS * 100) / scale);
  const SMALL = `&${size}&"Arial,Regular"`;
  const SMALL_BOLD = `&${size}&"Arial,Bold"`;
  const plan = `${planName(draft)} ${yearSpan(draft)}`;
  if (sheet.name === SHEET_NAMES.fichas) {
    // The MINFIN DTP form's own heading.
    return {
      header: {
        left: `${SMALL_BOLD}Ministerio de Finanzas Públicas\n${SMALL}Dirección Técnica del Presupuesto`,
        center: `${SMALL_BOLD}FICHA TÉCNICA PARA DEFINICIÓN DE INDICADORES\n${SMALL}${headerText(institutionLine(draft))}`,
        right: `${SMALL}Reporte DTP\nPresupuesto año ${draft.years[0]}\nFecha: &D\nPágina &P de &N`,
      },
      footer: { left: `${SMALL}${headerText(plan)}`, right: `${SMALL}Página &P de &N` },
    };
  }
  return {
    // Institution over the format's name at the left (a long name would run into a centred part).
    header: {
      left: `${SMALL_BOLD}${headerText(institutionLine(draft))}\n${SMALL}${headerText(sheetTitle(sheet))}`,
      right: `${SMALL}${headerText(plan)}`,
    },
    footer: { left: `${SMALL}SEGEPLAN / MINFIN — ${headerText(sheet.name)}`, right: `${SMALL}Página &P de &N` },
  };
}

/** The last column (0-based) that holds a cell. */
function lastColumn(sheet: SheetSpec): number {
  let last = 0;
  for (const cell of sheet.cells) {
    const pos = parseCell(cell.ref);
    if (pos && !(pos.row < HEADER_TOP && pos.col > 0)) last = Math.max(last, pos.col);
  }
  return Math.max(last, ...sheet.columns.map((c) => columnIndex(c.col)));
}

/** The index: every matrix with its section number and a link to its sheet. */
function buildIndexSheet(draft: Draft, sheets: SheetSpec[]): SheetSpec {
  const s = new SheetBuilder(SHEET_NAMES.index);
  titleRows(s, draft, `ÍNDICE DE MATRICES DEL ${planName(draft).toUpperCase()}`);
  const head = HEADER_TOP;
  s.value(head, 0, 'SECCIÓN', 'header');
  s.value(head, 1, 'MATRIZ', 'header');
  s.value(head, 2, 'HOJA', 'header');
  sheets.forEach((sheet, i) => {
    const title = sheetTitle(sheet);
    const number = /^\d+(\.\d+)*/.exec(sheet.name)?.[0] ?? '';
    s.value(head + 1 + i, 0, number, 'textLocked');
    s.value(head + 1 + i, 1, title.slice(number.length).trim(), 'textLocked');
    s.value(head + 1 + i, 2, sheet.name, 'link').link(head + 1 + i, 2, sheet.name);
  });
  s.column(0, 11, 'text').column(1, 80, 'text').column(2, 30, 'text');
  return s.build({
    print: { orientation: 'landscape', fitToWidth: false, titleRows: `${head + 1}:${head + 1}` },
    protect: true,
  });
}

export function buildDraftSpec(draft: Draft): WorkbookSpec {
  const built: { type: MatrixType; result: Built }[] = [
    { type: 'policy', result: buildPolicySheet(draft) },
    { type: 'pgg', result: buildPggSheet(draft) },
    { type: 'budget', result: buildBudgetSheet(draft) },
    { type: 'indicator-sheet', result: buildFichasSheet(draft) },
    { type: 'indicator-matrix', result: buildIndicatorMatrixSheet(draft) },
    { type: 'results', result: buildResultsSheet(draft) },
    { type: 'programmatic', result: buildProgrammaticSheet(draft) },
    { type: 'coverage', result: buildCoverageSheet(draft) },
    { type: 'goals', result: buildGoalsSheet(draft) },
  ];
  const definedNames: DefinedNameSpec[] = [];
  const matrices = built.map(({ type, result }) => {
    const areas = result.areas ?? (result.area ? [result.area] : []);
    areas.forEach((range, i) =>
      definedNames.push({ name: matrixDefinedName(type, i + 1), sheet: result.sheet.name, range }),
    );
    return finish(draft, result.sheet, result.pages ?? {});
  });
  const index = finish(draft, buildIndexSheet(draft, matrices), {});
  const lists = buildListsSheet(draft);
  definedNames.push(...lists.names);
  const plan = planName(draft);
  const { code, name } = draft.institution;
  return {
    sheets: [index, ...matrices, lists.sheet],
    styles: STYLES,
    definedNames,
    font: { ...FONT },
    properties: {
      title: `${plan} ${yearSpan(draft)}${name ? ` — ${name}` : ''}`,
      subject: 'Matrices de planificación SEGEPLAN / MINFIN',
      creator: 'Planifica',
      ...(name ? { company: name } : {}),
      generator: 'Planifica',
      templateVersion: TEMPLATE_VERSION,
      ...(code ? { institutionCode: code } : {}),
      ...(name ? { institutionName: name } : {}),
      plan: draft.years.length === 1 ? 'POA' : 'POM',
      years: yearSpan(draft),
    },
  };
}

const BLOCK_STYLES: Record<string, string> = { title: 'titleBlock', subtitle: 'subtitleBlock', note: 'noteBlock' };

/**
 * Fits a built sheet to its text, then sets up its pages. A sheet printed several pages wide
 * repeats its first columns on each page: its title rows are then wrapped inside those columns
 * (merged), since text running over the next columns would be cut on the following pages.
 */
function finish(draft: Draft, sheet: SheetSpec, pages: PageHints): SheetSpec {
  const fitted = fitSheet(sheet, STYLES);
  const paginated = paginate(fitted, pages, lastColumn(fitted), (scale) => pageHeaders(draft, fitted, scale));
  const printed = splitMergesAtBreaks(paginated);
  const titleCols = printed.print?.titleColumns ? (pages.titleCols ?? 0) : 0;
  const merges = [...printed.merges];
  const cells =
    titleCols < 2
      ? printed.cells
      : printed.cells.map((cell) => {
          const pos = parseCell(cell.ref);
          if (!pos || pos.row >= HEADER_TOP || pos.col > 1) return cell;
          const block = BLOCK_STYLES[cell.style ?? ''];
          if (!block) return cell;
          merges.push(`${cell.ref}:${columnName(titleCols - 1)}${pos.row + 1}`);
          return { ...cell, style: block };
        });
  if (printed === paginated && merges.length === paginated.merges.length) return paginated;
  const refitted = fitSheet({ ...printed, cells, merges }, STYLES);
  return { ...refitted, print: paginated.print };
}

/**
 * The standard matrices of a (validated) POM model. `extraUnits`: the institution's own
 * authorised units (from its settings), offered in the unit lists with the model's own.
 */
export function buildWorkbookSpec(model: PomModel, extraUnits: readonly string[] = []): WorkbookSpec {
  return buildDraftSpec(draftFromModel(model, extraUnits));
}

/** Empty templates for a window of years, ready to fill. */
export function buildBlankSpec(options: BlankOptions): WorkbookSpec {
  return buildDraftSpec(blankDraft(options));
}
