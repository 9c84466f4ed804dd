import { badUserInput } from "./input-errors";

// A global id is base64url (no padding) of `v1:<Type>:<natural key>` (docs/global-ids.md). The
// version lets a later format live beside this one; the type makes the id unique across the graph
// and tells `node(id:)` which subgraph owns the row without reading any database. Clients must
// treat it as opaque: the natural keys stay fields of their own.
const VERSION = "v1";
const TYPE_NAME = /^[A-Z][A-Za-z]{1,63}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** Natural keys are codes, slugs, control numbers and UUIDs: short, printable, no spaces. */
const NATURAL_KEY = /^[\x21-\x7e]{1,64}$/;
/** Longest id this format can produce, with room: anything longer is refused before decoding. */
export const MAX_GLOBAL_ID_LENGTH = 200;

export interface GlobalId {
  typeName: string;
  key: string;
}

export function encodeGlobalId(typeName: string, key: string): string {
  return Buffer.from(`${VERSION}:${typeName}:${key}`, "utf8").toString("base64url");
}

/** The type and natural key inside a global id; null for anything this graph never issued. */
export function decodeGlobalId(id: string): GlobalId | null {
  if (id.length === 0 || id.length > MAX_GLOBAL_ID_LENGTH || !BASE64URL.test(id)) return null;
  const text = Buffer.from(id, "base64url").toString("utf8");
  // Re-encoding must give the same id back: one row has exactly one id, so ids compare as strings.
  if (Buffer.from(text, "utf8").toString("base64url") !== id) return null;
  const [version, typeName, ...rest] = text.split(":");
  const key = rest.join(":");
  if (version !== VERSION || !TYPE_NAME.test(typeName ?? "") || !NATURAL_KEY.test(key)) return null;
  return { typeName: typeName!, key };
}

function malformed(argument: string): Error {
  return badUserInput([{ field: argument, message: "is not an id this graph issued" }]);
}

/**
 * The global id in a `node(id:)`-style argument: BAD_USER_INPUT naming the argument when the
 * value is not one, or names a type outside `knownTypes`.
 */
export function globalIdArgument(value: string, argument: string, knownTypes: ReadonlySet<string>): GlobalId {
  const decoded = decodeGlobalId(value);
  if (!decoded || !knownTypes.has(decoded.typeName)) throw malformed(argument);
  return decoded;
}

/**
 * The natural key a lookup argument names. Lookups that took a natural key before ids were global
 * (`traveller(id:)`, `agreement(id:)`) take either: a value that decodes to an id of `typeName`
 * gives its key; one that decodes to another type's id is BAD_USER_INPUT; anything else is taken
 * as the natural key itself. No natural key of this graph decodes as an id (a `v1:` prefix and a
 * type name would have to come out of its base64 reading).
 */
export function naturalKeyArgument(value: string, typeName: string, argument: string): string {
  const decoded = decodeGlobalId(value);
  if (!decoded) return value;
  if (decoded.typeName !== typeName) {
    throw badUserInput([{ field: argument, message: `is the id of a ${decoded.typeName}, not of a ${typeName}` }]);
  }
  return decoded.key;
}
