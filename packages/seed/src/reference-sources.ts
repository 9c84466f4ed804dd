import sourceFile from "./reference/sources.json";

// The sources reference facts cite (reference/sources.json) and how a fact's citations become
// Source records. A citation is a source id (the whole record rests on it) or { source, facts }
// (only the named facts do).

export interface SourceFact {
  title: string;
  publisher: string;
  /** As precise as the source states it: 2018-04-13, 2018-04 or 2018; null when it gives none. */
  publishedOn: string | null;
  /** Null where no public address was located; the note then says what is known. */
  url: string | null;
  note: string | null;
  /** The facts (fields) of the record this source supports; empty: the record as a whole. */
  facts: string[];
}

export type Citation = string | { source: string; facts: string[] };

interface CatalogueEntry {
  id: string;
  title: string;
  publisher: string;
  publishedOn: string | null;
  url: string | null;
  note?: string | null;
}

export const sourceCatalogue: ReadonlyMap<string, CatalogueEntry> = new Map(
  (sourceFile.sources as CatalogueEntry[]).map((entry) => [entry.id, entry]),
);

/**
 * The Source records of a fact: its own citations after those of its whole file, one record per
 * source (facts of repeated citations merged). Throws on an unknown source id, naming the fact.
 */
export function sourcesOf(fact: string, ...citationLists: (Citation[] | undefined)[]): SourceFact[] {
  const bySource = new Map<string, SourceFact>();
  for (const citation of citationLists.flatMap((list) => list ?? [])) {
    const id = typeof citation === "string" ? citation : citation.source;
    const entry = sourceCatalogue.get(id);
    if (!entry) throw new Error(`${fact}: cites unknown source ${id}`);
    const facts = typeof citation === "string" ? [] : citation.facts;
    const known = bySource.get(id);
    if (!known) {
      bySource.set(id, {
        title: entry.title,
        publisher: entry.publisher,
        publishedOn: entry.publishedOn,
        url: entry.url,
        note: entry.note ?? null,
        facts: [...facts],
      });
    } else if (known.facts.length > 0) {
      // Cited for the whole record once: it supports every fact.
      known.facts = facts.length === 0 ? [] : [...new Set([...known.facts, ...facts])];
    }
  }
  return [...bySource.values()];
}
