/** Any failure → one sentence for the user, in the pane's language. Never a stack trace. */
import type { Language } from './i18n';

interface Bilingual {
  message: string;
  messageEn: string;
}

function isBilingual(error: unknown): error is Error & Bilingual {
  return error instanceof Error && typeof (error as Partial<Bilingual>).messageEn === 'string';
}

export function describeError(error: unknown, language: Language): string {
  if (isBilingual(error)) return language === 'en' ? error.messageEn : error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return language === 'en' ? `Unexpected error: ${detail}` : `Error inesperado: ${detail}`;
}
