import { type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { NavLink } from "react-router";
import { type ConsoleMeQuery } from "@frontera/operations/src/generated/graphql";
import { useFormat } from "../i18n/format";
import { type Page, pagesOpenTo } from "../session/scopes";
import { useSession } from "../session/session";
import { LanguageSwitch } from "./language-switch";

const PATHS: Record<Page, string> = {
  port: "/port",
  shipment: "/shipment",
  traveller: "/traveller",
  arrangements: "/arrangements",
  disclosures: "/disclosures",
};

/** Header, navigation and the page: the same frame on every page. */
export function AppShell({ me, children }: { me: ConsoleMeQuery["me"]; children: ReactNode }) {
  const { claims, signOut } = useSession();
  const intl = useIntl();
  const format = useFormat();
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        <FormattedMessage id="shell.skip" />
      </a>
      <header className="shell-header">
        <span className="brand">
          Frontera <span className="brand-sub">{intl.formatMessage({ id: "shell.console" })}</span>
        </span>
        <nav aria-label={intl.formatMessage({ id: "shell.nav" })}>
          <ul>
            {pagesOpenTo(me.effectiveScopes).map((page) => (
              <li key={page}>
                <NavLink to={PATHS[page]}>
                  <FormattedMessage id={`nav.${page}`} />
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            <FormattedMessage
              id="shell.signedInAs"
              values={{ agency: me.agency?.code ?? "", kind: intl.formatMessage({ id: `kind.${me.kind}` }) }}
            />
            {claims && (
              <span className="hint">
                {" "}
                <FormattedMessage id="shell.until" values={{ time: format.time(claims.expiresAt.toISOString()) }} />
              </span>
            )}
          </span>
          <LanguageSwitch />
          <button type="button" onClick={() => signOut()}>
            <FormattedMessage id="shell.signOut" />
          </button>
        </div>
      </header>
      <main id="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
