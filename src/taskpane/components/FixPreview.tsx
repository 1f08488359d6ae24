import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { isErrorValue } from '../../core';
import type { CellContent } from '../../core/fixes';
import { cellReference, formatValue } from '../format-value';
import type { PlannedChange } from '../host';
import { useI18n, type Language } from '../i18n';

export interface FixPreviewProps {
  changes: readonly PlannedChange[];
  busy: boolean;
  onApply: () => void;
  /** Absent: no «Cancelar» (a suggestion's preview, always shown on its card). */
  onCancel?: () => void;
  /** The apply button's words (default «Aplicar») and, when they are not enough, its accessible name. */
  applyLabel?: string;
  applyName?: string;
  /** Without the «Se escribirá…» heading (a suggestion's own message says it). */
  compact?: boolean;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '40vh', overflowY: 'auto' },
  cell: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/**
 * What a cell holds, as the preview says it: a formula as written, text in quotes (so "5" and 5
 * differ), numbers and booleans as on a card. Unknown content is said as «(actual)».
 */
export function describeContent(content: CellContent | undefined, language: Language, current: string): string {
  if (!content) return current;
  if ('formula' in content) return content.formula;
  if (isErrorValue(content.value)) return content.value.error;
  if (typeof content.value === 'string' && content.value !== '') return `"${content.value}"`;
  return formatValue(content.value, undefined, language) ?? current;
}

/** The before → after of every cell a fix writes, then «Aplicar» / «Cancelar». */
export function FixPreview({ changes, busy, onApply, onCancel, applyLabel, applyName, compact }: FixPreviewProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  return (
    <div className={styles.root} role="group" aria-label={t('fixPreviewList')} data-testid="fix-preview">
      {!compact && <span>{t('fixPreviewTitle')}</span>}
      <ul className={styles.list}>
        {changes.map(({ change }) => (
          <li key={`${change.sheet}!${change.cell}`} data-testid="fix-change">
            <span className={styles.cell}>{cellReference(change.sheet, change.cell)}</span>:{' '}
            {describeContent(change.before, language, t('fixCurrent'))}
            {' → '}
            {describeContent(change.after, language, t('fixCurrent'))}
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button size="small" appearance="primary" disabled={busy} onClick={onApply} aria-label={applyName}>
          {applyLabel ?? t('fixApply')}
        </Button>
        {onCancel && (
          <Button size="small" disabled={busy} onClick={onCancel}>
            {t('fixCancel')}
          </Button>
        )}
      </div>
    </div>
  );
}
