import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { formatNumber, type CellValue } from '../../core';
import { cellReference } from '../format-value';
import type { CellPreview } from '../host';
import { useI18n } from '../i18n';

export interface CellPreviewGridProps {
  preview: CellPreview;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  table: { width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase100 },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  head: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: '1px 2px',
  },
  rowHead: { width: '2.5em' },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: '1px 3px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  target: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: '-2px',
    fontWeight: tokens.fontWeightSemibold,
  },
  related: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  value: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

function show(value: CellValue | undefined, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  if (typeof value === 'object') return value.error;
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

/** File mode's "go to the cell": a few rows and columns around it, the cell highlighted. */
export function CellPreviewGrid({ preview }: CellPreviewGridProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const ref = cellReference(preview.sheet, preview.range);
  return (
    <div className={styles.root} data-testid="cell-preview">
      {preview.grid && (
        <table className={styles.table}>
          <caption className={styles.caption}>{t('previewLabel', { ref })}</caption>
          <thead>
            <tr>
              <td className={mergeClasses(styles.head, styles.rowHead)} />
              {preview.grid.columns.map((col) => (
                <th key={col} scope="col" className={styles.head}>
                  {col}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.grid.rows.map(({ row, cells }) => (
              <tr key={row}>
                <th scope="row" className={mergeClasses(styles.head, styles.rowHead)}>
                  {row}
                </th>
                {cells.map((cell) => (
                  <td
                    key={cell.address}
                    className={mergeClasses(
                      styles.cell,
                      cell.role === 'target' && styles.target,
                      cell.role === 'related' && styles.related,
                    )}
                    title={`${cell.address}: ${show(cell.value, '')}${cell.formula ? ` (=${cell.formula})` : ''}`}
                    data-role={cell.role}
                  >
                    {show(cell.value, '')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className={styles.value}>
        {preview.grid ? '' : `${ref} — `}
        {t('cellValue')}: {show(preview.value, t('cellEmpty'))}
        {preview.formula ? ` · ${t('cellFormula')}: =${preview.formula}` : ''}
      </div>
      {preview.grid && <div>{t('previewHint')}</div>}
    </div>
  );
}
