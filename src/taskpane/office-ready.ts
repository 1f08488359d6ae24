/**
 * Waits for Office.js, but never forever: office.js comes from Microsoft's CDN, which is
 * unreachable offline, and in a plain browser it loads without a host. Either way the pane must
 * open in file mode instead of hanging on "Cargando…".
 */

/** How long to wait for Office.onReady before assuming there is no Office host. */
export const OFFICE_READY_TIMEOUT_MS = 4000;

export type Environment =
  | { kind: 'excel'; theme?: Office.OfficeTheme; platform?: string }
  | { kind: 'browser'; reason: 'no-office-js' | 'no-host' | 'other-host' | 'timeout' };

/** The subset of the Office global this module reads (so tests can pass a fake). */
export interface OfficeGlobal {
  onReady(): Promise<{ host: Office.HostType | null; platform: Office.PlatformType | null }>;
  context?: { officeTheme?: Office.OfficeTheme };
  HostType: { Excel: Office.HostType };
}

export async function detectEnvironment(
  office: OfficeGlobal | undefined,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS,
): Promise<Environment> {
  if (!office || typeof office.onReady !== 'function') return { kind: 'browser', reason: 'no-office-js' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === 'timeout') return { kind: 'browser', reason: 'timeout' };
    if (!info.host) return { kind: 'browser', reason: 'no-host' };
    if (info.host !== office.HostType.Excel) return { kind: 'browser', reason: 'other-host' };
    return {
      kind: 'excel',
      theme: office.context?.officeTheme,
      platform: info.platform ? String(info.platform) : undefined,
    };
  } catch {
    // onReady itself failing means Office.js is broken here: file mode still works.
    return { kind: 'browser', reason: 'no-office-js' };
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** True when a colour (#RRGGBB) is dark: Office's dark and black themes have dark backgrounds. */
export function isDarkColor(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex ?? '');
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
}
