import { Badge, Button, Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { forwardRef, useEffect, useState } from 'react';
import type { CellRef, Finding, FindingFix, Severity } from '../../core';
import { localizedMessage, ruleTitle } from '../../rules';
import { cellReference, formatValue } from '../format-value';
import type { CellPreview, PlannedChange } from '../host';
import { useI18n } from '../i18n';
import { CellPreviewGrid } from './CellPreviewGrid';
import { FixPreview } from './FixPreview';
import { visuallyHidden } from './visually-hidden';

export interface FindingItemProps {
  finding: Finding;
  /** Unique among the cards (names the expanded part for aria-controls). */
  id: string;
  /** The finding the walk is on: marked, expanded (related cells, details) and previewed. */
  selected: boolean;
  onSelect: (finding: Finding) => void;
  /** Go to another cell the finding names (a related cell, where a fix belongs). */
  onGoTo: (finding: Finding, ref: CellRef) => void;
  /** ArrowDown / ArrowUp on the card: walk to the next or previous one. */
  onStep: (step: 1 | -1) => void;
  /** Excel: select the cell with its related cells on the same sheet. */
  onSelectRelated?: (finding: Finding) => void;
  /** File mode: the neighbourhood of the cell, shown under the card when selected. */
  preview?: CellPreview;
  /** Excel: the cells the finding's certain fix writes (absent when there is none or it cannot apply). */
  fix?: readonly PlannedChange[];
  onApplyFix?: (changes: readonly PlannedChange[]) => void;
  /** Excel: for each of the finding's suggestions, in order, the cells it writes (undefined: not safe to apply). */
  suggestionChanges?: readonly (readonly PlannedChange[] | undefined)[];
  busy?: boolean;
}

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  selectedCard: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    boxShadow: tokens.shadow8,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  selectedItem: {
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2 },
  },
  error: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorder2}` },
  info: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteBlueBorderActive}` },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  where: { fontWeight: tokens.fontWeightSemibold },
  title: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  message: { overflowWrap: 'anywhere' },
  values: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  more: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  details: { color: tokens.colorNeutralForeground2 },
  hidden: visuallyHidden,
});

const BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

/** Where a fix or a suggestion would write, when that is not the finding's own cell. */
function fixesElsewhere(finding: Finding): { message?: string; ref: CellRef }[] {
  const edits: { message?: string; fix: FindingFix }[] = [
    ...(finding.fix ? [{ fix: finding.fix }] : []),
    ...(finding.suggestions ?? []).map((s) => ({ message: s.message, fix: s.fix })),
  ];
  return edits
    .map(({ message, fix }) => ({ message, ref: { sheet: fix.sheet ?? finding.sheet, range: fix.range } }))
    .filter(({ ref }) => ref.sheet !== finding.sheet || ref.range !== finding.range);
}

/**
 * One finding: the card's main part is a real button (click, Enter or Space selects it and shows
 * its cell); its accessible name is its visible text: severity, cell, title, message, values.
 */
