import { type BusinessErrors, badUserInput } from "@frontera/federation";
import { z } from "zod";
import { type DisclosureWrite } from "./append-disclosures";

// The body of `POST /disclosures`. GraphQL used to type what the gateway sends (DisclosureInput);
// this schema does it now, as strictly: every field present, of its type, and nothing else. The
// text fields are no longer than the columns that store them (disclosure.entity.ts), so an
// overlong one is refused here, by name, on every database. What the checks of append-disclosures
// decide (hashes, scopes of the vocabulary, record types and keys, counts) is left to them.
const INT_MAX = 2 ** 31 - 1;

const scopeGrant = z.strictObject({ scope: z.string(), arrangementIds: z.array(z.string()) });
const recordsOfType = z.strictObject({ typeName: z.string(), scopes: z.array(z.string()), keys: z.array(z.string()) });
const entityCount = z.strictObject({ typeName: z.string(), count: z.int().min(0).max(INT_MAX) });

const disclosureWrite = z.strictObject({
  agency: z.string().min(1).max(16),
  subject: z.string().max(128),
  jti: z.string().max(64),
  operationName: z.string().max(200).nullable(),
  operationHash: z.string(),
  documentId: z.string().nullable(),
  scopes: z.array(z.string()),
  entityCounts: z.array(entityCount),
  grants: z.array(scopeGrant),
  records: z.array(recordsOfType),
}) satisfies z.ZodType<DisclosureWrite>;

const disclosureWriteBody = z.strictObject({ disclosures: z.array(disclosureWrite) });

// A body can be wrong in thousands of places; the first few name what to fix.
const MAX_PROBLEMS = 20;

/** `["disclosures", 2, "records", 0, "keys"]` → `disclosures[2].records[0].keys`. */
function fieldOf(path: ReadonlyArray<PropertyKey>): string {
  const text = path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("");
  return text.replace(/^\./, "") || "body";
}

/**
 * The disclosures of a parsed `POST /disclosures` body, or BAD_USER_INPUT naming each field that
 * is missing, of the wrong type, too long, or not a field at all.
 */
export function disclosuresOfBody(body: unknown): { disclosures: DisclosureWrite[] } | { refused: BusinessErrors } {
  const parsed = disclosureWriteBody.safeParse(body);
  if (parsed.success) return { disclosures: parsed.data.disclosures };
  const problems = parsed.error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ field: fieldOf([...issue.path, key]), message: "not a field of this object" }))
      : [{ field: fieldOf(issue.path), message: issue.message }],
  );
  return { refused: badUserInput(problems.slice(0, MAX_PROBLEMS)) };
}
