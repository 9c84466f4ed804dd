import { useEffect } from "react";
import { useIntl } from "react-intl";
import { type MessageId } from "../i18n/messages-en";

/** The tab's title names the page, in the chosen language. */
export function usePageTitle(id: MessageId, detail?: string) {
  const intl = useIntl();
  useEffect(() => {
    const page = intl.formatMessage({ id });
    document.title = [detail, page, "Frontera"].filter(Boolean).join(" — ");
  }, [intl, id, detail]);
}
