import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { MATRIX_TITLES, type MatrixType } from '../../domain/matrix';
import { parseModelJson, type PomModel } from '../../domain/model';
import { buildBlankSpec, buildWorkbookSpec } from '../../templates/build';
import type { WorkbookSpec } from '../../templates/spec';
import type { InsertOutcome } from '../host';
import { useI18n } from '../i18n';
import { selectMatrices } from '../template-selection';

export interface TemplatesPanelProps {
  insert: (spec: WorkbookSpec, options: { overwrite: boolean }) => Promise<InsertOutcome>;
  /** Called with a generated workbook in file mode. */
  onDownload: (fileName: string, bytes: Uint8Array) => void;
  onError: (error: unknown) => void;
  /** "insert" in Excel, "download" in file mode (changes the button's words). */
  mode: 'insert' | 'download';
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  years: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalS },
  // Long option texts and number inputs must not widen a 320 px pane.
  fit: { minWidth: 0, maxWidth: '100%', width: '100%' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const WHOLE_SET = 'all';
const FIRST_YEAR = new Date().getFullYear() + 1;

export function TemplatesPanel({ insert, onDownload, onError, mode }: TemplatesPanelProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [institution, setInstitution] = useState('');
  const [firstYear, setFirstYear] = useState(String(FIRST_YEAR));
  const [lastYear, setLastYear] = useState(String(FIRST_YEAR + 4));
  const [matrix, setMatrix] = useState<string>(WHOLE_SET);
  const [model, setModel] = useState<{ name: string; model: PomModel } | undefined>();
  const [modelErrors, setModelErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const [conflict, setConflict] = useState<{ spec: WorkbookSpec; existing: string[] } | undefined>();

  const first = Number(firstYear);
  const last = Number(lastYear);
  const yearsValid =
    Number.isInteger(first) && Number.isInteger(last) && first >= 2000 && last <= 2100 && last >= first;

  const buildSpec = (): WorkbookSpec => {
    const full = model
      ? buildWorkbookSpec(model.model)
      : buildBlankSpec({
          years: Array.from({ length: last - first + 1 }, (_, i) => first + i),
          institution: { name: institution.trim(), code: '' },
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
        setDone(t('downloaded', { name: outcome.fileName }));
      } else setDone(t('inserted', { sheets: outcome.sheets.join(', ') }));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  const readModel = async (file: File | undefined) => {
    if (!file) return;
    const result = parseModelJson(await file.text());
    if (result.ok) {
      setModel({ name: file.name, model: result.model });
      setModelErrors([]);
    } else {
      setModel(undefined);
      setModelErrors(result.errors.slice(0, 5));
    }
  };

  return (
    <div className={styles.root}>
      <Text size={200}>{t('templatesIntro')}</Text>
      <Field
        className={styles.fit}
        label={t('modelFile')}
        size="small"
        validationMessage={modelErrors.join(' · ') || undefined}
      >
        <input type="file" accept=".json,application/json" onChange={(e) => void readModel(e.target.files?.[0])} />
      </Field>
      {model ? (
        <div className={styles.actions}>
          <Text size={200}>{t('modelLoaded', { name: model.name })}</Text>
          <Button size="small" onClick={() => setModel(undefined)}>
            {t('modelClear')}
          </Button>
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
          <div className={styles.years}>
            <Field className={styles.fit} label={t('firstYear')} size="small">
              <Input
                className={styles.fit}
                size="small"
                type="number"
                value={firstYear}
                onChange={(_, d) => setFirstYear(d.value)}
              />
            </Field>
            <Field className={styles.fit} label={t('lastYear')} size="small">
              <Input
                className={styles.fit}
                size="small"
                type="number"
                value={lastYear}
                onChange={(_, d) => setLastYear(d.value)}
              />
            </Field>
          </div>
          {!yearsValid && <Text size={200}>{t('yearsInvalid')}</Text>}
        </>
      )}
      <Field className={styles.fit} label={t('matrixToInsert')} size="small">
        <Select className={styles.fit} size="small" value={matrix} onChange={(_, d) => setMatrix(d.value)}>
          <option value={WHOLE_SET}>{t('wholeSet')}</option>
          {(Object.keys(MATRIX_TITLES) as MatrixType[]).map((type) => (
            <option key={type} value={type}>
              {MATRIX_TITLES[type].es}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || (!model && !yearsValid)}
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
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
