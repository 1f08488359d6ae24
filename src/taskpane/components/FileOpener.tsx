import { Button, makeStyles, mergeClasses, shorthands, Text, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../i18n';

export interface FileOpenerProps {
  onFile: (name: string, bytes: Uint8Array) => void;
  /** Several files picked or dropped at once: the review of many (MultiReview). */
  onFiles?: (files: File[]) => void;
  fileName?: string;
  disabled?: boolean;
}

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: 'none' },
  name: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
});

/** A file input and a drop zone; hands the bytes up (reading the workbook is the host's job). */
export function FileOpener({ onFile, onFiles, fileName, disabled }: FileOpenerProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const take = async (files: File[]) => {
    if (files.length > 1 && onFiles) return onFiles(files);
    const file = files[0];
    if (!file) return;
    onFile(file.name, new Uint8Array(await file.arrayBuffer()));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) void take([...event.dataTransfer.files]);
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple={Boolean(onFiles)}
        accept={
          onFiles
            ? '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.csv,text/csv'
            : '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        }
        aria-label={t('openFile')}
        data-testid="file-input"
        onChange={(event) => {
          // Copied before the input is cleared (clearing empties its FileList).
          const files = event.target.files ? [...event.target.files] : [];
          event.target.value = ''; // opening the same file again must fire onChange again
          void take(files);
        }}
      />
      {/* Once a workbook is open, the annotated copy is the primary action. */}
      <Button
        appearance={fileName ? 'secondary' : 'primary'}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {t('openFile')}
      </Button>
      <Text size={200}>{t('dropHint')}</Text>
      {onFiles && <Text size={200}>{t('reviewHint')}</Text>}
      {fileName && <Text className={styles.name}>{t('openedFile', { name: fileName })}</Text>}
    </div>
  );
}
