/**
 * The pane: Validar and Plantillas tabs over a WorkbookHost. It never calls Office.js: Excel and
 * file mode differ only in the host they pass in (and the file picker file mode adds).
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding } from '../core';
import { FileOpener } from './components/FileOpener';
import { TemplatesPanel } from './components/TemplatesPanel';
import { ValidatePanel } from './components/ValidatePanel';
import { browserSaveFile, type SaveFile } from './download';
import { describeError } from './errors';
import type { CellPreview, ValidationOutcome, WorkbookHost } from './host';
import type { FileHost } from './hosts/file-host';
import { I18nContext, translator, type Language } from './i18n';

export interface AppProps {
  host: WorkbookHost;
  initialLanguage?: Language;
  onLanguageChange?: (language: Language) => void;
  /** "validate": run validation as soon as the pane opens (the ribbon's Validar button). */
  startAction?: 'validate';
  saveFile?: SaveFile;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    boxSizing: 'border-box',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

function isFileHost(host: WorkbookHost): host is FileHost {
  return host.kind === 'file' && 'open' in host;
}

export function App({
  host,
  initialLanguage = 'es',
  onLanguageChange,
  startAction,
  saveFile = browserSaveFile,
}: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const i18n = useMemo(() => ({ language, t: translator(language) }), [language]);
  const { t } = i18n;
  const [tab, setTab] = useState<'validate' | 'templates'>('validate');
  const [outcome, setOutcome] = useState<ValidationOutcome | undefined>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [preview, setPreview] = useState<CellPreview | undefined>();
  const [fileName, setFileName] = useState<string | undefined>();
  const fileMode = isFileHost(host);
  const languageRef = useRef(language);
  languageRef.current = language;

  const fail = useCallback((e: unknown) => setError(describeError(e, languageRef.current)), []);

  const validate = useCallback(async () => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    setPreview(undefined);
    setProgress(translator(languageRef.current)('validating'));
    try {
      setOutcome(await host.validate());
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  }, [host, fail]);

  useEffect(() => {
    if (startAction === 'validate' && !fileMode) void validate();
  }, [startAction, fileMode, validate]);

  // Excel: validate again by itself after edits to a recognised matrix.
  const watchedSheets = useMemo(
    () => [...new Set(outcome?.matrices.map((m) => m.sheet) ?? [])].sort().join('\u0000'),
    [outcome],
  );
  useEffect(() => {
    if (!host.watch || !watchedSheets) return;
    return host.watch(watchedSheets.split('\u0000'), () => void validate());
  }, [host, watchedSheets, validate]);

  const openFile = async (name: string, bytes: Uint8Array) => {
    if (!isFileHost(host)) return;
    setBusy(true);
    setError(undefined);
    setOutcome(undefined);
    setPreview(undefined);
    setProgress(t('reading'));
    try {
      await host.open(name, bytes);
      setFileName(name);
      setProgress(t('validating'));
      setOutcome(await host.validate());
    } catch (e) {
      setFileName(undefined);
      fail(e);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  const select = async (finding: Finding) => {
    try {
      const shown = await host.select({ sheet: finding.sheet, range: finding.range });
      setPreview(shown ?? undefined);
    } catch (e) {
      fail(e);
    }
  };

  const mark = async () => {
    if (!outcome) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await host.mark(outcome.findings);
      if (result.kind === 'download') {
        saveFile(result.fileName, result.bytes);
        setNotice(t('annotatedReady', { name: result.fileName }));
      } else if (result.reportSheet) {
        setNotice(t('markedWithReport', { cells: result.cells, sheet: result.reportSheet }));
      } else setNotice(t('marked', { cells: result.cells }));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const clearMarks = host.clearMarks
    ? async () => {
        setBusy(true);
        setError(undefined);
        try {
          await host.clearMarks!();
          setNotice(t('marksCleared'));
        } catch (e) {
          fail(e);
        } finally {
          setBusy(false);
        }
      }
    : undefined;

  const switchLanguage = () => {
    const next: Language = language === 'es' ? 'en' : 'es';
    setLanguage(next);
    onLanguageChange?.(next);
  };

  return (
    <I18nContext.Provider value={i18n}>
      <main className={styles.root} lang={language}>
        <div className={styles.header}>
          <h1 className={styles.title}>{t('appTitle')}</h1>
          <Button
            size="small"
            appearance="subtle"
            onClick={switchLanguage}
            aria-label={`${t('language')}: ${t('switchLanguage')}`}
          >
            {t('switchLanguage')}
          </Button>
        </div>
        <TabList
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as 'validate' | 'templates')}
          size="small"
        >
          <Tab value="validate">{t('tabValidate')}</Tab>
          <Tab value="templates">{t('tabTemplates')}</Tab>
        </TabList>
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{t('errorTitle')}</MessageBarTitle> {error}
            </MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent="success">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
        {tab === 'validate' ? (
          <>
            {fileMode && (
              <>
                <Text size={200}>{t('fileModeNotice')}</Text>
                <FileOpener onFile={(name, bytes) => void openFile(name, bytes)} fileName={fileName} disabled={busy} />
              </>
            )}
            <ValidatePanel
              outcome={outcome}
              busy={busy}
              progress={progress}
              canValidate={!fileMode || fileName !== undefined}
              onValidate={() => void validate()}
              onSelect={(finding) => void select(finding)}
              markLabel={fileMode ? t('downloadAnnotated') : t('markCells')}
              onMark={() => void mark()}
              onClearMarks={clearMarks}
              preview={preview}
              autoRevalidate={Boolean(host.watch)}
            />
          </>
        ) : (
          <TemplatesPanel
            insert={(spec, options) => host.insert(spec, options)}
            onDownload={saveFile}
            onError={fail}
            mode={fileMode ? 'download' : 'insert'}
          />
        )}
      </main>
    </I18nContext.Provider>
  );
}
