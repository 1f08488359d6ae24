import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { SEVERITIES, SEVERITY_ORDER, parseRange, type CellRef, type Finding, type Severity } from '../../core';
import { ruleTitle } from '../../rules';
import type { CellPreview, PlannedChange } from '../host';
import { useI18n } from '../i18n';
import { FindingItem } from './FindingItem';

export interface Filters {
  severity: string;
  sheet: string;
  rule: string;
}
export const ALL = '';
export const NO_FILTERS: Filters = { severity: ALL, sheet: ALL, rule: ALL };

export interface FindingsViewProps {
  /** Every finding (for the filters' choices). */
  findings: readonly Finding[];
  /** The findings that pass the filters, in walk order (see orderFindings). */
  visible: readonly Finding[];
  filters: Filters;
  onFilters: (filters: Filters) => void;
  /** A key unique to each finding of this result (its index): selection survives filtering. */
  keyOf: (finding: Finding) => string;
  selectedKey?: string;
  onSelect: (finding: Finding) => void;
  onGoTo: (finding: Finding, ref: CellRef) => void;
  onStep: (step: 1 | -1) => void;
  onSelectRelated?: (finding: Finding) => void;
  preview?: CellPreview;
  /** Excel: the cells a finding's certain fix writes, and how to apply them. */
  fixOf?: (finding: Finding) => readonly PlannedChange[] | undefined;
  onApplyFix?: (changes: readonly PlannedChange[]) => void;
  /** Excel: for each of a finding's suggestions, the cells it writes (see FixPlan.suggestions). */
  suggestionsOf?: (finding: Finding) => readonly (readonly PlannedChange[] | undefined)[] | undefined;
  busy?: boolean;
  /** Each card's button, by findingKey, so the walk can focus it. */
  register: (key: string, element: HTMLButtonElement | null) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(5.5rem, 1fr))',
    gap: tokens.spacingHorizontalXS,
  },
  filter: { minWidth: 0 },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
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
  item: { scrollMarginTop: '8rem' },
});

/**
 * Walk order: sheets in workbook order (`sheets`, the tabs left to right; others after, in order of
 * appearance), then severity, then the cell's position (row by row).
 */
export function orderFindings(findings: readonly Finding[], sheets: readonly string[] = []): Finding[] {
  const rank = new Map<string, number>(sheets.map((name, i) => [name, i]));
  for (const f of findings) if (!rank.has(f.sheet)) rank.set(f.sheet, rank.size);
  const position = (f: Finding) => {
    const box = parseRange(f.range);
    return box ? [box.top, box.left] : [Infinity, Infinity];
  };
  return [...findings].sort((a, b) => {
    const [ar, ac] = position(a);
    const [br, bc] = position(b);
    return (
      rank.get(a.sheet)! - rank.get(b.sheet)! ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      ar - br ||
      ac - bc
    );
  });
}

type GroupedFindings = { sheet: string; count: number; bySeverity: { severity: Severity; findings: Finding[] }[] }[];

/** By sheet (in the order given), then by severity. */
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

export function applyFilters(findings: readonly Finding[], filters: Filters): Finding[] {
  return findings.filter(
    (f) =>
      (filters.severity === ALL || f.severity === filters.severity) &&
      (filters.sheet === ALL || f.sheet === filters.sheet) &&
      (filters.rule === ALL || f.rule === filters.rule),
  );
}

export function FindingsView(props: FindingsViewProps) {
  const { findings, visible, filters, onFilters } = props;
  const styles = useStyles();
  const { t, language } = useI18n();
  const sheets = [...new Set(orderFindings(findings).map((f) => f.sheet))];
  const rules = [...new Set(findings.map((f) => f.rule))]
    .map((id) => ({ id, title: ruleTitle(id, language) }))
    .sort((a, b) => a.title.localeCompare(b.title, language));
  const groups = groupFindings(visible);

  return (
    <div className={styles.root}>
      <div className={styles.filters}>
        <Field className={styles.filter} label={t('filterSeverity')} size="small">
          <Select
            className={styles.filter}
            size="small"
            value={filters.severity}
            onChange={(_, data) => onFilters({ ...filters, severity: data.value })}
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
          <Select
            className={styles.filter}
            size="small"
            value={filters.sheet}
            onChange={(_, data) => onFilters({ ...filters, sheet: data.value })}
          >
            <option value={ALL}>{t('all')}</option>
            {sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.filter} label={t('filterRule')} size="small">
          <Select
            className={styles.filter}
            size="small"
            value={filters.rule}
            onChange={(_, data) => onFilters({ ...filters, rule: data.value })}
          >
            <option value={ALL}>{t('all')}</option>
            {rules.map(({ id, title }) => (
              <option key={id} value={id}>
                {title}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {visible.length === 0 && <Text>{t('noFindingsFiltered')}</Text>}
      {groups.map((group) => (
        <section key={group.sheet} className={styles.sheet} aria-label={group.sheet}>
          <h2 className={styles.sheetTitle}>
            {group.sheet} ({group.count})
          </h2>
          {group.bySeverity.map(({ severity: level, findings: list }) => (
            <div key={level}>
              <h3 className={styles.severityTitle}>
                {t(`severityPlural_${level}`)} ({list.length})
              </h3>
              <ul className={styles.list}>
                {list.map((finding) => {
                  const key = props.keyOf(finding);
                  const selected = key === props.selectedKey;
                  return (
                    <li key={key} className={styles.item} data-testid="finding-card">
                      <FindingItem
                        ref={(element) => props.register(key, element)}
                        finding={finding}
                        id={key}
                        selected={selected}
                        onSelect={props.onSelect}
                        onGoTo={props.onGoTo}
                        onStep={props.onStep}
                        onSelectRelated={props.onSelectRelated}
                        preview={selected ? props.preview : undefined}
                        fix={props.fixOf?.(finding)}
                        onApplyFix={props.onApplyFix}
                        suggestionChanges={props.suggestionsOf?.(finding)}
                        busy={props.busy}
                      />
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
