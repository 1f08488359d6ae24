/**
 * Entry point: find out whether Excel is here (without waiting forever for Office.onReady), pick
 * the matching WorkbookHost and render the pane inside one FluentProvider that follows the
 * Office theme (or the system's light/dark preference in a plain browser).
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createExcelHost } from './hosts/excel-host';
import { createFileHost } from './hosts/file-host';
import { parseLanguage, type Language } from './i18n';
import { detectEnvironment, isDarkColor, type Environment, type OfficeGlobal } from './office-ready';
import { preferences } from './platform';
import type { WorkbookHost } from './host';

function prefersDark(environment: Environment): boolean {
  if (environment.kind === 'excel' && environment.theme) return isDarkColor(environment.theme.bodyBackgroundColor);
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

function createHost(environment: Environment): WorkbookHost {
  return environment.kind === 'excel' ? createExcelHost() : createFileHost();
}

async function main(): Promise<void> {
  const office = (globalThis as { Office?: OfficeGlobal }).Office;
  const environment = await detectEnvironment(office);
  const host = createHost(environment);
  const language: Language = parseLanguage(preferences.get('language')) ?? 'es';
  const startAction = new URLSearchParams(window.location.search).get('accion') === 'validar' ? 'validate' : undefined;
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={prefersDark(environment) ? webDarkTheme : webLightTheme}>
      <App
        host={host}
        initialLanguage={language}
        onLanguageChange={(next) => preferences.set('language', next)}
        startAction={startAction}
      />
    </FluentProvider>,
  );
}

main().catch((error: unknown) => {
  // Last resort: the pane could not even start. Say so in words instead of staying blank.
  const container = document.getElementById('container');
  if (container) {
    container.textContent = `Planifica no pudo iniciar: ${error instanceof Error ? error.message : String(error)}`;
  }
});
