import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core';
import { useI18n } from '../i18n';

export interface FindingItemProps {
  finding: Finding;
  onSelect: (finding: Finding) => void;
}

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  error: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorder2}` },
  info: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteBlueBorderActive}` },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  where: { fontWeight: tokens.fontWeightSemibold },
  rule: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  message: { overflowWrap: 'anywhere' },
  values: { color: tokens.colorNeutralForeground2 },
});

const BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

function show(value: Finding['expected']): string {
  return value === null || value === undefined ? '—' : String(value);
}

/** One finding: a real button, so a click, Enter or Space goes to its cell. */
export function FindingItem({ finding, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const hasValues = finding.expected !== undefined || finding.actual !== undefined;
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, styles[finding.severity])}
      onClick={() => onSelect(finding)}
      aria-label={`${t(`severity_${finding.severity}`)}: ${finding.message} — ${t('goToCell', { sheet: finding.sheet, range: finding.range })}`}
      data-testid="finding"
    >
      <span className={styles.head}>
        <Badge size="small" appearance="filled" color={BADGE_COLOR[finding.severity]}>
          {t(`severity_${finding.severity}`)}
        </Badge>
        <span className={styles.where}>{finding.range}</span>
        <span className={styles.rule}>{finding.rule}</span>
      </span>
      <span className={styles.message}>{finding.message}</span>
      {hasValues && (
        <span className={styles.values}>
          {t('expected')}: {show(finding.expected)} · {t('actual')}: {show(finding.actual)}
        </span>
      )}
    </button>
  );
}
