import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { type RegisteredDocuments } from "@frontera/operations";

// The canonical operations, ready to run as GraphiQL's first tabs: their registered text, so the
// tabs run under TRUSTED_DOCUMENTS too.
const EXAMPLES = [
  { name: "ShipmentDossier", variables: '{ "port": "2304", "first": 10 }' },
  { name: "TravellerProfile", variables: '{ "id": "" }' },
  {
    name: "PortDashboard",
    variables: '{ "code": "2304", "from": "2026-09-01T00:00:00Z", "to": "2026-12-01T00:00:00Z" }',
  },
];

/** Where the bundled GraphiQL lies (packages/ide, built by `pnpm build`), or null when it was not built. */
export function ideAssetsDir(): string | null {
  const dir = join(dirname(require.resolve("@frontera/ide/package.json")), "dist");
  return existsSync(join(dir, "ide.js")) ? dir : null;
}

/** No script or style of the page comes from elsewhere, nor runs inline. */
export const IDE_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";

/**
 * GraphiQL's page: the bundle from /ide/assets, and its settings as JSON the bundle reads (a JSON
 * script block is data, not code: `<` is escaped so nothing in it can close the block).
 */
export function idePage(endpoint: string, assets: string, documents: RegisteredDocuments): string {
  const examples = EXAMPLES.map((example) => ({ ...example, query: documents.named(example.name).body }));
  const settings = JSON.stringify({ endpoint, examples }).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Frontera — GraphiQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${assets}/ide.css">
</head><body>
<div id="frontera-ide"></div>
<script type="application/json" id="frontera-ide-settings">${settings}</script>
<script src="${assets}/ide.js" defer></script>
</body></html>`;
}
