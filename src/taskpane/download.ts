/** Saves bytes as a file through the browser's download (file mode only); `type` defaults to xlsx. */
export type SaveFile = (fileName: string, bytes: Uint8Array, type?: string) => void;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const browserSaveFile: SaveFile = (fileName, bytes, type = XLSX_MIME) => {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
