/**
 * «Configuración»: the reviewer's own planifica.config.json, edited in the pane — a ceiling per
 * rule (grouped as the rule ids are), the institution's authorised extra units and the plan years;
 * import and export of the same file the command line reads, and a reset to the defaults.
 * The pane keeps what this view hands up (App saves it in the user's storage).
 */
import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import type { Severity } from '../../core';
import { SEVERITY_ORDER } from '../../core/finding';
import { ruleSetting, type RuleSetting, type Settings } from '../../core/settings';
import { allRules, ruleTitle } from '../../rules';
import { checkSettings, parseSettings } from '../../rules/settings';
import { useI18n, type MessageKey } from '../i18n';
import { SETTINGS_FILE, settingsText } from '../settings-store';

export interface SettingsPanelProps {
  settings: Settings;
  /** The new settings, already checked with the command line's schema. */
  onChange: (settings: Settings) => void;
  onReset: () => void;
  onDownload: (fileName: string, bytes: Uint8Array) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  group: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  fit: { minWidth: 0, maxWidth: '100%', width: '100%' },
  years: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  units: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: '2px' },
  unit: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  unitName: { overflowWrap: 'anywhere', minWidth: 0 },
  hidden: { display: 'none' },
});

/** A picked file's bytes (FileReader: older web views have no Blob.arrayBuffer). */
function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.readAsArrayBuffer(file);
  });
}

/** Rule groups in the order the pane shows them (the first part of a rule id). */
const GROUPS = ['totals', 'formulas', 'crossref', 'catalog', 'form', 'values', 'narrative', 'structure'] as const;

/** The rules of each group, by their title in the language of the moment. */
function rulesByGroup(language: 'es' | 'en'): { group: string; rules: { id: string; severity: Severity }[] }[] {
  const groups = new Map<string, { id: string; severity: Severity }[]>();
  for (const rule of allRules) {
    const group = rule.meta.id.split('/')[0];
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push({ id: rule.meta.id, severity: rule.meta.severity });
  }
  const order = (g: string) => {
    const at = (GROUPS as readonly string[]).indexOf(g);
    return at < 0 ? GROUPS.length : at;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([group, rules]) => ({
      group,
      rules: rules.sort((a, b) => ruleTitle(a.id, language).localeCompare(ruleTitle(b.id, language), language)),
    }));
}

/** The levels a rule can be held to: its default and the milder ones (a ceiling only lowers), or off. */
function levelsFor(severity: Severity): RuleSetting[] {
  return [
    ...(['error', 'warning', 'info'] as const).filter((s) => SEVERITY_ORDER[s] >= SEVERITY_ORDER[severity]),
    'off',
  ];
}

/** What a rule's select shows: the setting that applies to it, never above its default. */
function shownLevel(settings: Settings, id: string, severity: Severity): RuleSetting {
  const setting = ruleSetting(settings.rules, id);
  if (!setting || setting === 'off') return setting ?? severity;
  return SEVERITY_ORDER[setting] > SEVERITY_ORDER[severity] ? setting : severity;
}

