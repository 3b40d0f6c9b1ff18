import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Language = 'th' | 'en';

/** The texts of one page or component: Thai first, English with the same keys. */
export type Messages<K extends string> = { th: Record<K, string>; en: Record<K, string> };

const STORAGE_KEY = 'prongsai.language';

interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
}

const LanguageContext = createContext<LanguageState>({ language: 'th', setLanguage: () => undefined });

/** The language this browser's reader chose, if they ever did. */
export function chosenLanguage(): Language | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' || stored === 'th' ? stored : null;
  } catch {
    return null;
  }
}

/** Thai unless the reader chose English (kept in the browser, and in their profile when signed in). */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(() => chosenLanguage() ?? 'th');
  const setLanguage = useCallback((next: Language) => {
    setState(next);
    document.documentElement.lang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  document.documentElement.lang = language;
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/** Defines a component's texts; `useText(messages)` then gives the ones of the reader's language. */
export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

export function useText<K extends string>(messages: Messages<K>): Record<K, string> {
  return messages[useLanguage().language];
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
