/**
 * Names as search keys: no accents, lower case, letters and digits only, so "Peña" and "PENA"
 * and "pena" meet. The alphabet of a key has no SQL wildcard (% or _) and no quote: a search
 * string can only ever be data.
 */
export function nameKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The distinct words of a name, as stored for prefix search. */
export function nameTokens(...names: string[]): string[] {
  return [...new Set(names.flatMap((name) => nameKey(name).split(" ")).filter(Boolean))];
}
