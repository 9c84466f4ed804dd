import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  type SourceFact,
  agencyFacts,
  agreementFacts,
  portFacts,
  programFacts,
  programSiteFacts,
  sourceCatalogue,
} from "../../src";

// Every reference fact cites a public source (or, where none was found, the team's notes with a
// note saying so). These tests walk the files themselves, so a fact added without a source fails
// here by name, before it reaches the graph.

const REFERENCE_DIR = join(__dirname, "../../src/reference");
type Json = Record<string, unknown>;
type Citation = string | { source: string; facts: string[] };

const files: [string, Json][] = readdirSync(REFERENCE_DIR)
  .filter((name) => name.endsWith(".json") && name !== "sources.json")
  .map((name) => [name, JSON.parse(readFileSync(join(REFERENCE_DIR, name), "utf8")) as Json]);

const isRecord = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const citationsOf = (record: Json): Citation[] => (record.sources as Citation[] | undefined) ?? [];
const nameOf = (record: Json): string => String(record.id ?? record.code ?? record.taxon ?? "?");

interface CitedFact {
  /** e.g. "ports.json port 2402" or "ports.json port 2402 > ucp-2402". */
  name: string;
  record: Json;
  /** Its own citations and those it inherits (the file's, for a file's records). */
  citations: Citation[];
  own: Citation[];
}

/** Every record of every file, with nested records (sites) as facts of their own. */
function walk(): CitedFact[] {
  const facts: CitedFact[] = [];
  for (const [file, content] of files) {
    const fileCitations = citationsOf(content);
    // The file's own facts (ports.json: otherPairs, borderTotal; formats.json: every format).
    const ownFacts = Object.entries(content).filter(
      ([key, value]) => key !== "about" && key !== "sources" && !(Array.isArray(value) && value.every(isRecord)),
    );
    if (ownFacts.length > 0 || fileCitations.length > 0) {
      facts.push({
        name: `${file} (the file's own facts)`,
        record: content,
        citations: fileCitations,
        own: fileCitations,
      });
    }
    for (const [key, value] of Object.entries(content)) {
      if (!Array.isArray(value) || !value.every(isRecord)) continue;
      for (const record of value) {
        const name = `${file} ${key} ${nameOf(record)}`;
        facts.push({ name, record, citations: [...fileCitations, ...citationsOf(record)], own: citationsOf(record) });
        for (const [nestedKey, nested] of Object.entries(record)) {
          if (!Array.isArray(nested) || nested.length === 0 || !nested.every(isRecord) || nestedKey === "sources")
            continue;
          // A site is a fact of its own: it cites its sources itself, inheriting none.
          for (const site of nested) {
            facts.push({
              name: `${name} > ${nestedKey} ${nameOf(site)}`,
              record: site,
              citations: citationsOf(site),
              own: citationsOf(site),
            });
          }
        }
      }
    }
  }
  return facts;
}

