import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import "./page.css";
import { StrictMode, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";

// Kept for the browser tab only: a token is a credential, closing the tab forgets it.
const TOKEN_KEY = "frontera.token";

interface Example {
  name: string;
  query: string;
  variables: string;
}

/** Read from the page: the gateway writes its endpoint and the canonical operations into it. */
function pageSettings(): { endpoint: string; examples: Example[] } {
  const element = document.getElementById("frontera-ide-settings");
  return JSON.parse(element?.textContent ?? "{}");
}

function Ide() {
  const { endpoint, examples } = pageSettings();
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? "");
  const [applied, setApplied] = useState(token);
  // A new fetcher for a new token: GraphiQL introspects again, and the token's contract shows.
  const fetcher = useMemo(
    () => createGraphiQLFetcher({ url: endpoint, headers: applied ? { authorization: `Bearer ${applied}` } : {} }),
    [endpoint, applied],
  );
  const apply = () => {
    sessionStorage.setItem(TOKEN_KEY, token.trim());
    setApplied(token.trim());
  };
  return (
    <div className="frontera-ide">
      <form
        className="frontera-token"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <strong>Frontera</strong>
        <label htmlFor="frontera-token">Bearer token</label>
        <input
          id="frontera-token"
          type="password"
          autoComplete="off"
          value={token}
          placeholder="pnpm run --silent token issue --agency CBP --kind internal"
          onChange={(event) => setToken(event.target.value)}
        />
        <button type="submit">Use token</button>
        <span role="status">{applied ? "Schema: this token's contract" : "No token: paste one to explore"}</span>
      </form>
      {/* Tabs and history stay with the browser tab, like the token. */}
      <GraphiQL
        fetcher={fetcher}
        storage={sessionStorage}
        defaultTabs={examples.map(({ query, variables }) => ({ query, variables }))}
        // GraphiQL 4 opens its first tab without that tab's variables unless they are given here too.
        query={examples[0]?.query}
        variables={examples[0]?.variables}
        defaultEditorToolsVisibility="variables"
      />
    </div>
  );
}

createRoot(document.getElementById("frontera-ide")!).render(
  <StrictMode>
    <Ide />
  </StrictMode>,
);
