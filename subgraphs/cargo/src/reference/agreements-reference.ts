import { GraphQLError } from "graphql";

export interface ReferenceData {
  /** Port code → codes of the programs operating there. */
  ports: Map<string, Set<string>>;
  programs: Set<string>;
  /** Agency code → ISO country. */
  agencies: Map<string, string>;
}

const QUERY = `{ ports { code programs { code } } programs { code } agencies { code country } }`;
const TTL_MS = 60_000; // the agreements subgraph's cache hint on reference data

interface Answer {
  data?: {
    ports: Array<{ code: string; programs: Array<{ code: string }> }>;
    programs: Array<{ code: string }>;
    agencies: Array<{ code: string; country: string }>;
  };
}

/**
 * Port, program and agency codes as the agreements subgraph holds them. Cargo never guesses
 * them and never reads agreements' database: it asks the subgraph that owns them and keeps the
 * answer as long as the answer's cache hint allows. One instance per process.
 */
export class AgreementsReference {
  private cached: { data: ReferenceData; until: number } | null = null;
  private inFlight: Promise<ReferenceData> | null = null;

  constructor(private readonly url: string) {}

  async get(): Promise<ReferenceData> {
    if (this.cached && this.cached.until > Date.now()) return this.cached.data;
    this.inFlight ??= this.fetch().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async fetch(): Promise<ReferenceData> {
    let answer: Answer;
    try {
      const response = await fetch(this.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: QUERY }),
        signal: AbortSignal.timeout(5_000),
      });
      answer = (await response.json()) as Answer;
    } catch {
      answer = {};
    }
    if (!answer.data) {
      throw new GraphQLError("reference data (ports, programs, agencies) is unavailable; try again shortly", {
        extensions: { code: "SERVICE_UNAVAILABLE" },
      });
    }
    const data: ReferenceData = {
      ports: new Map(answer.data.ports.map((port) => [port.code, new Set(port.programs.map((p) => p.code))])),
      programs: new Set(answer.data.programs.map((program) => program.code)),
      agencies: new Map(answer.data.agencies.map((agency) => [agency.code, agency.country])),
    };
    this.cached = { data, until: Date.now() + TTL_MS };
    return data;
  }
}

const byUrl = new Map<string, AgreementsReference>();

/** The process's one reference client for this agreements URL. */
export function agreementsReference(url: string): AgreementsReference {
  let client = byUrl.get(url);
  if (!client) byUrl.set(url, (client = new AgreementsReference(url)));
  return client;
}
