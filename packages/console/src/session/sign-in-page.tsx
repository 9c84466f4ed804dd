import { type FormEvent, useEffect, useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useNavigate } from "react-router";
import { LanguageSwitch } from "../layout/language-switch";
import { usePageTitle } from "../layout/page-title";
import { finishOidcSignIn, isOidcCallback, startOidcSignIn } from "./oidc";
import { useSession } from "./session";

/** The sign-in page: the staff's OpenID Connect provider, and outside production the development sign-in. */
export function SignInPage() {
  const { settings, signedOutReason } = useSession();
  const intl = useIntl();
  usePageTitle("signIn.title");
  return (
    <div className="sign-in">
      <header className="sign-in-header">
        <span className="brand">Frontera</span>
        <LanguageSwitch />
      </header>
      <main id="content" className="sign-in-main">
        <h1>
          <FormattedMessage id="signIn.title" />
        </h1>
        <p>
          <FormattedMessage id="signIn.intro" />
        </p>
        {signedOutReason !== "none" && (
          <p role="status" className="notice">
            <FormattedMessage id={signedOutReason === "expired" ? "signIn.expired" : "signIn.signedOut"} />
          </p>
        )}
        {settings.oidc && <OidcSignIn />}
        {settings.devSignIn && <DevSignIn roles={settings.devSignIn.roles} />}
        {!settings.oidc && !settings.devSignIn && (
          <p role="alert">{intl.formatMessage({ id: "signIn.unavailable" })}</p>
        )}
      </main>
    </div>
  );
}

function OidcSignIn() {
  const { settings, signIn } = useSession();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const oidc = settings.oidc!;
  const [finishing] = useState(isOidcCallback);
  // A code is exchanged once, even where React runs an effect twice (StrictMode in development).
  const exchanged = useRef(false);

  useEffect(() => {
    if (!finishing || exchanged.current) return;
    exchanged.current = true;
    finishOidcSignIn(oidc, settings.base).then(
      ({ token, returnTo }) => {
        signIn(token);
        navigate(returnTo, { replace: true });
      },
      (error: Error) => {
        setFailure(error.message);
        navigate("/", { replace: true });
      },
    );
  }, [finishing, oidc, settings.base, signIn, navigate]);

  return (
    <section className="card" aria-labelledby="oidc-title">
      <h2 id="oidc-title">
        <FormattedMessage id="signIn.oidc.title" />
      </h2>
      <button
        type="button"
        className="primary"
        disabled={finishing && !failure}
        onClick={() => startOidcSignIn(oidc, settings.base).catch((error: Error) => setFailure(error.message))}
      >
        <FormattedMessage id="signIn.oidc.button" values={{ provider: new URL(oidc.issuer).host }} />
      </button>
      {failure && (
        <p role="alert" className="error">
          <FormattedMessage id="signIn.failed" values={{ reason: failure }} />
        </p>
      )}
    </section>
  );
}

function DevSignIn({ roles }: { roles: string[] }) {
  const { settings, signIn } = useSession();
  const [role, setRole] = useState(roles[0]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const response = await fetch(`${settings.base}/dev-sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ role }),
      });
      const answer = (await response.json()) as { token?: string; error?: string };
      if (!answer.token) throw new Error(answer.error ?? response.statusText);
      signIn(answer.token);
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="dev-title">
      <h2 id="dev-title">
        <FormattedMessage id="signIn.dev.title" />
      </h2>
      <p className="hint">
        <FormattedMessage id="signIn.dev.hint" />
      </p>
      <fieldset>
        <legend>
          <FormattedMessage id="signIn.dev.role" />
        </legend>
        {roles.map((option) => (
          <label key={option} className="choice">
            <input type="radio" name="role" value={option} checked={role === option} onChange={() => setRole(option)} />
            <span>
              <strong>
                <FormattedMessage id={`role.${option as Role}`} />
              </strong>
              <span className="hint">
                <FormattedMessage id={`role.${option as Role}.hint`} />
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={busy}>
        <FormattedMessage id="signIn.dev.button" />
      </button>
      {failure && (
        <p role="alert" className="error">
          <FormattedMessage id="signIn.failed" values={{ reason: failure }} />
        </p>
      )}
    </form>
  );
}

type Role = "cbp-officer" | "anam-officer" | "auditor" | "arrangements-officer";
