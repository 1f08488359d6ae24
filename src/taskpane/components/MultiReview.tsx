/**
 * File mode with several workbooks (like `planifica review`): each file is read and validated in
 * turn, a progress line says which, and only what the report needs is kept. Then the summary (one
 * row per workbook, unreadable ones with their reason), the findings counted by rule, and the
 * report to download as the command line writes it. Choosing a row opens that workbook in the
 * usual single-file view (the pane keeps the File and reads it again).
 *
 * The reading, the rules' glue and the report come in their own chunk (file-review-lazy.ts), the
 * xlsx writer with ExcelJS only to download.
 */
import { Button, makeStyles, mergeClasses, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { planLabel } from '../../domain/review/identity';
import { describeRule } from '../../domain/review/links';
import { topProblem, type ReviewReport, type WorkbookReview } from '../../domain/review/report';
import type { SaveFile } from '../download';
import { distinctNames } from '../distinct-names';
import { isCeilingsFile, readCeilingsText, splitCeilingsFile } from '../review-ceilings';
import { describeError } from '../errors';
import type { FileReviewer, ReportFormat } from '../hosts/file-review';
import { lazyFileReviewer } from '../hosts/file-review-lazy';
import { useI18n } from '../i18n';

export interface MultiReviewProps {
  files: readonly File[];
  /** Open one workbook of the review in the single-file view. */
  onOpen: (file: File) => void;
  saveFile: SaveFile;
  /** Kept mounted (and its results with it) while one workbook is shown. */
  hidden?: boolean;
  reviewer?: FileReviewer;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  hidden: { display: 'none' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  status: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    minWidth: '100%',
    '& th, & td': {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    '& th': { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  },
  row: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
  num: { textAlign: 'right', whiteSpace: 'nowrap' },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  unreadable: { color: tokens.colorPaletteDarkOrangeForeground1 },
  fileButton: {
    minWidth: '9em',
    padding: 0,
    justifyContent: 'flex-start',
    textAlign: 'left',
    height: 'auto',
    color: tokens.colorBrandForeground1,
    textDecorationLine: 'underline',
  },
  wide: { minWidth: '12em' },
  rule: { color: tokens.colorNeutralForeground3 },
});

type Progress = { n: number; total: number; name: string };

/** Lets the browser paint the progress line between two workbooks. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function MultiReview({ files, onOpen, saveFile, hidden, reviewer: given }: MultiReviewProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const reviewer = useMemo(() => given ?? lazyFileReviewer(), [given]);
  // The workbooks among the files (a techos CSV aside), each with a label of its own.
  const { workbooks, labels } = useMemo(() => {
    const books = files.filter((file) => !isCeilingsFile(file.name));
    return { workbooks: books, labels: distinctNames(books.map((file) => file.name)) };
  }, [files]);
  const [progress, setProgress] = useState<Progress | undefined>();
  const [report, setReport] = useState<ReviewReport | undefined>();
  const [failure, setFailure] = useState<unknown>();
  const [saved, setSaved] = useState<string | undefined>();
  const [writing, setWriting] = useState(false);
  const [ceilingsUsed, setCeilingsUsed] = useState<{ name: string; n: number } | undefined>();

  useEffect(() => {
    let cancelled = false;
    setReport(undefined);
    setFailure(undefined);
    setSaved(undefined);
    setCeilingsUsed(undefined);
    const run = async () => {
      const reviews: WorkbookReview[] = [];
      // A techos CSV among the files checks each programme's budget against its ceiling.
      const ceilingsFile = splitCeilingsFile(files).ceilings;
      const ceilings = ceilingsFile ? readCeilingsText(ceilingsFile.name, await ceilingsFile.text()) : [];
      if (ceilingsFile && !cancelled) setCeilingsUsed({ name: ceilingsFile.name, n: ceilings.length });
      for (const [i, file] of workbooks.entries()) {
        const name = labels[i];
        setProgress({ n: i + 1, total: workbooks.length, name });
        await nextFrame();
        if (cancelled) return;
        // One file's bytes at a time: they and the snapshot go once the workbook is validated.
        let review: WorkbookReview;
        try {
          review = await reviewer.review(name, new Uint8Array(await file.arrayBuffer()), ceilings);
        } catch (error) {
          review = { file: name, status: 'unreadable', reason: describeError(error, 'es') };
        }
        reviews.push(review);
      }
      const done = await reviewer.report(reviews);
      if (!cancelled) setReport(done);
    };
    run()
      .catch((error: unknown) => !cancelled && setFailure(error))
      .finally(() => !cancelled && setProgress(undefined));
    return () => {
      cancelled = true;
    };
  }, [files, workbooks, labels, reviewer]);

  const download = async (format: ReportFormat) => {
    if (!report) return;
    setWriting(true);
    setSaved(undefined);
    try {
      const file = await reviewer.write(report, format);
      saveFile(file.fileName, file.bytes, file.type);
      setSaved(file.fileName);
    } catch (error) {
      setFailure(error);
    } finally {
      setWriting(false);
    }
  };

  const byName = new Map(workbooks.map((file, i) => [labels[i], file]));
  const open = (name: string) => {
    const file = byName.get(name);
    if (file) onOpen(file);
  };

  const status = progress
    ? t('reviewProgress', { n: progress.n, total: progress.total, name: progress.name })
    : report
      ? t('reviewDone', {
          total: report.totals.workbooks,
          withErrors: report.totals.withErrors,
          unreadable: report.totals.unreadable,
        })
      : '';

  return (
    <section
      className={mergeClasses(styles.root, hidden && styles.hidden)}
      aria-labelledby="review-title"
      data-testid="review"
    >
      <h2 id="review-title" className={styles.heading}>
        {t('reviewTitle', { n: workbooks.length })}
      </h2>
      <Text role="status" aria-live="polite" className={styles.status} data-testid="review-progress">
        {status}
      </Text>
      {ceilingsUsed && (
        <Text size={200} data-testid="review-ceilings">
          {t('reviewCeilings', ceilingsUsed)}
        </Text>
      )}
      {progress && <ProgressBar value={(progress.n - 1) / progress.total} aria-label={status} thickness="large" />}
      {failure !== undefined && (
        <Text role="alert" className={styles.error}>
          {describeError(failure, language)}
        </Text>
      )}
      {report && (
        <>
          <Text data-testid="review-totals">{t('reviewTotals', { ...report.totals })}</Text>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={writing} onClick={() => void download('xlsx')}>
              {t('reviewDownloadXlsx')}
            </Button>
            <Button disabled={writing} onClick={() => void download('html')}>
              {t('reviewDownloadHtml')}
            </Button>
          </div>
          {saved && <Text data-testid="review-saved">{t('reviewReady', { name: saved })}</Text>}
          <h3 className={styles.subheading} id="review-table-title">
            {t('reviewTable')}
          </h3>
          <Text size={200}>{t('reviewOpenHint')}</Text>
          <div className={styles.scroll} role="region" aria-labelledby="review-table-title" tabIndex={0}>
            <table className={styles.table} data-testid="review-table">
              <thead>
                <tr>
                  <th scope="col">{t('reviewColFile')}</th>
                  <th scope="col">{t('reviewColInstitution')}</th>
                  <th scope="col">{t('reviewColPlan')}</th>
                  <th scope="col">{t('reviewColErrors')}</th>
                  <th scope="col">{t('reviewColWarnings')}</th>
                  <th scope="col">{t('reviewColInfos')}</th>
                  <th scope="col">{t('reviewColTop')}</th>
                </tr>
              </thead>
              <tbody>
                {report.workbooks.map((w, i) => {
                  const name = (
                    <th scope="row">
                      <Button
                        appearance="transparent"
                        size="small"
                        className={styles.fileButton}
                        onClick={(event) => {
                          event.stopPropagation(); // the row's own click opens it too
                          open(w.file);
                        }}
                      >
                        {w.file}
                      </Button>
                    </th>
                  );
                  if (w.status === 'unreadable') {
                    return (
                      <tr key={i} data-testid="review-row">
                        {name}
                        <td colSpan={6} className={styles.unreadable}>
                          {t('reviewUnreadable', { reason: w.reason })}
                        </td>
                      </tr>
                    );
                  }
                  const top = topProblem(w);
                  const institution = [w.identity.code, w.identity.name].filter(Boolean).join(' ');
                  return (
                    <tr key={i} className={styles.row} data-testid="review-row" onClick={() => open(w.file)}>
                      {name}
                      <td className={styles.wide}>{institution}</td>
                      <td>{planLabel(w.identity)}</td>
                      <td className={mergeClasses(styles.num, w.summary.errors > 0 && styles.error)}>
                        {w.summary.errors}
                      </td>
                      <td className={styles.num}>{w.summary.warnings}</td>
                      <td className={styles.num}>{w.summary.infos}</td>
                      <td className={styles.wide}>
                        {top && (
                          <>
                            {describeRule(report, top.rule)} ({top.count})
                          </>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <h3 className={styles.subheading} id="review-rules-title">
            {t('reviewByRule')}
          </h3>
          {report.byRule.length === 0 ? (
            <Text>{t('reviewNoFindings')}</Text>
          ) : (
            <div className={styles.scroll} role="region" aria-labelledby="review-rules-title" tabIndex={0}>
              <table className={styles.table} data-testid="review-rules">
                <thead>
                  <tr>
                    <th scope="col">{t('reviewColRule')}</th>
                    <th scope="col">{t('reviewColFindings')}</th>
                    <th scope="col">{t('reviewColWorkbooks')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.byRule.map((r) => (
                    <tr key={r.rule} data-testid="review-rule">
                      <td className={styles.wide}>
                        {r.description} <span className={styles.rule}>({r.rule})</span>
                      </td>
                      <td className={styles.num}>{r.findings}</td>
                      <td className={styles.num}>{r.workbooks}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
