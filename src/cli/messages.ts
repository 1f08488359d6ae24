/**
 * Node's messages are English ("ENOENT: no such file or directory, open '…'"); the user reads
 * Spanish. One table for the file-system codes, and the length limit for echoed values.
 */

const FILE_SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'no existe',
  ENOTDIR: 'una parte de la ruta no es una carpeta',
  EISDIR: 'es una carpeta',
  EACCES: 'no hay permiso',
  EPERM: 'operación no permitida',
  EEXIST: 'ya existe',
  ENOSPC: 'no queda espacio en el disco',
  EDQUOT: 'se agotó la cuota de disco',
  EROFS: 'el disco es de solo lectura',
  EBUSY: 'el archivo está en uso',
  EMFILE: 'demasiados archivos abiertos',
  ENAMETOOLONG: 'el nombre es demasiado largo',
  ELOOP: 'demasiados enlaces simbólicos',
  EIO: 'error de entrada/salida del disco',
  EXDEV: 'no se puede mover entre discos',
};

/** A file-system failure as a short Spanish reason; unknown codes keep the code, not the text. */
export function describeFileSystemError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return FILE_SYSTEM_REASONS[code] ?? `error del sistema ${code}`;
  const text = error instanceof Error ? error.message : String(error);
  return clip(text.split('\n')[0].trim()) || 'error desconocido';
}

/** The most characters of a user's value a message repeats. */
export const MAX_ECHO = 80;

/** `text` cut to `max` characters with "…", on one line (control characters shown as spaces). */
export function clip(text: string, max = MAX_ECHO): string {
  // eslint-disable-next-line no-control-regex -- exactly the characters a terminal line must not carry
  const oneLine = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}