export function SettingsPanel({ settings, onChange, onReset, onDownload }: SettingsPanelProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const [unit, setUnit] = useState('');
  const [unitError, setUnitError] = useState<MessageKey | undefined>();
  const [from, setFrom] = useState(settings.years ? String(settings.years.from) : '');
  const [to, setTo] = useState(settings.years ? String(settings.years.to) : '');
  const [yearsError, setYearsError] = useState(false);
  const [status, setStatus] = useState<
    | { kind: 'invalid'; name: string; reason: string }
    | { kind: 'imported'; name: string }
    | { kind: 'reset' }
    | undefined
  >();
  const fileInput = useRef<HTMLInputElement>(null);
  const importStatusId = useId();
  const units = settings.catalogs?.units ?? [];

  const setRule = (id: string, severity: Severity, level: RuleSetting) => {
    const { [id]: _previous, ...others } = settings.rules ?? {};
    // The default needs no entry unless a group or "*" entry would otherwise apply.
    const inherited = ruleSetting(others, id);
    onChange({ ...settings, rules: level === severity && !inherited ? others : { ...others, [id]: level } });
  };

  const addUnit = () => {
    const name = unit.trim();
    if (name === '') return;
    if (units.some((u) => u.toLocaleLowerCase('es') === name.toLocaleLowerCase('es'))) {
      setUnitError('settingsUnitDuplicate');
      return;
    }
    const next = { ...settings, catalogs: { units: [...units, name] } };
    if (!checkSettings(next).ok) {
      setUnitError('settingsUnitInvalid');
      return;
    }
    setUnitError(undefined);
    setUnit('');
    onChange(next);
  };
  const removeUnit = (name: string) => onChange({ ...settings, catalogs: { units: units.filter((u) => u !== name) } });

  const changeYears = (nextFrom: string, nextTo: string) => {
    setFrom(nextFrom);
    setTo(nextTo);
    if (nextFrom.trim() === '' && nextTo.trim() === '') {
      setYearsError(false);
      onChange({ ...settings, years: undefined });
      return;
    }
    const next = { ...settings, years: { from: Number(nextFrom), to: Number(nextTo) } };
    const ok = nextFrom.trim() !== '' && nextTo.trim() !== '' && checkSettings(next).ok;
    setYearsError(!ok);
    if (ok) onChange(next);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseSettings(await readBytes(file));
    if (!parsed.ok) {
      setStatus({ kind: 'invalid', name: file.name, reason: parsed.errors[0] });
      return;
    }
    setStatus({ kind: 'imported', name: file.name });
    setFrom(parsed.settings.years ? String(parsed.settings.years.from) : '');
    setTo(parsed.settings.years ? String(parsed.settings.years.to) : '');
    setYearsError(false);
    onChange(parsed.settings);
  };

  const reset = () => {
    setFrom('');
    setTo('');
    setYearsError(false);
    setUnit('');
    setUnitError(undefined);
    setStatus({ kind: 'reset' });
    onReset();
  };

  return (
    <div className={styles.root} data-testid="settings">
      <Text size={200}>{t('settingsIntro')}</Text>
      <div className={styles.actions}>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".json,application/json"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="settings-input"
          onChange={(e) => {
            void importFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <Button size="small" onClick={() => fileInput.current?.click()} aria-describedby={importStatusId}>
          {t('settingsImport')}
        </Button>
        <Button
          size="small"
          onClick={() => onDownload(SETTINGS_FILE, new TextEncoder().encode(settingsText(settings)))}
        >
          {t('settingsExport')}
        </Button>
        <Button size="small" onClick={reset}>
          {t('settingsReset')}
        </Button>
      </div>
      <div
        id={importStatusId}
        role="status"
        className={status?.kind === 'invalid' ? styles.error : styles.hint}
        data-testid="settings-status"
      >
        {status?.kind === 'invalid'
          ? t('settingsImportInvalid', { name: status.name, reason: status.reason })
          : status?.kind === 'imported'
            ? t('settingsImported', { name: status.name })
            : status?.kind === 'reset'
              ? t('settingsResetDone')
              : t('settingsShared')}
      </div>

      <section className={styles.section} aria-labelledby="settings-rules">
        <h2 id="settings-rules" className={styles.heading}>
          {t('settingsRules')}
        </h2>
        <Text size={200} className={styles.hint}>
          {t('settingsRulesHint')}
        </Text>
        {rulesByGroup(language).map(({ group, rules }) => (
          <section key={group} className={styles.section} aria-labelledby={`settings-group-${group}`}>
            <h3 id={`settings-group-${group}`} className={styles.group}>
              {t(`ruleGroup_${group}` as MessageKey)}
            </h3>
            {rules.map(({ id, severity }) => (
              <Field key={id} className={styles.fit} label={ruleTitle(id, language)} size="small">
                <Select
                  className={styles.fit}
                  size="small"
                  data-rule={id}
                  value={shownLevel(settings, id, severity)}
                  onChange={(_, d) => setRule(id, severity, d.value as RuleSetting)}
                >
                  {levelsFor(severity).map((level) => (
                    <option key={level} value={level}>
                      {level === severity
                        ? t('settingsLevelDefault', { level: t(`settingsLevel_${level}` as MessageKey) })
                        : t(`settingsLevel_${level}` as MessageKey)}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </section>
        ))}
      </section>

      <section className={styles.section} aria-labelledby="settings-units">
        <h2 id="settings-units" className={styles.heading}>
          {t('settingsUnits')}
        </h2>
        <Text size={200} className={styles.hint}>
          {t('settingsUnitsHint')}
        </Text>
        {units.length > 0 ? (
          <ul className={styles.units} data-testid="settings-units">
            {units.map((name) => (
              <li key={name} className={styles.unit}>
                <span className={styles.unitName}>{name}</span>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={t('settingsUnitRemoveLabel', { unit: name })}
                  onClick={() => removeUnit(name)}
                >
                  {t('settingsUnitRemove')}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <Text size={200} className={styles.hint}>
            {t('settingsUnitsNone')}
          </Text>
        )}
        <form
          className={styles.actions}
          onSubmit={(e) => {
            e.preventDefault();
            addUnit();
          }}
        >
          <Field
            className={styles.fit}
            label={t('settingsUnitNew')}
            size="small"
            validationState={unitError ? 'error' : 'none'}
            validationMessage={unitError && t(unitError)}
          >
            <Input className={styles.fit} size="small" value={unit} onChange={(_, d) => setUnit(d.value)} />
          </Field>
          <Button size="small" type="submit" disabled={unit.trim() === ''}>
            {t('settingsUnitAdd')}
          </Button>
        </form>
      </section>

      <section className={styles.section} aria-labelledby="settings-years">
        <h2 id="settings-years" className={styles.heading}>
          {t('settingsYears')}
        </h2>
        <Text size={200} className={styles.hint}>
          {t('settingsYearsHint')}
        </Text>
        <div className={styles.years}>
          <Field
            className={styles.fit}
            label={t('firstYear')}
            size="small"
            validationState={yearsError ? 'error' : 'none'}
            validationMessage={yearsError ? t('settingsYearsInvalid') : undefined}
          >
            <Input
              className={styles.fit}
              size="small"
              type="number"
              value={from}
              onChange={(_, d) => changeYears(d.value, to)}
            />
          </Field>
          <Field className={styles.fit} label={t('lastYear')} size="small">
            <Input
              className={styles.fit}
              size="small"
              type="number"
              value={to}
              onChange={(_, d) => changeYears(from, d.value)}
            />
          </Field>
        </div>
      </section>
    </div>
  );
}
