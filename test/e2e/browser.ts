/**
 * What the Chromium end-to-end tests share: whether they can run (a build newer than src/ and
 * Chromium), a static server for dist/, the browser, and axe-core injected into a page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import http from 'http';
import path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUTPUT = path.join(ROOT, 'test-output/e2e');

/** Newest modification time under a folder (a build older than its sources tests old code). */
function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }, 0);
}

const BUILT = path.join(DIST, 'taskpane.html');
const missing = [
  !existsSync(BUILT) && 'hace falta `npm run build` (dist/taskpane.html)',
  // Testing an old build tests old code; PLANIFICA_E2E_ALLOW_STALE=1 overrides (others edit src/ meanwhile).
  existsSync(BUILT) &&
    !process.env.PLANIFICA_E2E_ALLOW_STALE &&
    statSync(BUILT).mtimeMs < newest(path.join(ROOT, 'src')) &&
    'dist/ es más antiguo que src/: ejecute `npm run build` (o PLANIFICA_E2E_ALLOW_STALE=1)',
  !existsSync(CHROMIUM) && `hace falta Chromium en ${CHROMIUM} (apt-get install chromium)`,
].filter(Boolean);
export const ready = missing.length === 0;
// In CI a missing build or browser is a failure, never a silent skip: `.ci/run` installs both.
if (!ready && process.env.CI)
  throw new Error(`Faltan requisitos de las pruebas de extremo a extremo: ${missing.join('; ')}.`);
// One plain line (console.warn would add a stack block).
if (!ready) process.stderr.write(`Pruebas de extremo a extremo omitidas: ${missing.join('; ')}.\n`);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.md': 'text/markdown; charset=utf-8',
};

export function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface OpenedPane {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of the page, collected as they happen. */
  errors: string[];
}

/**
 * Registers, in the calling describe block, a static server for dist/ and a browser (started
 * before its tests, closed after), and returns what opens the pane in file mode in a fresh
 * context: at `viewport`, downloads accepted, reduced motion (axe must see colours at rest, not
 * halfway through a transition), nothing fetched from outside the server.
 */
export function usePane(viewport: { width: number; height: number }): () => Promise<OpenedPane> {
  let server: http.Server | undefined;
  let browser: Browser | undefined;
  let origin = '';
  beforeAll(async () => {
    server = await serve(DIST);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });
  return async () => {
    const context = await browser!.newContext({ viewport, acceptDownloads: true, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/taskpane.html`);
    await page.getByText('Modo archivo', { exact: false }).waitFor({ timeout: 15_000 });
    return { context, page, errors };
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core on the page as it is now: the critical and serious violations, as "rule: selector"
 * lines (empty when there are none). label-content-name-mismatch, experimental in axe, is on.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown }> } })
      .axe;
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    return result.violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.html.slice(0, 160)} — ${n.failureSummary ?? v.help}`),
    );
}
