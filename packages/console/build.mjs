// Bundles the officer console — React, its libraries and the page's own code — into dist/
// (console.js, console.css): the gateway serves them at /console/assets, so the console needs no
// network but the gateway's. The registered documents' ids are read from the operations manifest
// here, at build time: the console sends them by id, as the gateway's trusted documents expect.
import { readFileSync } from "node:fs";
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleForBrowser } from "../../scripts/browser-bundle.mjs";

const packageDir = dirname(fileURLToPath(import.meta.url));
const manifestFile = join(packageDir, "..", "operations", "manifest.json");
const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));

await bundleForBrowser(build, {
  packageDir,
  name: "console",
  entry: "main.tsx",
  inputs: [manifestFile],
  define: {
    FRONTERA_DOCUMENT_IDS: JSON.stringify(Object.fromEntries(manifest.operations.map(({ name, id }) => [name, id]))),
  },
});
