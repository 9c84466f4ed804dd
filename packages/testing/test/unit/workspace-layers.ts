import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parse } from "yaml";

/** packages/layers.json: the layers, bottom to top, each naming its packages. */
export interface Layers {
  layers: Array<{ name: string; packages: string[] }>;
}

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

export interface WorkspacePackage {
  name: string;
  /** Relative to the workspace root, e.g. `packages/database`. */
  dir: string;
  manifest: Manifest;
}

const DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"] as const;
const SOURCE_FILE = /\.(ts|tsx|js|mjs|cjs)$/;
const SKIPPED_DIRECTORIES = new Set(["node_modules", "dist", ".turbo"]);
// `from "@frontera/x"`, `import("@frontera/x")`, `require("@frontera/x")`, `jest.mock("@frontera/x")`, subpaths too
const WORKSPACE_SPECIFIER =
  /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|\bmock\s*\(\s*|^\s*import\s+)["'](@frontera\/[a-z0-9-]+)(?:\/[^"']*)?["']/gm;

/** The packages pnpm-workspace.yaml lists (`dir` or `dir/*` patterns). */
export function workspacePackages(root: string): WorkspacePackage[] {
  const { packages: patterns } = parse(readFileSync(join(root, "pnpm-workspace.yaml"), "utf8")) as {
    packages: string[];
  };
  const dirs = patterns.flatMap((pattern) => {
    if (!pattern.includes("*")) return [pattern];
    if (!/^[\w./-]+\/\*$/.test(pattern)) throw new Error(`workspace pattern "${pattern}" is not <dir> or <dir>/*`);
    const parent = pattern.slice(0, -2);
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`);
  });
  return dirs
    .filter((dir) => existsSync(join(root, dir, "package.json")))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")) as Manifest;
      return { name: manifest.name, dir, manifest };
    });
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED_DIRECTORIES.has(entry.name) ? [] : sourceFiles(join(directory, entry.name));
    return SOURCE_FILE.test(entry.name) ? [join(directory, entry.name)] : [];
  });
}

/** The workspace packages a source file names in its imports. */
export function importedPackages(source: string): string[] {
  return [...new Set([...source.matchAll(WORKSPACE_SPECIFIER)].map((match) => match[1]))];
}

/**
 * Every dependency (package.json, any field) and every `@frontera/*` import of every workspace
 * package that does not point to a lower layer, as one message each naming the file; also the
 * packages without a layer and imports a package.json does not declare. Empty when all is well.
 */
export function layerViolations(root: string, { layers }: Layers): string[] {
  const violations: string[] = [];
  const layerOf = new Map<string, number>();
  layers.forEach(({ name, packages }, index) => {
    for (const pkg of packages) {
      if (layerOf.has(pkg)) violations.push(`packages/layers.json: ${pkg} is in two layers`);
      layerOf.set(pkg, index);
    }
    if (packages.length === 0) violations.push(`packages/layers.json: layer "${name}" holds no package`);
  });
  const workspace = workspacePackages(root);
  const names = new Set(workspace.map((pkg) => pkg.name));
  for (const pkg of layerOf.keys()) {
    if (!names.has(pkg)) violations.push(`packages/layers.json: ${pkg} is not a workspace package`);
  }

  const check = (from: WorkspacePackage, to: string, where: string) => {
    // Another name (a typo, a fixture of a test) is no workspace package: tsc and pnpm judge it.
    if (to === from.name || !names.has(to)) return;
    const own = layerOf.get(from.name);
    const theirs = layerOf.get(to);
    if (own === undefined || theirs === undefined || theirs < own) return;
    const direction = theirs === own ? "its own layer" : "a layer above";
    violations.push(
      `${where}: ${from.name} (layer "${layers[own].name}") must not use ${to} (layer "${layers[theirs].name}", ${direction})`,
    );
  };

  for (const pkg of workspace) {
    if (!layerOf.has(pkg.name))
      violations.push(`${pkg.dir}/package.json: ${pkg.name} has no layer in packages/layers.json`);
    for (const field of DEPENDENCY_FIELDS) {
      for (const dependency of Object.keys(pkg.manifest[field] ?? {})) {
        if (dependency.startsWith("@frontera/")) check(pkg, dependency, `${pkg.dir}/package.json (${field})`);
      }
    }
    const declared = new Set(Object.keys(pkg.manifest.dependencies ?? {}));
    const declaredForTests = new Set([...declared, ...Object.keys(pkg.manifest.devDependencies ?? {})]);
    for (const file of sourceFiles(join(root, pkg.dir))) {
      const where = relative(root, file);
      const isTest = relative(join(root, pkg.dir), file).startsWith(`test/`);
      for (const imported of importedPackages(readFileSync(file, "utf8"))) {
        check(pkg, imported, where);
        if (imported !== pkg.name && names.has(imported) && !(isTest ? declaredForTests : declared).has(imported)) {
          const field = isTest ? "dependencies or devDependencies" : "dependencies";
          violations.push(`${where}: imports ${imported}, which ${pkg.dir}/package.json does not list in ${field}`);
        }
      }
    }
  }
  return violations;
}

/**
 * Differences between each TypeScript project's references and the workspace packages it depends
 * on that are TypeScript projects themselves (the root tsconfig.json lists them): `tsc -b`
 * builds a package's references first, so a missing one builds against a stale declaration.
 */
export function referenceViolations(root: string): string[] {
  const projects = (readJson(join(root, "tsconfig.json")) as { references: Array<{ path: string }> }).references.map(
    ({ path }) => path,
  );
  const workspace = workspacePackages(root);
  const dirOf = new Map(workspace.map((pkg) => [pkg.name, pkg.dir]));
  const violations: string[] = [];
  for (const pkg of workspace.filter((candidate) => projects.includes(candidate.dir))) {
    const tsconfig = join(root, pkg.dir, "tsconfig.json");
    const referenced = ((readJson(tsconfig) as { references?: Array<{ path: string }> }).references ?? []).map(
      ({ path }) => relative(root, resolve(dirname(tsconfig), path)),
    );
    const needed = Object.keys(pkg.manifest.dependencies ?? {})
      .map((name) => dirOf.get(name))
      .filter((dir): dir is string => dir !== undefined && projects.includes(dir));
    for (const dir of needed.filter((dir) => !referenced.includes(dir))) {
      violations.push(`${pkg.dir}/tsconfig.json: references no ${dir}, which ${pkg.name} depends on`);
    }
    for (const dir of referenced.filter((dir) => !needed.includes(dir))) {
      violations.push(`${pkg.dir}/tsconfig.json: references ${dir}, which ${pkg.name} does not depend on`);
    }
  }
  for (const pkg of workspace.filter((candidate) => !projects.includes(candidate.dir))) {
    const tsconfig = join(root, pkg.dir, "tsconfig.json");
    // A project that emits nothing (GraphiQL's bundle, type-checked on its own) is no build step.
    const emits =
      existsSync(tsconfig) &&
      !(readJson(tsconfig) as { compilerOptions?: { noEmit?: boolean } }).compilerOptions?.noEmit;
    if (emits) violations.push(`tsconfig.json: does not reference ${pkg.dir}, so tsc -b does not build it`);
  }
  return violations;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}
