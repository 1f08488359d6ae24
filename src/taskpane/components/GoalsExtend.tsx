/**
 * "Ampliar la matriz de metas": adds a product or a subproduct to the goals matrix Planifica
 * generated, through the host (Excel only). Success is said under the buttons, with what is
 * left to the planner (a new product's programme code, when the matrix has several); failures
 * go to the pane's error bar like every other action.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { GoalsItem, GoalsItemOutcome } from '../host';
import { useI18n } from '../i18n';

export interface GoalsExtendProps {
  add: (item: GoalsItem) => Promise<GoalsItemOutcome>;
  onError: (error: unknown) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

const rowSpan = (rows: number[]) => (rows.length > 1 ? `${rows[0]}–${rows[rows.length - 1]}` : String(rows[0]));

export function GoalsExtend({ add, onError }: GoalsExtendProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ item: GoalsItem; outcome: GoalsItemOutcome } | undefined>();
  const titleId = useId();
  const hintId = useId();

  const run = async (item: GoalsItem) => {
    setBusy(true);
    setDone(undefined);
    try {
      setDone({ item, outcome: await add(item) });
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby={titleId} data-testid="goals-extend">
      <Text id={titleId} weight="semibold" size={200}>
        {t('extendTitle')}
      </Text>
      <Text id={hintId} size={200} className={styles.hint}>
        {t('extendHint')}
      </Text>
      <div className={styles.actions}>
        <Button size="small" disabled={busy} aria-describedby={hintId} onClick={() => void run('product')}>
          {t('addProduct')}
        </Button>
        <Button size="small" disabled={busy} aria-describedby={hintId} onClick={() => void run('subproduct')}>
          {t('addSubproduct')}
        </Button>
        {busy && <Spinner size="tiny" label={t('adding')} />}
      </div>
      {done && (
        <MessageBar intent={done.outcome.programmeCell ? 'warning' : 'success'} data-testid="extend-notice">
          <MessageBarBody>
            {t(done.item === 'product' ? 'productAdded' : 'subproductAdded', {
              sheet: done.outcome.sheet,
              rows: rowSpan(done.outcome.rows),
            })}
            {done.outcome.programmeCell && ` ${t('programmeNeeded', { cell: done.outcome.programmeCell })}`}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" aria-label={t('dismiss')} onClick={() => setDone(undefined)}>
              {t('close')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </section>
  );
}
