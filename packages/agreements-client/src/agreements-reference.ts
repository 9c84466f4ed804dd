import { ownRequestUserAgent, signedRequestBody } from "@frontera/service";
import { DEFAULT_SUBGRAPH_URLS } from "@frontera/config";
import { GraphQLError } from "graphql";
import { LRUCache } from "lru-cache";

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
  // One entry; lru-cache keeps it for the TTL and lets concurrent callers share one request.
  private readonly cache = new LRUCache<"reference", ReferenceData>({
    max: 1,
    ttl: TTL_MS,
    fetchMethod: () => this.fetch(),
  });

  constructor(
    private readonly url: string,
    private readonly token: () => Promise<string>,
    private readonly upstreamSecret: string,
  ) {}

  async get(): Promise<ReferenceData> {
    // fetch() throws what this.fetch() throws, and keeps nothing then: the next call asks again.
    return (await this.cache.fetch("reference"))!;
  }

  private async fetch(): Promise<ReferenceData> {
    let answer: Answer;
    try {
      const response = await fetch(this.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${await this.token()}`,
          "user-agent": ownRequestUserAgent("reference-data"),
        },
        body: signedRequestBody(this.upstreamSecret, { query: QUERY }),
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
    return {
      ports: new Map(
        answer.data.ports.map((port) => [
          port.code,
          { programs: new Set(port.programs.map((p) => p.code)), modes: new Set(port.modes) },
        ]),
      ),
      programs: new Map(answer.data.programs.map((program) => [program.code, program.category])),
      agencies: new Map(answer.data.agencies.map((agency) => [agency.code, agency.country])),
    };
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

/** What a subgraph process knows that its reference client needs (its runtime, structurally). */
export interface AgreementsPeer {
  peers: Partial<Record<string, string>>;
  serviceToken: () => Promise<string>;
  upstreamSecret: string;
}

/** The reference client of a subgraph: the agreements peer it was given, or the default one. */
export function agreementsReferenceOf(runtime: AgreementsPeer): AgreementsReference {
  return agreementsReference(
    runtime.peers.agreements ?? DEFAULT_SUBGRAPH_URLS.agreements,
    runtime.serviceToken,
    runtime.upstreamSecret,
  );
}