export const FindingItem = forwardRef<HTMLButtonElement, FindingItemProps>(function FindingItem(
  {
    finding,
    id,
    selected,
    onSelect,
    onGoTo,
    onStep,
    onSelectRelated,
    preview,
    fix,
    onApplyFix,
    suggestionChanges,
    busy = false,
  },
  ref,
) {
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  // Leaving the card drops an open preview: coming back starts from «Corregir» again.
  useEffect(() => {
    if (!selected) setConfirming(false);
  }, [selected]);
  const { t, language } = useI18n();
  const expected = formatValue(finding.expected, finding.valueType, language);
  const actual = formatValue(finding.actual, finding.valueType, language);
  const elsewhere = fixesElsewhere(finding);
  const suggestions = (finding.suggestions ?? []).filter((s) => !elsewhere.some((e) => e.message === s.message));
  // A suggestion the pane can write: its before → after and «Aplicar», through the same
  // apply and undo record as a certain fix.
  const applySuggestion = (message: string | undefined) => {
    const at = (finding.suggestions ?? []).findIndex((s) => s.message === message);
    const changes = at >= 0 ? suggestionChanges?.[at] : undefined;
    if (!changes || changes.length === 0 || !onApplyFix) return null;
    return (
      <FixPreview
        compact
        changes={changes}
        busy={busy}
        applyName={t('applySuggestion', { message: message ?? '' })}
        onApply={() => onApplyFix(changes)}
      />
    );
  };
  const moreId = `finding-more-${id}`;
  const docHref = `docs/rules/${finding.rule}.md`;
  const link = (target: CellRef) => (
    <Link as="button" key={`${target.sheet}!${target.range}`} onClick={() => onGoTo(finding, target)}>
      {cellReference(target.sheet, target.range)}
    </Link>
  );
  return (
    <div className={mergeClasses(styles.card, selected && styles.selectedCard)} data-selected={selected || undefined}>
      <button
        ref={ref}
        type="button"
        className={mergeClasses(styles.item, styles[finding.severity], selected && styles.selectedItem)}
        onClick={() => onSelect(finding)}
        onKeyDown={(event) => {
          if (event.altKey || event.ctrlKey || event.metaKey) return;
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            onStep(event.key === 'ArrowDown' ? 1 : -1);
          }
        }}
        aria-current={selected ? 'true' : undefined}
        aria-expanded={selected}
        aria-controls={selected ? moreId : undefined}
        data-testid="finding"
      >
        <span className={styles.head}>
          <Badge size="small" appearance="filled" color={BADGE_COLOR[finding.severity]}>
            {t(`severity_${finding.severity}`)}
          </Badge>
          <span className={styles.where}>{finding.range}</span>
          <span className={styles.hidden}> {t('inSheet', { sheet: finding.sheet })}</span>
        </span>
        <span className={styles.title}>{ruleTitle(finding.rule, language)}</span>
        <span className={styles.message}>{localizedMessage(finding, language)}</span>
        {(expected !== undefined || actual !== undefined) && (
          <span className={styles.values}>
            {expected !== undefined && `${t('expectedHere')}: ${expected}`}
            {expected !== undefined && actual !== undefined && ' · '}
            {actual !== undefined && `${t('actual')}: ${actual}`}
          </span>
        )}
      </button>
      {selected && (
        <div className={styles.more} id={moreId}>
          {elsewhere.length > 0 && (
            <div>
              {t('fixElsewhere')}
              <ul>
                {elsewhere.map((e) => (
                  <li key={`${e.ref.sheet}!${e.ref.range}`}>
                    {link(e.ref)}
                    {e.message ? ` — ${e.message}` : ''}
                    {e.message !== undefined && applySuggestion(e.message)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {suggestions.length > 0 && (
            <div>
              {t('suggestions')}
              <ul>
                {suggestions.map((s) => (
                  <li key={s.message} data-testid="suggestion">
                    {s.message}
                    {applySuggestion(s.message)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {finding.related && finding.related.length > 0 && (
            <div className={styles.links}>
              <span>{t('relatedCells')}</span>
              {finding.related.map(link)}
            </div>
          )}
          {onSelectRelated && finding.related?.some((r) => r.sheet === finding.sheet) && (
            <div>
              <Button size="small" onClick={() => onSelectRelated(finding)}>
                {t('selectWithRelated')}
              </Button>
            </div>
          )}
          {finding.also && finding.also.length > 0 && (
            <span>{t('also', { rules: finding.also.map((id) => ruleTitle(id, language)).join('; ') })}</span>
          )}
          {fix && fix.length > 0 && onApplyFix && !confirming && (
            <div>
              <Button
                size="small"
                appearance="primary"
                disabled={busy}
                onClick={() => setConfirming(true)}
                aria-label={t('fixThis', { cell: cellReference(finding.sheet, finding.range) })}
              >
                {t('fix')}
              </Button>
            </div>
          )}
          {fix && fix.length > 0 && onApplyFix && confirming && (
            <FixPreview
              changes={fix}
              busy={busy}
              onApply={() => {
                setConfirming(false);
                onApplyFix(fix);
              }}
              onCancel={() => setConfirming(false)}
            />
          )}
          {preview && <CellPreviewGrid preview={preview} />}
          <details className={styles.details}>
            <summary>{t('details')}</summary>
            <div>{t('ruleId', { id: finding.rule })}</div>
            {finding.also && finding.also.length > 0 && <div>{t('ruleId', { id: finding.also.join(', ') })}</div>}
            {finding.confidence !== undefined && (
              <div>{t('confidence', { pct: Math.round(finding.confidence * 100) })}</div>
            )}
            <Link href={docHref} target="_blank" rel="noopener noreferrer">
              {t('ruleDoc')}
            </Link>
          </details>
        </div>
      )}
    </div>
  );
});
