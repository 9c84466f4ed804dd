import { type ReactNode, createContext, useContext, useEffect, useMemo, useState } from "react";
import { IntlProvider } from "react-intl";
import { type MessageId, en } from "./messages-en";
import { es } from "./messages-es";

// The catalogs are typed: react-intl accepts only ids of the English catalog, and the Spanish one
// must have every one of them (see messages-es.ts).
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}

/**
 * The console's languages, each with the locale its dates and numbers follow: US English, and the
 * Spanish of Mexico (ANAM's officers; es-MX groups thousands as officers there write them).
 */
export const LOCALES = { en: "en-US", es: "es-MX" } as const;
export type Language = keyof typeof LOCALES;

const CATALOGS: Record<Language, Record<MessageId, string>> = { en, es };
// The choice outlives the session: it is a preference, not a credential.
const LANGUAGE_KEY = "frontera.console.language";

function initialLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  if (stored === "en" || stored === "es") return stored;
  return navigator.language.toLowerCase().startsWith("es") ? "es" : "en";
}

const LanguageContext = createContext<{ language: Language; setLanguage(language: Language): void } | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  useEffect(() => {
    localStorage.setItem(LANGUAGE_KEY, language);
    // Screen readers pick their voice, and the browser its hyphenation, from the page's lang.
    document.documentElement.lang = LOCALES[language];
  }, [language]);
  const value = useMemo(() => ({ language, setLanguage }), [language]);
  return (
    <LanguageContext.Provider value={value}>
      <IntlProvider locale={LOCALES[language]} defaultLocale="en-US" messages={CATALOGS[language]}>
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}

export function useLanguage() {
  const context = useContext(LanguageContext);
  if (!context) throw new Error("useLanguage outside LocaleProvider");
  return context;
}
