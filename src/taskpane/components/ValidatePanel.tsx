import { Button, makeStyles, MessageBar, MessageBarBody, ProgressBar, Text, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core';
import type { CellPreview, ValidationOutcome } from '../host';
import { useI18n } from '../i18n';
import { FindingsView } from './FindingsView';
import { MatrixList } from './MatrixList';

export interface ValidatePanelProps {
  outcome: ValidationOutcome | undefined;
  busy: boolean;
  /** Words for the progress indicator ("Leyendo el libro…", "Validando…"). */
  progress?: string;
  canValidate: boolean;
  onValidate: () => void;
  onSelect: (finding: Finding) => void;
  /** Excel: mark / clear marks; file mode: download the annotated copy. */
  markLabel: string;
  onMark: () => void;
  onClearMarks?: () => void;
  preview?: CellPreview;
  autoRevalidate: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  summary: { fontWeight: tokens.fontWeightSemibold },
  preview: { overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

function showValue(value: CellPreview['value'], empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  return typeof value === 'object' ? value.error : String(value);
}

export function ValidatePanel(props: ValidatePanelProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { outcome, busy } = props;
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || !props.canValidate} onClick={props.onValidate}>
          {outcome ? t('revalidate') : t('validate')}
        </Button>
        {outcome && outcome.findings.length > 0 && (
          <Button disabled={busy} onClick={props.onMark}>
            {props.markLabel}
          </Button>
        )}
        {outcome && props.onClearMarks && (
          <Button disabled={busy} onClick={props.onClearMarks}>
            {t('clearMarks')}
          </Button>
        )}
      </div>
      {busy && <ProgressBar aria-label={props.progress ?? t('validating')} />}
      {busy && props.progress && <Text size={200}>{props.progress}</Text>}
      {props.autoRevalidate && outcome && <Text size={200}>{t('autoRevalidate')}</Text>}
      {outcome && (
        <>
          <Text className={styles.summary} role="status" data-testid="summary">
            {t('summary', { ...outcome.summary })}
          </Text>
          <MatrixList matrices={outcome.matrices} />
          {props.preview && (
            <MessageBar intent="info">
              <MessageBarBody className={styles.preview} data-testid="cell-preview">
                {t('cellPreview', { sheet: props.preview.sheet, range: props.preview.range })} — {t('cellValue')}:{' '}
                {showValue(props.preview.value, t('cellEmpty'))}
                {props.preview.formula ? ` · ${t('cellFormula')}: =${props.preview.formula}` : ''}
              </MessageBarBody>
            </MessageBar>
          )}
          {outcome.findings.length === 0 ? (
            <Text>{t('noFindings')}</Text>
          ) : (
            <FindingsView findings={outcome.findings} onSelect={props.onSelect} />
          )}
        </>
      )}
    </div>
  );
}
