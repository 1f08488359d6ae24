import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { MATRIX_TITLES } from '../../domain/matrix';
import type { RecognizedMatrix } from '../../rules/run';
import { cellReference } from '../format-value';
import { useI18n } from '../i18n';

export interface MatrixListProps {
  matrices: readonly RecognizedMatrix[];
  /** Open at first (the success state says what was checked). */
  open?: boolean;
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  where: { color: tokens.colorNeutralForeground2 },
});

export function MatrixList({ matrices, open }: MatrixListProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  if (matrices.length === 0) return <Text size={200}>{t('noMatrices')}</Text>;
  return (
    <details open={open}>
      <summary>{t('matrices', { count: matrices.length })}</summary>
      <ul className={styles.list} data-testid="matrices">
        {matrices.map((m) => (
          <li key={`${m.sheet}!${m.range}:${m.type}`}>
            {MATRIX_TITLES[m.type]?.[language] ?? m.title}{' '}
            <span className={styles.where}>
              — {cellReference(m.sheet, m.range)}
              {m.generated ? ` (${t('generated')})` : ''}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
