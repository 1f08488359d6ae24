import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { MATRIX_TITLES, type MatrixType } from '../../domain/matrix';
import type { PomModel } from '../../domain/model';
import { buildBlankSpec, buildWorkbookSpec } from '../../templates/build';
import type { WorkbookSpec } from '../../templates/spec';
import type { GoalsItem, GoalsItemOutcome, InsertOutcome } from '../host';
import { useI18n, type MessageKey } from '../i18n';
import { readModelText, type ModelProblem } from '../model-file';
import { selectMatrices } from '../template-selection';
import { GoalsExtend } from './GoalsExtend';

export interface TemplatesPanelProps {
  insert: (spec: WorkbookSpec, options: { overwrite: boolean }) => Promise<InsertOutcome>;
  /** Called with a generated workbook in file mode. */
  onDownload: (fileName: string, bytes: Uint8Array) => void;
  onError: (error: unknown) => void;
  /** "insert" in Excel, "download" in file mode (changes the button's words). */
  mode: 'insert' | 'download';
  /** Excel only: add a product or subproduct to the generated goals matrix. */
  addGoalsItem?: (item: GoalsItem) => Promise<GoalsItemOutcome>;
  /** From the reviewer's settings: the years offered, and the institution's authorised units. */
  years?: { from: number; to: number };
  extraUnits?: readonly string[];
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  years: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  // Long option texts and number inputs must not widen a 320 px pane.
  fit: { minWidth: 0, maxWidth: '100%', width: '100%' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  model: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hidden: { display: 'none' },
});

const WHOLE_SET = 'all';
const FIRST_YEAR = new Date().getFullYear() + 1;
const CODE = /^\d{4}-\d{4}-\d{3}-\d{3}$/;

/** Field-level checks of the basic fields: a message key per field in error. */
export function checkTemplateFields(fields: { code: string; firstYear: string; lastYear: string }): {
  code?: MessageKey;
  firstYear?: MessageKey;
  lastYear?: MessageKey;
} {
  const first = Number(fields.firstYear);
  const last = Number(fields.lastYear);
  const firstOk = fields.firstYear.trim() !== '' && Number.isInteger(first) && first >= 2000 && first <= 2100;
  const lastOk =
    fields.lastYear.trim() !== '' &&
    Number.isInteger(last) &&
    last <= 2100 &&
    (!firstOk || (last >= first && last - first <= 9));
  return {
    ...(fields.code.trim() !== '' && !CODE.test(fields.code.trim()) ? { code: 'institutionCodeInvalid' as const } : {}),
    ...(firstOk ? {} : { firstYear: 'firstYearInvalid' as const }),
    ...(lastOk ? {} : { lastYear: 'lastYearInvalid' as const }),
  };
}

