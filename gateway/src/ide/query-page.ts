import { PORT_DASHBOARD, SHIPMENT_DOSSIER, TRAVELLER_PROFILE } from "./canonical-operations";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const EXAMPLES: Record<string, { query: string; variables: string }> = {
  ShipmentDossier: { query: SHIPMENT_DOSSIER, variables: '{ "port": "2304", "first": 10 }' },
  TravellerProfile: { query: TRAVELLER_PROFILE, variables: '{ "id": "" }' },
  PortDashboard: {
    query: PORT_DASHBOARD,
    variables: '{ "code": "2304", "from": "2026-09-01T00:00:00Z", "to": "2026-12-01T00:00:00Z" }',
  },
};

/**
 * A query page that needs nothing from the internet (Apollo's landing page loads from a CDN and
 * fails offline): one HTML file, no script or style from elsewhere, the canonical operations as
 * examples, a field for the bearer token. Served in development only.
 */
export function queryPage(endpoint: string): string {
  const options = Object.keys(EXAMPLES)
    .map((name) => `<option>${name}</option>`)
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Frontera — query</title>
<style>
body{font:14px system-ui,sans-serif;margin:0;display:grid;grid-template-rows:auto 1fr;height:100vh}
header{display:flex;gap:.5rem;align-items:center;padding:.5rem;background:#16324f;color:#fff}
header input{flex:1;font:12px monospace}
main{display:grid;grid-template-columns:1fr 1fr;gap:.5rem;padding:.5rem;min-height:0}
textarea,pre{font:12px/1.4 monospace;margin:0;border:1px solid #ccc;padding:.5rem;overflow:auto}
section{display:grid;grid-template-rows:3fr 1fr;gap:.5rem;min-height:0}
</style></head>
<body>
<header><strong>Frontera</strong>
<select id="example">${options}</select>
<input id="token" placeholder="Bearer token (pnpm run --silent token issue …)">
<button id="run">Run ▶</button></header>
<main><section><textarea id="query" spellcheck="false"></textarea>
<textarea id="variables" spellcheck="false"></textarea></section>
<pre id="result">Pick an example, paste a token, run.</pre></main>
<script>
const examples = ${JSON.stringify(EXAMPLES).replace(/</g, "\\u003c")};
const $ = (id) => document.getElementById(id);
const show = (name) => { $("query").value = examples[name].query.trim(); $("variables").value = examples[name].variables; };
$("example").onchange = (event) => show(event.target.value);
$("token").value = sessionStorage.getItem("frontera-token") || "";
$("run").onclick = async () => {
  sessionStorage.setItem("frontera-token", $("token").value.trim());
  $("result").textContent = "…";
  try {
    const response = await fetch(${JSON.stringify(endpoint)}, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer " + $("token").value.trim() },
      body: JSON.stringify({ query: $("query").value, variables: JSON.parse($("variables").value || "{}") }),
    });
    $("result").textContent = response.status + "\\n" + JSON.stringify(await response.json(), null, 2);
  } catch (error) { $("result").textContent = String(error); }
};
show("ShipmentDossier");
</script>
<noscript>${escape("This page needs JavaScript; or POST to " + endpoint)}</noscript>
</body></html>`;
}
