/**
 * Node's messages are English ("ENOENT: no such file or directory, open '…'"); the user reads
 * Spanish. One table for the file-system codes, and the length limit for echoed values.
 */
import { clip } from '../domain/model-errors';

export { MAX_ECHO, clip } from '../domain/model-errors';

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