describe("reference facts and their sources", () => {
  const facts = walk();

  it("walks every file, record and site", () => {
    expect(files.map(([file]) => file).sort()).toEqual([
      "agencies.json",
      "agreements.json",
      "commodities.json",
      "formats.json",
      "pests.json",
      "ports.json",
      "programs.json",
      "tigie.json",
    ]);
    expect(facts.map((fact) => fact.name)).toEqual(
      expect.arrayContaining([
        "ports.json ports 2503",
        "ports.json ports 2305 > ucpSites ucp-2305",
        "programs.json programs CPI > sites cpi-2304-airport",
        "agreements.json agreements 2000-cmaa",
      ]),
    );
  });

  it("finds a source on every fact", () => {
    const unsourced = facts.filter((fact) => fact.citations.length === 0).map((fact) => fact.name);
    expect(unsourced).toEqual([]);
  });

  it("cites only sources of the catalogue, and only facts the record has", () => {
    const problems = facts.flatMap(({ name, record, own }) =>
      own.flatMap((citation) => {
        const id = typeof citation === "string" ? citation : citation.source;
        if (!sourceCatalogue.has(id)) return [`${name}: unknown source ${id}`];
        if (typeof citation === "string") return [];
        if (citation.facts.length === 0)
          return [`${name}: ${id} names no fact (cite the id alone for the whole record)`];
        // A file's sources may name facts of its records (ports.json: trucksPerDay2021).
        const fileRecords = Object.values(record).filter(Array.isArray).flat().filter(isRecord);
        return citation.facts
          .filter((fact) => !(fact in record) && !fileRecords.some((child) => fact in child))
          .map((fact) => `${name}: ${id} cited for ${fact}, which it does not have`);
      }),
    );
    expect(problems).toEqual([]);
  });

  it("gives every source a title, a publisher, a date as precise as known and a URL or a note why not", () => {
    const problems = [...sourceCatalogue.values()].flatMap((source) => [
      ...(source.title.trim() ? [] : [`${source.id}: no title`]),
      ...(source.publisher.trim() ? [] : [`${source.id}: no publisher`]),
      ...(source.publishedOn === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(source.publishedOn)
        ? []
        : [`${source.id}: publishedOn ${source.publishedOn} is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)`]),
      ...(source.url === null
        ? source.note?.trim()
          ? []
          : [`${source.id}: no URL and no note saying why`]
        : /^https?:\/\/\S+$/.test(source.url)
          ? []
          : [`${source.id}: url ${source.url} is not a web address`]),
    ]);
    expect(problems).toEqual([]);
  });

  it("cites every source of the catalogue somewhere", () => {
    const cited = new Set(
      facts.flatMap((fact) =>
        fact.citations.map((citation) => (typeof citation === "string" ? citation : citation.source)),
      ),
    );
    expect([...sourceCatalogue.keys()].filter((id) => !cited.has(id))).toEqual([]);
  });

  it("says in a note when a fact rests only on the team's notes", () => {
    const publicSource = (citation: Citation) =>
      (typeof citation === "string" ? citation : citation.source) !== "team-notes-2026";
    const bare = facts
      .filter((fact) => fact.citations.length > 0 && !fact.citations.some(publicSource))
      .filter((fact) => typeof fact.record.note !== "string" && typeof fact.record.about !== "string")
      .map((fact) => fact.name);
    expect(bare).toEqual([]);
  });

  it("hands the loaded facts their sources, as the graph will serve them", () => {
    const loaded: [string, SourceFact[]][] = [
      ...agencyFacts.map((f): [string, SourceFact[]] => [`agency ${f.code}`, f.sources]),
      ...agreementFacts.map((f): [string, SourceFact[]] => [`agreement ${f.id}`, f.sources]),
      ...programFacts.map((f): [string, SourceFact[]] => [`program ${f.code}`, f.sources]),
      ...programSiteFacts.map((f): [string, SourceFact[]] => [`program site ${f.id}`, f.sources]),
      ...portFacts.map((f): [string, SourceFact[]] => [`port ${f.code}`, f.sources]),
    ];
    expect(loaded.filter(([, sources]) => sources.length === 0).map(([name]) => name)).toEqual([]);
    // The file's sources reach every port, naming the facts they support.
    const laredo = portFacts.find((port) => port.code === "2304")!;
    expect(laredo.sources).toContainEqual(
      expect.objectContaining({ publisher: "Bureau of Transportation Statistics", facts: ["trucksPerDay2021"] }),
    );
  });
});

