import { useIntl } from "react-intl";
import { type Language, useLanguage } from "../i18n/locale";

const NAMES: Record<Language, string> = { en: "English", es: "Español" };

/** Each language named in itself, so an officer finds theirs whatever the page is in. */
export function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  const intl = useIntl();
  return (
    <div className="language-switch" role="group" aria-label={intl.formatMessage({ id: "language.label" })}>
      {(Object.keys(NAMES) as Language[]).map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={language === option}
          onClick={() => setLanguage(option)}
        >
          {NAMES[option]}
        </button>
      ))}
    </div>
  );
}
