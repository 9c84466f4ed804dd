import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, print } from "graphql";
import { LRUCache } from "lru-cache";

/** One operation of the trusted-documents manifest (Apollo's persisted query manifest format). */
export interface RegisteredDocument {
  /** SHA-256 of `body`, in hex: what a client sends as `documentId` or `persistedQuery.sha256Hash`. */
  id: string;
  name: string;
  type: "query" | "mutation" | "subscription";
  body: string;
}

export interface PersistedQueryManifest {
  format: "apollo-persisted-query-manifest";
  version: 1;
  operations: RegisteredDocument[];
}

/** Where the manifest lies: next to src/ and dist/ alike. */
export const MANIFEST_FILE = join(__dirname, "..", "manifest.json");

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The committed manifest (packages/operations/generate.mjs writes it from operations/*.graphql). */
export function readManifest(file = MANIFEST_FILE): PersistedQueryManifest {
  const manifest = JSON.parse(readFileSync(file, "utf8")) as PersistedQueryManifest;
  if (manifest.format !== "apollo-persisted-query-manifest" || manifest.version !== 1) {
    throw new Error(`${file} is not a persisted query manifest of version 1`);
  }
  return manifest;
}

// Texts clients send all day: each one's registered document (or none) is worked out once.
const MAX_REMEMBERED_TEXTS = 1_000;
const NONE = "none";

/**
 * The registered documents, found by id, by name, or by text. A text counts as registered when it
 * is the registered body, or prints to it (graphql-js `print`): layout, commas and comments aside,
 * the very same tokens. So a typed document of this package, GraphiQL's example tabs and the
 * `.graphql` sources all count, and no other operation does.
 */
export class RegisteredDocuments {
  private readonly byId = new Map<string, RegisteredDocument>();
  private readonly byName = new Map<string, RegisteredDocument>();
  // The text's registered document, or NONE (lru-cache keeps no null).
  private readonly texts = new LRUCache<string, RegisteredDocument | typeof NONE>({ max: MAX_REMEMBERED_TEXTS });
  /** A text much longer than every registered body is none of them (and is neither parsed nor kept). */
  private readonly longest: number;

  constructor(readonly manifest: PersistedQueryManifest = readManifest()) {
    for (const document of manifest.operations) {
      this.byId.set(document.id, document);
      this.byName.set(document.name, document);
    }
    this.longest = Math.max(0, ...manifest.operations.map((document) => document.body.length));
  }

  withId(id: string): RegisteredDocument | undefined {
    return this.byId.get(id);
  }

  named(name: string): RegisteredDocument {
    const document = this.byName.get(name);
    if (!document) throw new Error(`no registered operation ${name}`);
    return document;
  }

  /** The registered document this text is, or null. Text that does not parse is no document. */
  ofText(text: string): RegisteredDocument | null {
    if (text.length > 4 * this.longest) return null;
    let known = this.texts.get(text);
    if (known === undefined) {
      known = this.byId.get(sha256(text)) ?? this.byPrintedText(text) ?? NONE;
      this.texts.set(text, known);
    }
    return known === NONE ? null : known;
  }

  /** The registered document whose body the text prints to (layout and comments aside). */
  private byPrintedText(text: string): RegisteredDocument | undefined {
    try {
      return this.byId.get(sha256(print(parse(text, { maxTokens: 10_000 }))));
    } catch {
      return undefined;
    }
  }
}
