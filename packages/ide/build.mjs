// Bundles GraphiQL, React and the page's own code into dist/ (ide.js, ide.css, fonts): the gateway
// serves them from there, so the IDE works with no network but the gateway's.
import { build } from "esbuild";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleForBrowser } from "../../scripts/browser-bundle.mjs";

await bundleForBrowser(build, {
  packageDir: dirname(fileURLToPath(import.meta.url)),
  name: "ide",
  entry: "ide.tsx",
  loader: { ".woff": "file", ".woff2": "file", ".ttf": "file", ".svg": "dataurl", ".png": "dataurl" },
});
