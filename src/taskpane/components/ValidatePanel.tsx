import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CellRef, Finding } from '../../core';
import type { CellPreview, PlannedChange, ValidationOutcome } from '../host';
import { plural, useI18n } from '../i18n';
import { applyFilters, FindingsView, NO_FILTERS, orderFindings, type Filters } from './FindingsView';
import { FixPreview } from './FixPreview';
import { MatrixList } from './MatrixList';

export interface ValidatePanelProps {
  outcome: ValidationOutcome | undefined;
  busy: boolean;
  /** Words for the progress indicator ("Leyendo el libro…", "Validando…"). */
  progress?: string;
  /** File mode: opening a file validates it; there is no "Validar" and the download comes first. */
  fileMode: boolean;
  onValidate: () => void;
  /** The finding the walk is on, by its index in outcome.findings. */
  selected?: number;
  onSelect: (finding: Finding, index: number) => void;
  /** Go to another cell a finding names (related cell, where a fix belongs). */
  onGoTo: (finding: Finding, index: number, ref: CellRef) => void;
  /** Excel: select a finding's cell with its related cells. */
  onSelectRelated?: (finding: Finding) => void;
  /** Excel: mark / clear marks; file mode: download the annotated copy. */
  markLabel: string;
  onMark: () => void;
  onClearMarks?: () => void;
  preview?: CellPreview;
  autoRevalidate: boolean;
  /** Excel: write certain fixes (then the pane validates again); absent in file mode. */
  onApplyFixes?: (changes: readonly PlannedChange[]) => void;
  /** Excel, when the workbook holds a record of fixes: «Deshacer correcciones». */
  onUndoFixes?: () => void;
  /** File mode: download a copy with every certain fix written (after the same preview). */
  onDownloadCorrected?: (changes: readonly PlannedChange[]) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  pinned: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  pinnedTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  summary: { fontWeight: tokens.fontWeightSemibold },
  walk: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  position: { minWidth: '4.5em', textAlign: 'center', fontSize: tokens.fontSizeBase200 },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** "3 errores · 2 advertencias · 1 aviso en 2 hojas", for the summary and the announcement. */
export function describeCounts(findings: readonly Finding[], t: ReturnType<typeof useI18n>['t']): string {
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  const sheets = new Set(findings.map((f) => f.sheet)).size;
  return `${plural(t, 'count_error', count('error'))} · ${plural(t, 'count_warning', count('warning'))} · ${plural(
    t,
    'count_info',
    count('info'),
  )} ${plural(t, 'sheetsWithFindings', sheets)}`;
}

export function ValidatePanel(props: ValidatePanelProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { outcome, busy, selected, onSelect } = props;
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pinned = useRef<HTMLDivElement>(null);
  const focusAfterSelect = useRef(false);

  const [confirmAll, setConfirmAll] = useState(false);
  useEffect(() => {
    setFilters(NO_FILTERS);
    setConfirmAll(false);
  }, [outcome]);

  const index = useMemo(() => new Map(outcome?.findings.map((f, i) => [f, i]) ?? []), [outcome]);
  const keyOf = useCallback((f: Finding) => String(index.get(f)), [index]);
  const visible = useMemo(
    () => (outcome ? orderFindings(applyFilters(outcome.findings, filters), outcome.sheets) : []),
    [outcome, filters],
  );
  const position = selected === undefined ? -1 : visible.findIndex((f) => index.get(f) === selected);

  const step = useCallback(
    (by: 1 | -1) => {
      if (visible.length === 0) return;
      const next = position < 0 ? (by === 1 ? 0 : visible.length - 1) : position + by;
      if (next < 0 || next >= visible.length) return;
      focusAfterSelect.current = true;
      onSelect(visible[next], index.get(visible[next])!);
    },
    [visible, position, index, onSelect],
  );

  // Alt+↓ / Alt+↑ walk the list from anywhere in the pane.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
      event.preventDefault();
      step(event.key === 'ArrowDown' ? 1 : -1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [step]);

  // The selected card (and its preview, once there) is brought into view below the pinned summary.
  useEffect(() => {
    if (selected === undefined) return;
    const button = buttons.current.get(String(selected));
    if (!button) return;
    if (focusAfterSelect.current) {
      focusAfterSelect.current = false;
      button.focus({ preventScroll: true });
    }
    const card = button.closest('li') ?? button;
    const preview = card.querySelector('[data-testid="cell-preview"]');
    const min = (pinned.current?.getBoundingClientRect().bottom ?? 0) + 8;
    const max = window.innerHeight - 8;
    const top = card.getBoundingClientRect().top;
    const bottom = (preview ?? card).getBoundingClientRect().bottom;
    let delta = bottom > max ? bottom - max : 0;
    if (top - delta < min) delta = top - min;
    // Too tall for both: the preview matters more than the top of the card.
    if (preview && bottom - delta > max) delta = preview.getBoundingClientRect().top - min;
    if (delta !== 0) window.scrollBy({ top: delta, behavior: 'instant' as ScrollBehavior });
  }, [selected, props.preview]);

  const register = useCallback((key: string, element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  }, []);

  const hasFindings = outcome !== undefined && outcome.findings.length > 0;
  const batch = props.onApplyFixes ?? props.onDownloadCorrected;
  const plan = batch ? outcome?.fixes : undefined;
  const fixable = plan ? Object.keys(plan.byFinding).length : 0;
  // A card's own «Corregir» and its suggestions' «Aplicar» write in place: Excel only.
  const applyOne = props.onApplyFixes;
  const fixOf = useMemo(() => {
    if (!plan || !applyOne) return undefined;
    return (f: Finding) => plan.byFinding[index.get(f)!]?.map((i) => plan.changes[i]);
  }, [plan, index, applyOne]);
  const suggestionsOf = useMemo(() => {
    if (!plan?.suggestions || !applyOne) return undefined;
    const bySuggestion = plan.suggestions;
    return (f: Finding) => bySuggestion[index.get(f)!];
  }, [plan, index, applyOne]);
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        {!props.fileMode && (
          <Button appearance="primary" disabled={busy} onClick={props.onValidate}>
            {outcome ? t('revalidate') : t('validate')}
          </Button>
        )}
        {hasFindings && (
          <Button appearance={props.fileMode ? 'primary' : 'secondary'} disabled={busy} onClick={props.onMark}>
            {props.markLabel}
          </Button>
        )}
        {outcome && props.onClearMarks && (
          <Button disabled={busy} onClick={props.onClearMarks}>
            {t('clearMarks')}
          </Button>
        )}
        {plan && fixable > 0 && (
          <Button disabled={busy || confirmAll} onClick={() => setConfirmAll(true)}>
            {props.onApplyFixes ? t('fixAll', { n: fixable }) : t('downloadCorrected', { n: fixable })}
          </Button>
        )}
        {props.onUndoFixes && (
          <Button disabled={busy} onClick={props.onUndoFixes}>
            {t('fixUndo')}
          </Button>
        )}
      </div>
      {plan && confirmAll && batch && (
        <FixPreview
          changes={plan.changes}
          busy={busy}
          applyLabel={props.onApplyFixes ? undefined : t('downloadCorrectedApply')}
          onApply={() => {
            setConfirmAll(false);
            batch(plan.changes);
          }}
          onCancel={() => setConfirmAll(false)}
        />
      )}
      {busy && <ProgressBar aria-label={props.progress ?? t('validating')} />}
      {busy && props.progress && <Text size={200}>{props.progress}</Text>}
      {props.autoRevalidate && outcome && <Text size={200}>{t('autoRevalidate')}</Text>}
      {outcome && !hasFindings && (
        <MessageBar intent="success" layout="multiline" data-testid="success">
          <MessageBarBody>
            <MessageBarTitle>{t('successTitle')}</MessageBarTitle>
            <div>{t('successBody')}</div>
            <div data-testid="summary">{t('checked', { ...outcome.summary })}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && !hasFindings && <MatrixList matrices={outcome.matrices} open />}
      {hasFindings && (
        <>
          <section ref={pinned} className={styles.pinned} aria-labelledby="summary-title" data-testid="pinned-summary">
            <h2 id="summary-title" className={styles.pinnedTitle}>
              {t('summaryTitle')}
            </h2>
            <Text size={200} className={styles.summary} data-testid="summary">
              {describeCounts(outcome.findings, t)} · {plural(t, 'matricesRecognised', outcome.matrices.length)}
            </Text>
            <div className={styles.walk} role="group" aria-label={t('walk')}>
              <Button
                size="small"
                disabled={position === 0 || visible.length === 0}
                onClick={() => step(-1)}
                aria-keyshortcuts="Alt+ArrowUp"
              >
                {t('previous')}
              </Button>
              <span className={styles.position} data-testid="walk-position">
                {position >= 0 ? t('position', { n: position + 1, total: visible.length }) : `– / ${visible.length}`}
              </span>
              <Button
                size="small"
                appearance="primary"
                disabled={position === visible.length - 1 || visible.length === 0}
                onClick={() => step(1)}
                aria-keyshortcuts="Alt+ArrowDown"
              >
                {t('next')}
              </Button>
            </div>
          </section>
          <Text size={200} className={styles.hint}>
            {t('walkHint')}
          </Text>
          <MatrixList matrices={outcome.matrices} />
          <FindingsView
            findings={outcome.findings}
            visible={visible}
            filters={filters}
            onFilters={setFilters}
            keyOf={keyOf}
            selectedKey={selected === undefined ? undefined : String(selected)}
            onSelect={(f) => onSelect(f, index.get(f)!)}
            onGoTo={(f, ref) => props.onGoTo(f, index.get(f)!, ref)}
            onStep={step}
            onSelectRelated={props.onSelectRelated}
            preview={props.preview}
            fixOf={fixOf}
            suggestionsOf={suggestionsOf}
            onApplyFix={props.onApplyFixes}
            busy={busy}
            register={register}
          />
        </>
      )}
    </div>
  );
}
