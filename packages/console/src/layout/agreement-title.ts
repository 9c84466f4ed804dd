import { useLanguage } from "../i18n/locale";

/** An agreement's title in the chosen language: the graph keeps the Spanish one where there is one. */
export function useAgreementTitle() {
  const { language } = useLanguage();
  return (agreement: { title: string; titleEs?: string | null }) =>
    language === "es" && agreement.titleEs ? agreement.titleEs : agreement.title;
}
