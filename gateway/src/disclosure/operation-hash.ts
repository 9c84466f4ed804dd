import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";

// Partners send the same few operations all day: their hashes are worked out once.
const hashes = new LRUCache<string, string>({ max: 1_000 });

/** The SHA-256 of an operation's text, in hex: what the disclosure log and the plan cache key it by. */
export function operationHash(source: string): string {
  let hash = hashes.get(source);
  if (!hash) {
    hash = createHash("sha256").update(source).digest("hex");
    hashes.set(source, hash);
  }
  return hash;
}
