/** The pane's words: Spanish first, English on request. `t(key, data)` fills {{placeholders}}. */
import { createContext, useContext } from 'react';
import { en } from './en';
import { es, type MessageKey } from './es';

export type Language = 'es' | 'en';
export type { MessageKey };
export type Translate = (key: MessageKey, data?: Record<string, string | number>) => string;

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { es, en };

export function translator(language: Language): Translate {
  const dictionary = DICTIONARIES[language];
  return (key, data) =>
    dictionary[key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      data && name in data ? String(data[name]) : whole,
    );
}

/** `key_one` for 1, `key_other` otherwise, with {{n}} filled. */
export function plural(t: Translate, key: string, n: number): string {
  return t(`${key}_${n === 1 ? 'one' : 'other'}` as MessageKey, { n });
}

export function parseLanguage(value: string | undefined | null): Language | undefined {
  return value === 'es' || value === 'en' ? value : undefined;
}

export const I18nContext = createContext<{ language: Language; t: Translate }>({
  language: 'es',
  t: translator('es'),
});

export function useI18n(): { language: Language; t: Translate } {
  return useContext(I18nContext);
}
