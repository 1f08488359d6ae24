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

export interface PdfPage {
  width: number;
  height: number;
  words: Word[];
  /** The page's words joined with spaces, in reading order. */
  text: string;
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
    .replace(/&#39;/g, "'")
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
    pages.push({ width: Number(page[1]), height: Number(page[2]), words, text: words.map((w) => w.text).join(' ') });
  }
  return pages;
}

/** The workbook printed by LibreOffice: the PDF's bytes and its words, page by page. */
export async function printToPdf(bytes: Uint8Array): Promise<{ pdf: Uint8Array; pages: PdfPage[] }> {
  const soffice = sofficePath();
  const pdftotext = pdftotextPath();
  if (!soffice || !pdftotext) {
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
    return { pdf: new Uint8Array(readFileSync(pdfPath)), pages: parseBbox(html) };
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
