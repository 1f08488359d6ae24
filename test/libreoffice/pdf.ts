/**
 * A workbook printed to PDF by LibreOffice headless and read back word by word with poppler's
 * `pdftotext -bbox`: what a reviewer sees on paper, measured (not the estimate that wrote it).
 */
import { execFile } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { RECALC_TIMEOUT_MS, sofficePath } from './soffice';

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A straight line the page draws (a cell border), in the words' coordinates (points, y down). */
export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: Word[];
  /** The page's words joined with spaces, in reading order. */
  text: string;
  /** Horizontal and vertical strokes: the borders of the cells. */
  lines: Line[];
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { timeout: RECALC_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${command} falló: ${error.message} ${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

export function pdftotextPath(): string | undefined {
  return ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((path) => existsSync(path));
}

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Parses `pdftotext -bbox` output. */
export function parseBbox(html: string): PdfPage[] {
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const page of html.matchAll(pageRe)) {
    const words = [...page[3].matchAll(wordRe)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: decode(m[5]),
    }));
    pages.push({
      width: Number(page[1]),
      height: Number(page[2]),
      words,
      text: words.map((w) => w.text).join(' '),
      lines: [],
    });
  }
  return pages;
}

export function pdftocairoPath(): string | undefined {
  return ['/usr/bin/pdftocairo', '/usr/local/bin/pdftocairo'].find((path) => existsSync(path));
}

/**
 * The straight horizontal and vertical strokes of a page drawn as SVG by pdftocairo (stroked
 * `M x y L x y` paths with their transform): the cell borders LibreOffice printed.
 */
export function parseSvgLines(svg: string): Line[] {
  const lines: Line[] = [];
  const pathRe = /<path style="([^"]*)" d="([^"]*)"(?: transform="matrix\(([^)]*)\)")?\/>/g;
  for (const m of svg.matchAll(pathRe)) {
    if (!/stroke-width/.test(m[1]) || /stroke:none/.test(m[1])) continue;
    const [a, b, c, d, e, f] = (m[3] ?? '1,0,0,1,0,0').split(',').map(Number);
    const points = [...m[2].matchAll(/[ML] ([-\d.]+) ([-\d.]+)/g)].map((p) => {
      const x = Number(p[1]);
      const y = Number(p[2]);
      return { x: a * x + c * y + e, y: b * x + d * y + f };
    });
    for (let i = 1; i < points.length; i++) {
      const [p, q] = [points[i - 1], points[i]];
      if (Math.abs(p.x - q.x) < 0.01 || Math.abs(p.y - q.y) < 0.01) lines.push({ x1: p.x, y1: p.y, x2: q.x, y2: q.y });
    }
  }
  return lines;
}

/** The workbook printed by LibreOffice: the PDF's bytes and its words, page by page. */
export async function printToPdf(bytes: Uint8Array): Promise<{ pdf: Uint8Array; pages: PdfPage[] }> {
  const soffice = sofficePath();
  const pdftotext = pdftotextPath();
  const pdftocairo = pdftocairoPath();
  if (!soffice || !pdftotext || !pdftocairo) {
    throw new Error(
      'Faltan LibreOffice o poppler-utils: apt-get install -y libreoffice-calc-nogui poppler-utils fonts-liberation2',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'planifica-pdf-'));
  try {
    const input = join(dir, 'libro.xlsx');
    writeFileSync(input, bytes);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await run(soffice, [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      input,
    ]);
    const pdfPath = join(dir, 'libro.pdf');
    if (!existsSync(pdfPath)) throw new Error('LibreOffice no produjo el PDF');
    const html = await run(pdftotext, ['-bbox', pdfPath, '-']);
    const pages = parseBbox(html);
    for (const [i, page] of pages.entries()) {
      const svg = join(dir, `pagina-${i + 1}.svg`);
      await run(pdftocairo, ['-svg', '-f', String(i + 1), '-l', String(i + 1), pdfPath, svg]);
      page.lines = parseSvgLines(readFileSync(svg, 'utf8'));
    }
    return { pdf: new Uint8Array(readFileSync(pdfPath)), pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Pairs of words on a page whose ink overlaps. pdftotext's box spans the font's whole ascent
 * and descent (1.3 em for Arial) while wrapped lines follow each other about 1.15 em apart, so
 * each box is first cut to its middle 60 % (the letters' body): lines of one paragraph then
 * never touch, and text printed over other text still does.
 */
export function overlappingWords(page: PdfPage, tolerance = 0.3): [Word, Word][] {
  const out: [Word, Word][] = [];
  const words = page.words
    .map((w) => {
      const cut = (w.yMax - w.yMin) * 0.2;
      return { ...w, yMin: w.yMin + cut, yMax: w.yMax - cut };
    })
    .sort((a, b) => a.yMin - b.yMin);
  for (let i = 0; i < words.length; i++) {
    const a = words[i];
    for (let j = i + 1; j < words.length; j++) {
      const b = words[j];
      if (b.yMin >= a.yMax - tolerance) break;
      const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (x > tolerance && y > tolerance) out.push([a, b]);
    }
  }
  return out;
}

/**
 * Words whose ink crosses a cell border: a vertical border through a word (it runs out of its
 * cell sideways) or a horizontal one (out of its row). Boxes are cut as in overlappingWords
 * (the letters' body, not the font's ascent and descent) and a border must cross by more than
 * `tolerance` points.
 */
export function wordsCrossingBorders(
  page: PdfPage,
  tolerance = 0.6,
): { word: Word; direction: 'horizontal' | 'vertical' }[] {
  const out: { word: Word; direction: 'horizontal' | 'vertical' }[] = [];
  const vertical = page.lines.filter((l) => Math.abs(l.x1 - l.x2) < 0.01);
  const horizontal = page.lines.filter((l) => Math.abs(l.y1 - l.y2) < 0.01);
  for (const word of page.words) {
    const cut = (word.yMax - word.yMin) * 0.2;
    const top = word.yMin + cut;
    const bottom = word.yMax - cut;
    const across = vertical.some((l) => {
      const [y1, y2] = [Math.min(l.y1, l.y2), Math.max(l.y1, l.y2)];
      return (
        Math.min(bottom, y2) - Math.max(top, y1) > tolerance &&
        l.x1 > word.xMin + tolerance &&
        l.x1 < word.xMax - tolerance
      );
    });
    if (across) out.push({ word, direction: 'horizontal' });
    const below = horizontal.some((l) => {
      const [x1, x2] = [Math.min(l.x1, l.x2), Math.max(l.x1, l.x2)];
      return (
        Math.min(word.xMax, x2) - Math.max(word.xMin, x1) > tolerance &&
        l.y1 > top + tolerance &&
        l.y1 < bottom - tolerance
      );
    });
    if (below) out.push({ word, direction: 'vertical' });
  }
  return out;
}
