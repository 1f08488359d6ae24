/**
 * The pane a planner lives in, in real Chromium at 320 px (file mode): every state passes axe-core
 * without critical or serious violations, the walk brings each finding's cell preview into view
 * (by click, Enter, Siguiente and Alt+↓), and a screenshot of each state goes to docs/img/ for the
 * user guide. Uses the example workbooks in examples/ (IGM: 23 findings on 7 sheets; its corrected
 * twin: none).
 */
import { mkdirSync, readFileSync } from 'fs';
import path from 'path';
import type { Locator, Page } from 'playwright-core';
import { localizedMessage } from '../../src/rules';
import { validateWorkbook } from '../../src/rules/run';
import { readXlsx } from '../../src/xlsx/read';
import { ready, ROOT, seriousViolations, usePane } from './browser';

const IMAGES = path.join(ROOT, 'docs/img');
const EXAMPLE = path.join(ROOT, 'examples/igm-pom-2026-2030.xlsx');
const CORRECTED = path.join(ROOT, 'examples/igm-pom-2026-2030-corregido.xlsx');
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const WIDTH = 320;
const HEIGHT = 640;

(ready ? describe : describe.skip)('the pane at 320 px: states, accessibility, the walk', () => {
  const openPane = usePane({ width: WIDTH, height: HEIGHT });

  beforeAll(() => {
    mkdirSync(IMAGES, { recursive: true });
  });

  /** axe finds nothing critical or serious, nothing scrolls sideways; then the screenshot. */
  async function checkState(page: Page, name: string) {
    await page.waitForTimeout(200);
    expect({ state: name, violations: await seriousViolations(page) }).toEqual({ state: name, violations: [] });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect({ state: name, sideways }).toEqual({ state: name, sideways: 0 });
    await page.screenshot({ path: path.join(IMAGES, `pane-${name}.png`) });
  }

  /** The element lies wholly inside the viewport (and below the pinned summary). */
  async function inView(page: Page, locator: Locator) {
    const box = await locator.boundingBox();
    const pinned = await page.getByTestId('pinned-summary').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(pinned ? pinned.y + pinned.height - 1 : 0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(HEIGHT);
  }

  const cards = (page: Page) => page.getByTestId('finding');
  const selectedCard = (page: Page) => page.locator('[data-testid="finding"][aria-current="true"]');

  async function expectSelected(page: Page, n: number) {
    await expect(cards(page).nth(n).getAttribute('aria-current')).resolves.toBe('true');
    await expect(selectedCard(page).count()).resolves.toBe(1);
    const preview = page.locator('[data-selected] [data-testid="cell-preview"]');
    await preview.waitFor();
    await page.waitForTimeout(50); // the scroll follows the preview's render
    await inView(page, preview);
    await expect(preview.locator('td[data-role="target"]').count()).resolves.toBeGreaterThan(0);
  }

  it('start, loading, findings, the walk, filters, English, error and success', async () => {
    const bytes = readFileSync(EXAMPLE);
    const expected = validateWorkbook(await readXlsx(new Uint8Array(bytes)));
    expect(expected.findings.length).toBeGreaterThanOrEqual(11);
    const { context, page, errors } = await openPane();

    // Start: no "Validar de nuevo" in file mode; opening the file is the one action.
    await expect(page.getByRole('button', { name: /Validar/ }).count()).resolves.toBe(0);
    await checkState(page, 'inicio');

    // Loading: the reader's chunk is held back so the state can be seen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/js/xlsx-read.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'igm-pom-2026-2030.xlsx', mimeType: XLSX_MIME, buffer: bytes });
    await page.getByText('Leyendo el libro…').first().waitFor();
    await expect(page.getByTestId('announcer').textContent()).resolves.toBe('Leyendo el libro…');
    await checkState(page, 'cargando');
    release();

    // Findings: pinned summary, the download first, announced.
    await page.getByTestId('summary').waitFor({ timeout: 60_000 });
    await expect(cards(page).count()).resolves.toBe(expected.findings.length);
    const download = page.getByRole('button', { name: 'Descargar copia anotada' });
    const background = (locator: Locator) => locator.evaluate((e) => getComputedStyle(e).backgroundColor);
    // Primary: filled with the brand colour, as "Siguiente"; opening another file is secondary now.
    const brand = await background(page.getByRole('button', { name: 'Siguiente' }));
    await expect(background(download)).resolves.toBe(brand);
    await expect(background(page.getByRole('button', { name: 'Abrir libro .xlsx' }))).resolves.not.toBe(brand);
    await expect(page.getByTestId('announcer').textContent()).resolves.toMatch(/^Validación terminada: /);
    await checkState(page, 'hallazgos');
    // 200 % zoom of a 320 px pane: 160 CSS px, still nothing scrolls sideways.
    await page.setViewportSize({ width: WIDTH / 2, height: HEIGHT });
    await cards(page).nth(10).click();
    await page.locator('[data-selected] [data-testid="cell-preview"]').waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).resolves.toBe(0);
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });

    // The walk by click: the 11th and the last finding.
    await cards(page).nth(10).click();
    await expectSelected(page, 10);
    await expect(page.getByTestId('walk-position').textContent()).resolves.toBe(`11 de ${expected.findings.length}`);
    await checkState(page, 'hallazgo-abierto');
    const last = expected.findings.length - 1;
    await cards(page).nth(last).click();
    await expectSelected(page, last);

    // The same with the keyboard: Enter on a card, Alt+↑ / Alt+↓, ↓ on a card, Siguiente.
    await cards(page).nth(10).focus();
    await page.keyboard.press('Enter');
    await expectSelected(page, 10);
    await page.keyboard.press('Alt+ArrowDown');
    await expectSelected(page, 11);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).resolves.toBe('true');
    await page.keyboard.press('ArrowUp');
    await expectSelected(page, 10);
    await cards(page).nth(last).focus();
    await page.keyboard.press('Enter');
    await expectSelected(page, last);
    await page.getByRole('button', { name: 'Anterior' }).click();
    await expectSelected(page, last - 1);
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await expectSelected(page, last);

    // Filters: errors only.
    await page.getByLabel('Gravedad').selectOption('error');
    await expect(cards(page).count()).resolves.toBe(expected.summary.errors);
    await checkState(page, 'filtros');
    await page.getByLabel('Gravedad').selectOption('');

    // English: the findings themselves are re-said, not only the chrome.
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('button', { name: 'Download annotated copy' }).waitFor();
    const first = await cards(page).first().textContent();
    const english = expected.findings.map((f) => localizedMessage(f, 'en'));
    expect(english.some((message) => first?.includes(message))).toBe(true);
    await expect(page.getByTestId('summary').textContent()).resolves.toMatch(/errors? · /);
    await checkState(page, 'english');
    await page.getByRole('button', { name: /Español/ }).click();

    // A notice belongs to its moment: the download's notice goes when another file is opened.
    const [saved] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(saved.suggestedFilename()).toBe('igm-pom-2026-2030 (anotado).xlsx');
    await page.getByTestId('notice').waitFor();

    // Error: not a workbook.
    await page.getByTestId('file-input').setInputFiles({
      name: 'notas.xlsx',
      mimeType: XLSX_MIME,
      buffer: Buffer.from('esto no es un libro'),
    });
    await page.getByTestId('error').waitFor();
    await expect(page.getByTestId('notice').count()).resolves.toBe(0);
    await expect(page.getByTestId('error').textContent()).resolves.toContain('notas.xlsx');
    await checkState(page, 'error');

    // Success: the corrected twin, with what was checked; the old error is gone.
    await page.getByTestId('file-input').setInputFiles({
      name: 'igm-pom-2026-2030-corregido.xlsx',
      mimeType: XLSX_MIME,
      buffer: readFileSync(CORRECTED),
    });
    await page.getByTestId('success').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('error').count()).resolves.toBe(0);
    await expect(page.getByTestId('summary').textContent()).resolves.toMatch(/^Se revisaron \d+ hojas/);
    await checkState(page, 'sin-errores');
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('Plantillas: field errors beside the field, a labelled model picker, JSON errors in Spanish', async () => {
    const { context, page, errors } = await openPane();
    await page.getByRole('tab', { name: 'Plantillas' }).click();
    await checkState(page, 'plantillas');

    const code = page.getByLabel('Código de la institución (opcional)');
    await code.fill('1120-69');
    await expect(code.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByText('El código tiene la forma 1120-0069-000-000.').waitFor();
    const lastYear = page.getByLabel('Último año');
    await lastYear.fill('1999');
    await expect(lastYear.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByRole('button', { name: 'Generar y descargar' }).isDisabled()).resolves.toBe(true);

    await page.getByTestId('model-input').setInputFiles({
      name: 'modelo.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "institution": {\n    "name": "IGM",\n  }\n}'),
    });
    await page.getByText('El archivo no es JSON válido', { exact: false }).waitFor();
    await expect(page.getByTestId('model-status').textContent()).resolves.toBe(
      'El archivo no es JSON válido: error en la línea 4, columna 3.',
    );
    await checkState(page, 'plantillas-errores');

    await page.getByRole('button', { name: /English/ }).click();
    await page.getByText('Institution code (optional)').waitFor();
    await checkState(page, 'plantillas-english');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
