import "./console.css";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { App } from "./app";
import { GraphRequestError } from "./graphql/run-operation";
import { LocaleProvider } from "./i18n/locale";
import { SessionProvider } from "./session/session";
import { readSettings } from "./settings";

const settings = readSettings();

// Retried: a gateway busy for a moment (429, 503) or unreachable. Not retried: a refusal, which
// asking again would only repeat.
const RETRIED = new Set(["RATE_LIMITED", "SERVICE_UNAVAILABLE", "HTTP_502", "HTTP_503", "HTTP_504"]);
const queries = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => failures < 3 && (!(error instanceof GraphRequestError) || RETRIED.has(error.code)),
    },
  },
});

createRoot(document.getElementById("frontera-console")!).render(
  <StrictMode>
    <LocaleProvider>
      <QueryClientProvider client={queries}>
        <BrowserRouter basename={settings.base}>
          <SessionProvider settings={settings}>
            <App />
          </SessionProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </LocaleProvider>
  </StrictMode>,
);
