import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type Layers, importedPackages, layerViolations, referenceViolations } from "./workspace-layers";

const root = join(__dirname, "..", "..", "..", "..");
const layers = JSON.parse(readFileSync(join(root, "packages", "layers.json"), "utf8")) as Layers;

describe("the workspace's layers (packages/layers.json)", () => {
  it("every package depends on and imports packages of lower layers only, and declares what it imports", () => {
    expect(layerViolations(root, layers)).toEqual([]);
  });

  it("every TypeScript project references exactly the workspace projects it depends on", () => {
    expect(referenceViolations(root)).toEqual([]);
  });
});

describe("the layer check", () => {
  // A workspace of three layers: ids (bottom), db, app (top).
  const fixtureLayers: Layers = {
    layers: [
      { name: "ids", packages: ["@frontera/ids", "@frontera/codes"] },
      { name: "db", packages: ["@frontera/db"] },
      { name: "app", packages: ["@frontera/app"] },
    ],
  };
  let workspace: string;
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), content);
  };
  const pkg = (dir: string, name: string, dependencies: Record<string, string> = {}, extra = {}) =>
    write(`${dir}/package.json`, JSON.stringify({ name, dependencies, ...extra }));

  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), "frontera-layers-"));
    write("pnpm-workspace.yaml", "packages:\n  - app\n  - packages/*\n");
    pkg("packages/ids", "@frontera/ids");
    pkg("packages/codes", "@frontera/codes");
    pkg("packages/db", "@frontera/db", { "@frontera/ids": "workspace:*" });
    pkg("app", "@frontera/app", { "@frontera/db": "workspace:*", "@frontera/ids": "workspace:*" });
    write("packages/db/src/index.ts", `import { vin } from "@frontera/ids";\nexport const x = vin;\n`);
    write("app/src/index.ts", `import { x } from "@frontera/db";\nimport "@frontera/ids/extra";\n`);
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it("finds nothing wrong in a workspace that only looks down", () => {
    expect(layerViolations(workspace, fixtureLayers)).toEqual([]);
  });

  it("names the file of an upward import", () => {
    write("packages/db/src/pages.ts", `export { type Page } from "@frontera/app";\n`);
    expect(layerViolations(workspace, fixtureLayers)).toContainEqual(
      'packages/db/src/pages.ts: @frontera/db (layer "db") must not use @frontera/app (layer "app", a layer above)',
    );
  });

  it("names the package.json of an upward dependency, in any dependency field", () => {
    pkg("packages/ids", "@frontera/ids", {}, { devDependencies: { "@frontera/db": "workspace:*" } });
    expect(layerViolations(workspace, fixtureLayers)).toEqual([
      'packages/ids/package.json (devDependencies): @frontera/ids (layer "ids") must not use @frontera/db (layer "db", a layer above)',
    ]);
  });

  it("refuses an import within one layer", () => {
    pkg("packages/codes", "@frontera/codes", { "@frontera/ids": "workspace:*" });
    write("packages/codes/src/index.ts", `const ids = require("@frontera/ids");\n`);
    expect(layerViolations(workspace, fixtureLayers)).toContainEqual(
      'packages/codes/src/index.ts: @frontera/codes (layer "ids") must not use @frontera/ids (layer "ids", its own layer)',
    );
  });

  it("refuses a package no layer holds, and an import its package.json does not declare", () => {
    pkg("packages/extra", "@frontera/extra");
    write("app/test/app.test.ts", `import { codes } from "@frontera/codes";\n`);
    expect(layerViolations(workspace, fixtureLayers).sort()).toEqual([
      "app/test/app.test.ts: imports @frontera/codes, which app/package.json does not list in dependencies or devDependencies",
      "packages/extra/package.json: @frontera/extra has no layer in packages/layers.json",
    ]);
  });

  it("reads every form of import", () => {
    const source = [
      `import { a } from "@frontera/one";`,
      `import type { B } from '@frontera/two/sub/path';`,
      `export * from "@frontera/three";`,
      `const four = await import("@frontera/four");`,
      `const five = require( "@frontera/five" );`,
      `jest.mock("@frontera/six");`,
      `import "@frontera/seven";`,
      `// "@frontera/not-an-import" in a comment or a string is not read`,
    ].join("\n");
    expect(importedPackages(source)).toEqual([
      "@frontera/one",
      "@frontera/two",
      "@frontera/three",
      "@frontera/four",
      "@frontera/five",
      "@frontera/six",
      "@frontera/seven",
    ]);
  });
});
