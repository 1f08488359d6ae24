import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { RecognizedMatrix } from '../../rules/run';
import { useI18n } from '../i18n';

export interface MatrixListProps {
  matrices: readonly RecognizedMatrix[];
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  where: { color: tokens.colorNeutralForeground3 },
});

export function MatrixList({ matrices }: MatrixListProps) {
  const styles = useStyles();
  const { t } = useI18n();
  if (matrices.length === 0) return <Text size={200}>{t('noMatrices')}</Text>;
  return (
    <details>
      <summary>{t('matrices', { count: matrices.length })}</summary>
      <ul className={styles.list}>
        {matrices.map((m) => (
          <li key={`${m.sheet}!${m.range}:${m.type}`}>
            {m.title}{' '}
            <span className={styles.where}>
              — {m.sheet}!{m.range}
              {m.generated ? ` (${t('generated')})` : ''}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
