import { GraphQLError } from "graphql";
import { type SubgraphRuntime } from "./start-subgraph";
import { signRequest } from "./upstream-signature";

export interface ReferenceData {
  /** Port code → the programs operating there and the kinds of traffic it handles. */
  ports: Map<string, { programs: Set<string>; modes: Set<string> }>;
  /** Program code → category (TRUSTED_TRAVELLER, CARGO_FACILITATION, …). */
  programs: Map<string, string>;
  /** Agency code → ISO country. */
  agencies: Map<string, string>;
}

const QUERY = `{ ports { code modes programs { code } } programs { code category } agencies { code country } }`;
const TTL_MS = 60_000; // the agreements subgraph's cache hint on reference data

interface Answer {
  data?: {
    ports: Array<{ code: string; modes: string[]; programs: Array<{ code: string }> }>;
    programs: Array<{ code: string; category: string }>;
    agencies: Array<{ code: string; country: string }>;
  };
}

/**
 * Port, program and agency codes as the agreements subgraph holds them. Other subgraphs never
 * guess them and never read agreements' database: they ask the subgraph that owns them and keep
 * the answer as long as its cache hint allows. One instance per process and URL.
 */
export class AgreementsReference {
  private cached: { data: ReferenceData; until: number } | null = null;
  private inFlight: Promise<ReferenceData> | null = null;

  constructor(
    private readonly url: string,
    private readonly token: () => Promise<string>,
    private readonly upstreamSecret: string,
  ) {}

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
        headers: { "content-type": "application/json", authorization: `Bearer ${await this.token()}` },
        body: JSON.stringify(signRequest(this.upstreamSecret, { query: QUERY })),
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
      ports: new Map(
        answer.data.ports.map((port) => [
          port.code,
          { programs: new Set(port.programs.map((p) => p.code)), modes: new Set(port.modes) },
        ]),
      ),
      programs: new Map(answer.data.programs.map((program) => [program.code, program.category])),
      agencies: new Map(answer.data.agencies.map((agency) => [agency.code, agency.country])),
    };
    this.cached = { data, until: Date.now() + TTL_MS };
    return data;
  }
}

const byUrl = new Map<string, AgreementsReference>();

/** The process's one reference client for this agreements URL. */
export function agreementsReference(
  url: string,
  token: () => Promise<string>,
  upstreamSecret: string,
): AgreementsReference {
  let client = byUrl.get(url);
  if (!client) byUrl.set(url, (client = new AgreementsReference(url, token, upstreamSecret)));
  return client;
}

/** The reference client of a subgraph's process: agreements at its peer URL, asked with this service's token. */
export function agreementsReferenceOf(
  runtime: Pick<SubgraphRuntime, "peers" | "serviceToken" | "upstreamSecret">,
): AgreementsReference {
  return agreementsReference(
    runtime.peers.agreements ?? "http://127.0.0.1:4001/graphql",
    runtime.serviceToken,
    runtime.upstreamSecret,
  );
}
