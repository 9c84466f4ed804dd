import { ownRequestUserAgent, signedRequestBody } from "@frontera/service";
import { type SubgraphRuntime } from "@frontera/subgraph";
import { GraphQLError } from "graphql";
import { AssistanceSubjectKind } from "./assistance.enums";

// Cargo owns shipments, trips and trade parties; agreements keeps only their keys. The port is
// `@inaccessible` in the graph, but cargo answers it to a service caller holding the read scope.
const FIND = `query AssistanceSubject($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Shipment { portCode }
    ... on Trip { portCode }
    ... on TradeParty { tradePartyId }
  }
}`;

const REPRESENTATION: Record<AssistanceSubjectKind, (key: string) => Record<string, string>> = {
  [AssistanceSubjectKind.SHIPMENT]: (key) => ({ __typename: "Shipment", shipmentControlNumber: key }),
  [AssistanceSubjectKind.TRIP]: (key) => ({ __typename: "Trip", tripNumber: key }),
  [AssistanceSubjectKind.TRADE_PARTY]: (key) => ({ __typename: "TradeParty", tradePartyId: key }),
};

const TIMEOUT_MS = 5_000;

/** What cargo says of a subject: null when it has no such record; its port when it has one. */
export type SubjectFound = { portCode: string | null } | null;

const unavailable = (why: string) =>
  new GraphQLError(`cargo could not be asked whether the subject exists, so nothing was opened; try again (${why})`, {
    extensions: { code: "SERVICE_UNAVAILABLE" },
  });

/**
 * Asks cargo whether a request's subject exists and where it is, the way the subgraphs ask each
 * other: signed with the subgraph secret, as this service with a token holding only the two read
 * scopes it needs. Without cargo the request is refused rather than opened unchecked.
 */
export class CargoSubjects {
  private readonly token: () => Promise<string>;

  constructor(private readonly runtime: SubgraphRuntime) {
    this.token = runtime.serviceTokenWith(["cargo:manifest:read", "cargo:commercial:read"]);
  }

  async find(kind: AssistanceSubjectKind, key: string): Promise<SubjectFound> {
    const url = this.runtime.peers.cargo;
    if (!url) throw unavailable("no cargo URL is configured");
    let response: Response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${await this.token()}`,
          "user-agent": ownRequestUserAgent("assistance-subject"),
        },
        body: signedRequestBody(this.runtime.upstreamSecret, {
          query: FIND,
          variables: { representations: [REPRESENTATION[kind](key)] },
        }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw unavailable((error as Error).message);
    }
    const answer = (await response.json().catch(() => ({}))) as {
      data?: { _entities?: Array<{ portCode?: string; tradePartyId?: string } | null> };
    };
    const entities = answer.data?._entities;
    if (!Array.isArray(entities)) throw unavailable(`HTTP ${response.status}`);
    const found = entities[0];
    if (!found) return null;
    return { portCode: found.portCode ?? null };
  }
}

const byRuntime = new WeakMap<SubgraphRuntime, CargoSubjects>();

/** One per process: its service token is kept until shortly before it expires. */
export function cargoSubjectsOf(runtime: SubgraphRuntime): CargoSubjects {
  let subjects = byRuntime.get(runtime);
  if (!subjects) {
    subjects = new CargoSubjects(runtime);
    byRuntime.set(runtime, subjects);
  }
  return subjects;
}
