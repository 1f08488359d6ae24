/**
 * Print setup of a fitted sheet: landscape Letter or Legal (the official formats), a zoom
 * between 100 % and 80 % (10-point text never prints under 8 points), and where a matrix is
 * wider than the page, column breaks between whole groups (a year's pair of columns) with the
 * row labels repeated on every page. Blocks that must each print on one page (the fichas) get a
 * page break after each.
 */
import { cellAddress, columnIndex, columnName, parseRange } from '../core';
import { columnPixelList, rowHeightList } from './fit';
import type { HeaderFooterSpec, PrintSpec, SheetSpec } from './spec';

export interface PageHints {
  /** Number of leading columns repeated at the left of every page when the sheet is split. */
  titleCols?: number;
  /** First column (0-based) of each group of columns that must print on the same page. */
  groups?: number[];
  /** Row blocks (0-based, inclusive) that each print on a page of their own. */
  blocks?: { top: number; bottom: number }[];
}

/** Margins in inches: room for a header of up to four lines and a one-line footer. */
export const MARGINS = { left: 0.4, right: 0.4, top: 0.95, bottom: 0.6, header: 0.25, footer: 0.25 };
const PAPERS = { letter: { long: 792, short: 612 }, legal: { long: 1008, short: 612 } } as const;
const SCALES = [100, 95, 90, 85, 80] as const;
/** Renderers convert widths slightly differently: plan with a little room to spare. */
const ROOM = 0.93;

interface Plan {
  paper: 'letter' | 'legal';
  scale: number;
  pages: number;
  breaks: number[];
  fits: boolean;
}

function planColumns(widths: number[], hints: PageHints, usablePx: number): { pages: number; breaks: number[] } {
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= usablePx) return { pages: 1, breaks: [] };
  const titleCols = hints.titleCols ?? 0;
  const titlePx = widths.slice(0, titleCols).reduce((a, b) => a + b, 0);
  const starts = (hints.groups ?? widths.map((_, c) => c)).filter((c) => c >= titleCols && c < widths.length);
  if (starts[0] !== titleCols) starts.unshift(titleCols);
  const groups = starts.map((start, i) => {
    const end = (starts[i + 1] ?? widths.length) - 1;
    return { end, px: widths.slice(start, end + 1).reduce((a, b) => a + b, 0) };
  });
  const breaks: number[] = [];
  let used = titlePx;
  let pages = 1;
  groups.forEach((group, i) => {
    if (used + group.px > usablePx && used > titlePx) {
      breaks.push(groups[i - 1].end);
      pages++;
      used = titlePx;
    }
    used += group.px;
    if (used > usablePx) pages += 100; // a group wider than a page: never the best plan
  });
  return { pages, breaks };
}

/** The print setup of a fitted sheet. */
export function paginate(
  sheet: SheetSpec,
  hints: PageHints,
  lastCol: number,
  /** The page header and footer for a zoom (their text shrinks with the page). */
  headers: (scale: number) => { header?: HeaderFooterSpec; footer?: HeaderFooterSpec },
): SheetSpec {
  const base = sheet.print;
  if (!base || sheet.hidden) return sheet;
  const widths = columnPixelList(sheet, lastCol);
  const lastBlockRow = Math.max(0, ...(hints.blocks ?? []).map((b) => b.bottom));
  const heights = rowHeightList(sheet, lastBlockRow);
  const blockHeights = (hints.blocks ?? []).map((b, i) =>
    heights.slice(i === 0 ? 0 : b.top, b.bottom + 1).reduce((a, h) => a + h, 0),
  );
  const tallest = Math.max(0, ...blockHeights);
  // Row heights print exactly as written: little room needed.
  const usableHeight = (PAPERS.letter.short - (MARGINS.top + MARGINS.bottom) * 72) * 0.98;
  let best: Plan | undefined;
  for (const paper of ['letter', 'legal'] as const) {
    for (const scale of SCALES) {
      const usablePx = (((PAPERS[paper].long - (MARGINS.left + MARGINS.right) * 72) * ROOM) / 0.75) * (100 / scale);
      const { pages, breaks } = planColumns(widths, hints, usablePx);
      const fits = (tallest * scale) / 100 <= usableHeight;
      const plan: Plan = { paper, scale, pages, breaks, fits };
      if (!best || better(plan, best)) best = plan;
    }
  }
  const plan = best!;
  const print: PrintSpec = {
    orientation: 'landscape',
    fitToWidth: false,
    paperSize: plan.paper,
    scale: plan.scale,
    margins: MARGINS,
    ...(base.titleRows ? { titleRows: base.titleRows } : {}),
    ...headers(plan.scale),
  };
  if (plan.breaks.length > 0) {
    print.colBreaks = plan.breaks.map((c) => columnName(c));
    if (hints.titleCols) print.titleColumns = `A:${columnName(hints.titleCols - 1)}`;
  }
  const blocks = hints.blocks ?? [];
  if (blocks.length > 1) print.rowBreaks = blocks.slice(0, -1).map((b) => b.bottom + 1);
  return { ...sheet, print };
}

/** Fits the blocks first, then fewer pages, then Letter, then the larger zoom. */
function better(a: Plan, b: Plan): boolean {
  if (a.fits !== b.fits) return a.fits;
  if (a.pages !== b.pages) return a.pages < b.pages;
  if (a.paper !== b.paper) return a.paper === 'letter';
  return a.scale > b.scale;
}

/**
 * A merged cell across a column break prints its text once, centred over the whole merge: on
 * the next page the text runs under the repeated label columns and is cut, and the first page's
 * part shows only a slice of it. Each merge that crosses a break is split at the breaks, and
 * every part carries the label (a year group's header reads the same on each page).
 */
export function splitMergesAtBreaks(sheet: SheetSpec): SheetSpec {
  const breaks = (sheet.print?.colBreaks ?? []).map((name) => columnIndex(name)).sort((a, b) => a - b);
  if (breaks.length === 0) return sheet;
  const byRef = new Map(sheet.cells.map((cell) => [cell.ref, cell]));
  const merges: string[] = [];
  let changed = false;
  for (const merge of sheet.merges) {
    const box = parseRange(merge);
    const inside = box ? breaks.filter((b) => b >= box.left && b < box.right) : [];
    if (!box || inside.length === 0) {
      merges.push(merge);
      continue;
    }
    changed = true;
    const origin = byRef.get(cellAddress(box.top, box.left));
    let left = box.left;
    for (const end of [...inside, box.right]) {
      if (end > left || box.bottom > box.top)
        merges.push(`${cellAddress(box.top, left)}:${cellAddress(box.bottom, end)}`);
      if (origin && left !== box.left)
        byRef.set(cellAddress(box.top, left), { ...origin, ref: cellAddress(box.top, left) });
      left = end + 1;
    }
  }
  return changed ? { ...sheet, cells: [...byRef.values()], merges } : sheet;
}