describe("the corrections of issue 19, each with its source", () => {
  const agreement = (id: string) => agreementFacts.find((fact) => fact.id === id)!;
  const site = (id: string) => programSiteFacts.find((fact) => fact.id === id)!;
  const urls = (sources: SourceFact[]) => sources.map((source) => source.url);

  it("cites the DHS release of 2018-04-13 and CBP's announcement for the three 2018 instruments", () => {
    for (const id of ["2018-customs-trade-enforcement-moc", "2018-cpi-ucp-mou", "2018-agriculture-safeguarding"]) {
      const { sources } = agreement(id);
      expect(sources).toContainEqual(
        expect.objectContaining({
          publishedOn: "2018-04-13",
          title: "Secure Trade and Travel Between U.S. and Mexico",
        }),
      );
      expect(urls(sources)).toContain(
        "https://www.cbp.gov/newsroom/spotlights/cbp-mexican-counterparts-sign-agreements-better-cooperation",
      );
    }
  });

  it("shows CPI folded into UCP by the 2018 MOU", () => {
    expect(agreement("2018-cpi-ucp-mou").supersedes).toEqual(["2015-cpi-mou"]);
    expect(agreement("2015-cpi-mou").status).toBe("SUPERSEDED");
    expect(programFacts.find((p) => p.code === "CPI")!.note).toMatch(/folded into UCP/);
    expect(programFacts.find((p) => p.code === "UCP")!.note).toMatch(/CPI was folded into it/);
  });

  it("records the 2015 CPI MOU as the instrument DHS reports signed on 2015-10-15", () => {
    expect(agreement("2015-cpi-mou")).toMatchObject({
      signedOn: "2015-10-15",
      signedAt: "Mexico City",
      parties: ["DHS", "SHCP"],
    });
    expect(urls(agreement("2015-cpi-mou").sources)).toContain(
      "http://dhs.gov/news/2015/10/15/readout-secretary-johnsons-trip-mexico",
    );
  });

  it("records the 2000 CMAA between the two governments, signed at Washington, in force 2000-06-20 (TIAS 13103)", () => {
    expect(agreement("2000-cmaa")).toMatchObject({
      title: expect.stringMatching(
        /^Agreement between the Government of the United States of America and the Government of the United Mexican States regarding Mutual Assistance between their Customs Administrations$/,
      ),
      parties: ["US-GOV", "MX-GOV"],
      signedAt: "Washington",
      effectiveFrom: "2000-06-20",
      effectiveFromBasis: "STATED",
      status: "IN_FORCE",
    });
    expect(agreement("2000-cmaa").sources[0].title).toMatch(/^13103 Mexico/);
  });

  it("records the trusted-traveller cooperation as signed by DHS and SEGOB", () => {
    expect(agreement("trusted-traveller-cooperation")).toMatchObject({
      parties: ["DHS", "SEGOB"],
      signedOn: "2010-11-30",
    });
    expect(agreement("trusted-traveller-cooperation").sources[0].publisher).toBe(
      "U.S. Department of Homeland Security",
    );
  });

  it("dates UCP at Pharr from 2020-06-08, at Otay Mesa from its announced October 2017, and at San Jerónimo", () => {
    expect(site("ucp-2305")).toMatchObject({ portCode: "2305", startedOn: "2020-06-08" });
    expect(site("ucp-2305").sources[0]).toMatchObject({
      publisher: "U.S. Customs and Border Protection",
      publishedOn: "2020-06-08",
    });
    expect(site("ucp-2506")).toMatchObject({ startedOn: "2017-10", note: expect.stringMatching(/^Announced/) });
    expect(site("ucp-2408-san-jeronimo")).toMatchObject({
      portCode: "2408",
      facility: "San Jeronimo",
      locatedIn: "MX",
    });
    expect(portFacts.find((port) => port.code === "2408")!.programs).toContain("UCP");
  });

  it("describes Laredo's CPI as southbound air cargo at the airport, with no northbound truck pre-inspection", () => {
    expect(site("cpi-2304-airport").note).toMatch(/southbound air cargo/);
    expect(portFacts.find((port) => port.code === "2304")!.northboundTruckPreInspection).toBe(false);
    expect(
      portFacts
        .filter((port) => port.northboundTruckPreInspection)
        .map((port) => port.code)
        .sort(),
    ).toEqual(["2408", "2506"]);
  });

  it("keeps only Schedule D port codes: no 2401 or 2582, Calexico West 2503 added", () => {
    const codes = portFacts.map((port) => port.code);
    expect(codes).not.toContain("2401");
    expect(codes).not.toContain("2582");
    expect(codes).toContain("2503");
    expect(new Set(codes).size).toBe(codes.length);
    expect(portFacts.find((port) => port.code === "2504")!.sources).toContainEqual(
      expect.objectContaining({ title: expect.stringMatching(/Cross Border Xpress/), publishedOn: "2015-12-03" }),
    );
  });
});
