/**
 * The pane: Validar and Plantillas tabs over a WorkbookHost. It never calls Office.js: Excel and
 * file mode differ only in the host they pass in (and the file picker file mode adds).
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CellRef, Finding } from '../core';
import { FileOpener } from './components/FileOpener';
import { MultiReview } from './components/MultiReview';
import { SettingsPanel } from './components/SettingsPanel';
import { Tabs } from './components/Tabs';
import { TemplatesPanel } from './components/TemplatesPanel';
import { describeCounts, ValidatePanel } from './components/ValidatePanel';
import { visuallyHidden } from './components/visually-hidden';
import { browserSaveFile, type SaveFile } from './download';
import { describeError } from './errors';
import { editsOf } from './fix-plan';
import { HostError, type CellPreview, type PlannedChange, type ValidationOutcome, type WorkbookHost } from './host';
import type { FileHost } from './hosts/file-host';
import { I18nContext, plural, translator, type Language, type MessageKey } from './i18n';
import { withSettings } from './outcome-settings';
import { defaultSettingsStorage, loadSettings, saveSettings, type SettingsStorage } from './settings-store';
import type { Settings } from '../core/settings';
import { settingsOptions } from '../rules/settings';

/** A notice of the last action, kept as words to say (in the language of the moment). */
interface Notice {
  key: MessageKey;
  data?: Record<string, string | number>;
}

