import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { SEVERITIES, SEVERITY_ORDER, type Finding, type Severity } from '../../core';
import { useI18n } from '../i18n';
import { FindingItem } from './FindingItem';

export interface FindingsViewProps {
  findings: readonly Finding[];
  onSelect: (finding: Finding) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  filters: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: tokens.spacingHorizontalXS },
  filter: { minWidth: 0 },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  sheetTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  severityTitle: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

type GroupedFindings = { sheet: string; count: number; bySeverity: { severity: Severity; findings: Finding[] }[] }[];

/** By sheet (workbook order of first appearance), then by severity. */
export function groupFindings(findings: readonly Finding[]): GroupedFindings {
  const sheets = new Map<string, Finding[]>();
  for (const finding of findings) sheets.set(finding.sheet, [...(sheets.get(finding.sheet) ?? []), finding]);
  return [...sheets].map(([sheet, list]) => ({
    sheet,
    count: list.length,
    bySeverity: SEVERITIES.map((severity) => ({
      severity,
      findings: list.filter((f) => f.severity === severity),
    })).filter((group) => group.findings.length > 0),
  }));
}

const ALL = '';

export function FindingsView({ findings, onSelect }: FindingsViewProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [severity, setSeverity] = useState<string>(ALL);
  const [sheet, setSheet] = useState<string>(ALL);
  const [rule, setRule] = useState<string>(ALL);

  const sheets = useMemo(() => [...new Set(findings.map((f) => f.sheet))], [findings]);
  const rules = useMemo(() => [...new Set(findings.map((f) => f.rule))].sort(), [findings]);
  const visible = useMemo(
    () =>
      findings
        .filter(
          (f) =>
            (severity === ALL || f.severity === severity) &&
            (sheet === ALL || f.sheet === sheet) &&
            (rule === ALL || f.rule === rule),
        )
        .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
    [findings, severity, sheet, rule],
  );
  const groups = useMemo(() => groupFindings(visible), [visible]);

  return (
    <div className={styles.root}>
      <div className={styles.filters}>
        <Field className={styles.filter} label={t('filterSeverity')} size="small">
          <Select
            className={styles.filter}
            size="small"
            value={severity}
            onChange={(_, data) => setSeverity(data.value)}
          >
            <option value={ALL}>{t('all')}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`severityPlural_${s}`)} ({findings.filter((f) => f.severity === s).length})
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.filter} label={t('filterSheet')} size="small">
          <Select className={styles.filter} size="small" value={sheet} onChange={(_, data) => setSheet(data.value)}>
            <option value={ALL}>{t('all')}</option>
            {sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.filter} label={t('filterRule')} size="small">
          <Select className={styles.filter} size="small" value={rule} onChange={(_, data) => setRule(data.value)}>
            <option value={ALL}>{t('all')}</option>
            {rules.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {visible.length === 0 && <Text>{t('noFindingsFiltered')}</Text>}
      {groups.map((group) => (
        <section key={group.sheet} className={styles.sheet} aria-label={group.sheet}>
          <h3 className={styles.sheetTitle}>
            {group.sheet} ({group.count})
          </h3>
          {group.bySeverity.map(({ severity: level, findings: list }) => (
            <div key={level}>
              <h4 className={styles.severityTitle}>
                {t(`severityPlural_${level}`)} ({list.length})
              </h4>
              <ul className={styles.list}>
                {list.map((finding, i) => (
                  <li key={`${finding.rule}-${finding.range}-${i}`}>
                    <FindingItem finding={finding} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