export function TemplatesPanel({
  insert,
  onDownload,
  onError,
  mode,
  addGoalsItem,
  years,
  extraUnits = [],
}: TemplatesPanelProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const [institution, setInstitution] = useState('');
  const [code, setCode] = useState('');
  const [firstYear, setFirstYear] = useState(String(years?.from ?? FIRST_YEAR));
  const [lastYear, setLastYear] = useState(String(years?.to ?? FIRST_YEAR + 4));
  const [matrix, setMatrix] = useState<string>(WHOLE_SET);
  const [model, setModel] = useState<{ name: string; model: PomModel } | undefined>();
  const [modelProblems, setModelProblems] = useState<{ syntax: boolean; problems: ModelProblem[] } | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ key: MessageKey; data: Record<string, string> } | undefined>();
  const [conflict, setConflict] = useState<{ spec: WorkbookSpec; existing: string[] } | undefined>();
  const modelInput = useRef<HTMLInputElement>(null);
  const modelLabelId = useId();
  const modelStatusId = useId();

  const fieldErrors = checkTemplateFields({ code, firstYear, lastYear });
  const fieldsValid = Object.keys(fieldErrors).length === 0;
  const first = Number(firstYear);
  const last = Number(lastYear);

  const buildSpec = (): WorkbookSpec => {
    const full = model
      ? buildWorkbookSpec(model.model, extraUnits)
      : buildBlankSpec({
          years: Array.from({ length: last - first + 1 }, (_, i) => first + i),
          institution: { name: institution.trim(), code: code.trim() },
          extraUnits,
        });
    return matrix === WHOLE_SET ? full : selectMatrices(full, [matrix as MatrixType]);
  };

  const run = async (spec: WorkbookSpec, overwrite: boolean) => {
    setBusy(true);
    setDone(undefined);
    try {
      const outcome = await insert(spec, { overwrite });
      if (outcome.kind === 'conflict') setConflict({ spec, existing: outcome.existing });
      else if (outcome.kind === 'download') {
        onDownload(outcome.fileName, outcome.bytes);
        setDone({ key: 'downloaded', data: { name: outcome.fileName } });
      } else setDone({ key: 'inserted', data: { sheets: outcome.sheets.join(', ') } });
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  const readModel = async (file: File | undefined) => {
    if (!file) return;
    setDone(undefined);
    const result = readModelText(await file.text());
    if (result.ok) {
      setModel({ name: file.name, model: result.model });
      setModelProblems(undefined);
    } else {
      setModel(undefined);
      setModelProblems({ syntax: result.syntax, problems: result.problems });
    }
  };

  const problemText = (p: ModelProblem) =>
    p.path === undefined
      ? p.line !== undefined
        ? t('jsonSyntax', { line: p.line, column: p.column ?? 1 })
        : t('jsonSyntaxNoPosition')
      : t('modelIssue', { path: p.path, line: p.line ?? '?', message: p.message });

  return (
    <div className={styles.root}>
      <Text size={200}>{t('templatesIntro')}</Text>
      {model ? (
        <div className={styles.actions}>
          <Text size={200}>{t('modelLoaded', { name: model.name })}</Text>
        </div>
      ) : (
        <>
          <Field className={styles.fit} label={t('institution')} size="small">
            <Input
              className={styles.fit}
              size="small"
              value={institution}
              onChange={(_, d) => setInstitution(d.value)}
            />
          </Field>
          <Field
            className={styles.fit}
            label={t('institutionCode')}
            size="small"
            hint={fieldErrors.code ? undefined : t('institutionCodeHint')}
            validationState={fieldErrors.code ? 'error' : 'none'}
            validationMessage={fieldErrors.code && t(fieldErrors.code)}
          >
            <Input className={styles.fit} size="small" value={code} onChange={(_, d) => setCode(d.value)} />
          </Field>
          <div className={styles.years}>
            <Field
              className={styles.fit}
              label={t('firstYear')}
              size="small"
              validationState={fieldErrors.firstYear ? 'error' : 'none'}
              validationMessage={fieldErrors.firstYear && t(fieldErrors.firstYear)}
            >
              <Input
                className={styles.fit}
                size="small"
                type="number"
                value={firstYear}
                onChange={(_, d) => setFirstYear(d.value)}
              />
            </Field>
            <Field
              className={styles.fit}
              label={t('lastYear')}
              size="small"
              validationState={fieldErrors.lastYear ? 'error' : 'none'}
              validationMessage={fieldErrors.lastYear && t(fieldErrors.lastYear)}
            >
              <Input
                className={styles.fit}
                size="small"
                type="number"
                value={lastYear}
                onChange={(_, d) => setLastYear(d.value)}
              />
            </Field>
          </div>
        </>
      )}
      <Field className={styles.fit} label={t('matrixToInsert')} size="small">
        <Select className={styles.fit} size="small" value={matrix} onChange={(_, d) => setMatrix(d.value)}>
          <option value={WHOLE_SET}>{t('wholeSet')}</option>
          {(Object.keys(MATRIX_TITLES) as MatrixType[]).map((type) => (
            <option key={type} value={type}>
              {MATRIX_TITLES[type][language]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.model} role="group" aria-labelledby={modelLabelId}>
        <Text id={modelLabelId} weight="semibold" size={200}>
          {t('modelFile')}
        </Text>
        <Text size={200} className={styles.hint}>
          {t('modelHint')}
        </Text>
        <input
          ref={modelInput}
          className={styles.hidden}
          type="file"
          accept=".json,application/json"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="model-input"
          onChange={(e) => {
            void readModel(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <div className={styles.actions}>
          <Button
            size="small"
            onClick={() => modelInput.current?.click()}
            aria-describedby={modelStatusId}
            aria-invalid={modelProblems ? true : undefined}
          >
            {t('modelChoose')}
          </Button>
          {model && (
            <Button size="small" onClick={() => setModel(undefined)}>
              {t('modelClear')}
            </Button>
          )}
        </div>
        <div id={modelStatusId} className={modelProblems ? styles.error : styles.hint} data-testid="model-status">
          {modelProblems ? (
            <>
              {!modelProblems.syntax && t('modelIssues', { n: modelProblems.problems.length })}
              <ul className={styles.problems}>
                {modelProblems.problems.slice(0, 5).map((p, i) => (
                  <li key={i}>{problemText(p)}</li>
                ))}
              </ul>
            </>
          ) : model ? (
            t('modelLoaded', { name: model.name })
          ) : (
            t('modelNone')
          )}
        </div>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || (!model && !fieldsValid)}
          onClick={() => void run(buildSpec(), false)}
        >
          {mode === 'download' ? t('insertDownload') : t('insert')}
        </Button>
        {busy && <Spinner size="tiny" label={t('inserting')} />}
      </div>
      {conflict && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('conflict', { sheets: conflict.existing.join(', ') })}
            <div className={styles.actions}>
              <Button
                size="small"
                onClick={() => {
                  const { spec } = conflict;
                  setConflict(undefined);
                  void run(spec, true);
                }}
              >
                {t('replace')}
              </Button>
              <Button size="small" onClick={() => setConflict(undefined)}>
                {t('cancel')}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <MessageBar intent="success" data-testid="notice">
          <MessageBarBody>{t(done.key, done.data)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" aria-label={t('dismiss')} onClick={() => setDone(undefined)}>
              {t('close')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {addGoalsItem && <GoalsExtend add={addGoalsItem} onError={onError} />}
    </div>
  );
}