export interface AppProps {
  host: WorkbookHost;
  initialLanguage?: Language;
  onLanguageChange?: (language: Language) => void;
  /** "validate": run validation as soon as the pane opens (the ribbon's Validar button). */
  startAction?: 'validate';
  saveFile?: SaveFile;
  /** Where the reviewer's settings are kept (localStorage by default; tests pass memory). */
  settingsStorage?: SettingsStorage;
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
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  hidden: visuallyHidden,
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
  settingsStorage,
}: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const i18n = useMemo(() => ({ language, t: translator(language) }), [language]);
  const { t } = i18n;
  const [tab, setTab] = useState<'validate' | 'templates' | 'settings'>('validate');
  // The reviewer's settings (planifica.config.json), applied over every validation as the CLI does.
  const [storage] = useState(() => settingsStorage ?? defaultSettingsStorage());
  const [initialSettings] = useState(() => loadSettings(storage));
  const [settings, setSettings] = useState<Settings>(initialSettings.settings);
  const [settingsProblem, setSettingsProblem] = useState(initialSettings.problem);
  const options = useMemo(() => settingsOptions(settings), [settings]);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const [rawOutcome, setOutcome] = useState<ValidationOutcome | undefined>();
  const outcome = useMemo(() => rawOutcome && withSettings(rawOutcome, options), [rawOutcome, options]);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<MessageKey | undefined>();
  // Errors and notices belong to the action that produced them: kept as data, said in the
  // current language, cleared by the next action, a file, a tab or a language change.
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const [selected, setSelected] = useState<number | undefined>();
  const [preview, setPreview] = useState<CellPreview | undefined>();
  const [fileName, setFileName] = useState<string | undefined>();
  // Excel: whether the workbook holds a record of fixes «Deshacer correcciones» can restore.
  const [fixUndo, setFixUndo] = useState(false);
  const fileMode = isFileHost(host);
  // File mode with several files: the files, and the one shown in the single-file view (if any).
  const [batch, setBatch] = useState<{ files: File[]; showing?: string } | undefined>();
  const languageRef = useRef(language);
  languageRef.current = language;

  const fail = useCallback((e: unknown) => {
    setError(e ?? new Error('unknown'));
    setAnnouncement(describeError(e, languageRef.current));
  }, []);
  const clearMoment = () => {
    setError(undefined);
    setNotice(undefined);
  };

  const checkFixUndo = useCallback(async () => {
    if (!host.hasFixUndo) return;
    try {
      setFixUndo(await host.hasFixUndo());
    } catch {
      setFixUndo(false); // only hides the button: applying or undoing reports its own failure
    }
  }, [host]);

  const finish = useCallback(
    (raw: ValidationOutcome) => {
      setOutcome(raw);
      const result = withSettings(raw, optionsRef.current);
      void checkFixUndo();
      const tr = translator(languageRef.current);
      setAnnouncement(
        result.findings.length === 0
          ? `${tr('successTitle')}. ${tr('checked', { ...result.summary })}`
          : tr('announceDone', { counts: describeCounts(result.findings, tr) }),
      );
    },
    [checkFixUndo],
  );

  const validate = useCallback(async () => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    setSelected(undefined);
    setPreview(undefined);
    setProgress('validating');
    setAnnouncement(translator(languageRef.current)('validating'));
    try {
      finish(await host.validate());
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  }, [host, fail, finish]);

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
    clearMoment();
    setOutcome(undefined);
    setSelected(undefined);
    setPreview(undefined);
    setProgress('reading');
    setAnnouncement(t('reading'));
    try {
      await host.open(name, bytes);
      setFileName(name);
      setProgress('validating');
      finish(await host.validate());
    } catch (e) {
      setFileName(undefined);
      fail(e);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  // Several files (and back from one of them to their summary): no single workbook is shown.
  const openFiles = (files: File[]) => {
    clearMoment();
    setOutcome(undefined);
    setFileName(undefined);
    setSelected(undefined);
    setPreview(undefined);
    setBatch({ files });
  };
  const openFromBatch = async (file: File) => {
    setBatch((current) => current && { ...current, showing: file.name });
    await openFile(file.name, new Uint8Array(await file.arrayBuffer()));
  };

  const show = async (index: number, ref: CellRef, related?: readonly CellRef[]) => {
    setSelected(index);
    try {
      const shown = await host.select(ref, related);
      setPreview(shown ?? undefined);
    } catch (e) {
      fail(e);
    }
  };
  const select = (finding: Finding, index: number) =>
    void show(index, { sheet: finding.sheet, range: finding.range }, finding.related);
  const goTo = (finding: Finding, index: number, ref: CellRef) =>
    void show(index, ref, [{ sheet: finding.sheet, range: finding.range }, ...(finding.related ?? [])]);

  const selectRelated = host.selectWithRelated
    ? (finding: Finding) =>
        void host.selectWithRelated!({ sheet: finding.sheet, range: finding.range }, finding.related ?? []).catch(fail)
    : undefined;

  const mark = async () => {
    if (!outcome) return;
    setBusy(true);
    clearMoment();
    try {
      const result = await host.mark(outcome.findings);
      if (result.kind === 'download') {
        saveFile(result.fileName, result.bytes);
        setNotice({ key: 'annotatedReady', data: { name: result.fileName } });
      } else if (result.reportSheet) {
        setNotice({ key: 'markedWithReport', data: { cells: result.cells, sheet: result.reportSheet } });
      } else setNotice({ key: 'marked', data: { cells: result.cells } });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const clearMarks = host.clearMarks
    ? async () => {
        setBusy(true);
        clearMoment();
        try {
          await host.clearMarks!();
          setNotice({ key: 'marksCleared' });
        } catch (e) {
          fail(e);
        } finally {
          setBusy(false);
        }
      }
    : undefined;

  /** Apply or undo fixes, validate again (fixed findings disappear) and say what changed. */
  const changeCells = async (run: () => Promise<number>, key: 'fixApplied' | 'fixUndone') => {
    setBusy(true);
    clearMoment();
    setSelected(undefined);
    setPreview(undefined);
    try {
      const cells = await run();
      const raw = await host.validate();
      finish(raw);
      const result = withSettings(raw, optionsRef.current);
      const tr = translator(languageRef.current);
      const counts =
        result.findings.length === 0
          ? tr('successTitle')
          : tr('announceDone', { counts: describeCounts(result.findings, tr) });
      setNotice({ key: `${key}_${cells === 1 ? 'one' : 'other'}`, data: { n: cells } });
      setAnnouncement(`${plural(tr, key, cells)} ${counts}`);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const applyFixes = host.applyFixes
    ? (changes: readonly PlannedChange[]) => void changeCells(() => host.applyFixes!(editsOf(changes)), 'fixApplied')
    : undefined;
  const undoFixes =
    host.undoFixes && fixUndo ? () => void changeCells(() => host.undoFixes!(), 'fixUndone') : undefined;

  /** File mode: download a corrected copy, then show that copy validated again (fixed findings gone). */
  const downloadCorrected = host.correctedCopy
    ? async (changes: readonly PlannedChange[]) => {
        setBusy(true);
        clearMoment();
        setSelected(undefined);
        setPreview(undefined);
        try {
          const copy = await host.correctedCopy!(editsOf(changes));
          saveFile(copy.fileName, copy.bytes);
          setFileName(copy.fileName);
          const result = await host.validate();
          finish(result);
          const tr = translator(languageRef.current);
          const counts =
            result.findings.length === 0
              ? tr('successTitle')
              : tr('announceDone', { counts: describeCounts(result.findings, tr) });
          const data = { n: copy.cells, name: copy.fileName };
          setNotice({ key: `correctedReady_${copy.cells === 1 ? 'one' : 'other'}`, data });
          setAnnouncement(`${tr(`correctedReady_${copy.cells === 1 ? 'one' : 'other'}`, data)} ${counts}`);
        } catch (e) {
          fail(e);
        } finally {
          setBusy(false);
        }
      }
    : undefined;
  const changeSettings = (next: Settings) => {
    try {
      saveSettings(storage, next);
      setSettings(next);
      setSettingsProblem(undefined);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      const say = (language: Language) => translator(language)('settingsSaveFailed', { reason });
      fail(new HostError('unknown', say('es'), say('en')));
    }
  };

  const switchLanguage = () => {
    const next: Language = language === 'es' ? 'en' : 'es';
    clearMoment();
    setAnnouncement('');
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
        <Tabs
          id="pane"
          tabs={[
            { value: 'validate', label: t('tabValidate') },
            { value: 'templates', label: t('tabTemplates') },
            { value: 'settings', label: t('tabSettings') },
          ]}
          selected={tab}
          onSelect={(value) => {
            if (value !== tab) clearMoment();
            setTab(value);
          }}
        />
        <div role="status" aria-live="polite" className={styles.hidden} data-testid="announcer">
          {announcement}
        </div>
        {error !== undefined && (
          <MessageBar intent="error" role="alert" data-testid="error">
            <MessageBarBody>
              <MessageBarTitle>{t('errorTitle')}</MessageBarTitle> {describeError(error, language)}
            </MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                appearance="transparent"
                aria-label={t('dismiss')}
                onClick={() => setError(undefined)}
              >
                {t('close')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent="success" data-testid="notice">
            <MessageBarBody>{t(notice.key, notice.data)}</MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                appearance="transparent"
                aria-label={t('dismiss')}
                onClick={() => setNotice(undefined)}
              >
                {t('close')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {settingsProblem !== undefined && (
          <MessageBar intent="warning" data-testid="settings-problem">
            <MessageBarBody>{t('settingsCorrupt', { reason: settingsProblem })}</MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                appearance="transparent"
                aria-label={t('dismiss')}
                onClick={() => setSettingsProblem(undefined)}
              >
                {t('close')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <div role="tabpanel" id="pane-panel" aria-labelledby={`pane-tab-${tab}`} className={styles.panel}>
          {tab === 'validate' ? (
            <>
              {fileMode && (
                <>
                  <Text size={200}>{t('fileModeNotice')}</Text>
                  <FileOpener
                    onFile={(name, bytes) => {
                      setBatch(undefined);
                      void openFile(name, bytes);
                    }}
                    onFiles={openFiles}
                    fileName={fileName}
                    disabled={busy}
                  />
                  {batch && (
                    <MultiReview
                      files={batch.files}
                      hidden={batch.showing !== undefined}
                      onOpen={(file) => void openFromBatch(file)}
                      saveFile={saveFile}
                    />
                  )}
                  {batch?.showing && (
                    <Button onClick={() => openFiles(batch.files)}>{t('reviewBack', { n: batch.files.length })}</Button>
                  )}
                </>
              )}
              {(settings.rules || settings.catalogs?.units) && (
                <Text size={200} data-testid="settings-in-effect">
                  {t('settingsInEffect', {
                    rules: Object.keys(settings.rules ?? {}).length,
                    units: settings.catalogs?.units?.length ?? 0,
                  })}
                </Text>
              )}
              <ValidatePanel
                outcome={outcome}
                busy={busy}
                progress={progress && t(progress)}
                fileMode={fileMode}
                onValidate={() => void validate()}
                selected={selected}
                onSelect={select}
                onGoTo={goTo}
                onSelectRelated={selectRelated}
                markLabel={fileMode ? t('downloadAnnotated') : t('markCells')}
                onMark={() => void mark()}
                onClearMarks={clearMarks}
                preview={preview}
                autoRevalidate={Boolean(host.watch)}
                onApplyFixes={applyFixes}
                onUndoFixes={undoFixes}
                onDownloadCorrected={downloadCorrected && ((changes) => void downloadCorrected(changes))}
              />
            </>
          ) : tab === 'settings' ? (
            <SettingsPanel
              settings={settings}
              onChange={changeSettings}
              onReset={() => changeSettings({})}
              onDownload={saveFile}
            />
          ) : (
            <TemplatesPanel
              insert={(spec, options) => host.insert(spec, options)}
              onDownload={saveFile}
              onError={fail}
              mode={fileMode ? 'download' : 'insert'}
              addGoalsItem={host.addGoalsItem && ((item) => host.addGoalsItem!(item))}
              years={settings.years}
              extraUnits={settings.catalogs?.units}
            />
          )}
        </div>
      </main>
    </I18nContext.Provider>
  );
}
