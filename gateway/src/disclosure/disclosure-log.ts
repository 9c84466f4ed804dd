import { type Access } from "@frontera/auth";
import { MAX_DISCLOSURES_PER_CALL } from "@frontera/config";
import { RAW_BODY_SIGNATURE_HEADER, rawBodySignature } from "@frontera/service";
import { Pool } from "undici";
import { type Disclosed } from "./disclosed-by";

/** How long a write under load waits for more answers to join it, by default. */
export const DEFAULT_DISCLOSURE_GATHER_MS = 2;

/** What the signature of a write covers besides its body: agreements' DISCLOSURES_ROUTE. */
const DISCLOSURES_ROUTE = "POST /disclosures";

/**
 * Agreements' `POST /disclosures`, beside its /graphql (the URL the gateway is given): relative
 * to it, so that a path in front of both (a proxy's prefix) is kept.
 */
export function disclosuresUrlOf(agreementsUrl: string): string {
  return new URL("disclosures", agreementsUrl).toString();
}

export interface DisclosureInput {
  agency: string;
  subject: string;
  jti: string;
  operationName: string | null;
  operationHash: string;
  /** The registered document the operation was, or null. */
  documentId: string | null;
  scopes: string[];
  entityCounts: Disclosed["entityCounts"];
  grants: Disclosed["grants"];
  records: Disclosed["records"];
}

interface Pending {
  input: DisclosureInput;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * The gateway's side of the disclosure log, kept by the agreements subgraph. `record` resolves
 * once the disclosure is stored and throws when it cannot be: a disclosure that cannot be
 * recorded must not happen. Answers that become ready while a write is under way are recorded
 * together by the next one (group commit): one statement and one commit for all of them, so the
 * log costs a partner answer a share of a commit, not a commit of its own.
 *
 * A partner answer being made is announced (`expectAnswer`), so that a write gathering company
 * waits for those answers only, and no longer than they take (docs/performance.md, "Gathering a
 * write").
 */
export class DisclosureLog {
  private queue: Pending[] = [];
  private writing = false;
  private lastWriteSize = 0;
  /** Announced answers not yet recorded (nor given up): what a gathering write waits for. */
  private coming = 0;
  /** Ends the current gathering early: set while a write gathers. */
  private endGathering: (() => void) | null = null;
  private readonly path: string;
  // One write at a time: one kept-alive connection. undici's request() costs the gateway a
  // fraction of what global fetch() does per call (docs/performance.md, "Two round trips").
  private readonly pool: Pool;

  constructor(
    agreementsUrl: string,
    private readonly serviceToken: () => Promise<string>,
    private readonly upstreamSecret: string,
    /**
     * How long a write waits for company once writes carry several answers (DISCLOSURE_GATHER_MS;
     * docs/performance.md, "Gathering a write"); 0 never waits.
     */
    private readonly gatherMs = DEFAULT_DISCLOSURE_GATHER_MS,
  ) {
    const url = new URL(disclosuresUrlOf(agreementsUrl));
    this.path = `${url.pathname}${url.search}`;
    this.pool = new Pool(url.origin, {
      connections: 1,
      headersTimeout: 5_000,
      bodyTimeout: 5_000,
      connectTimeout: 5_000,
    });
  }

  /** Closes the connection to agreements (at shutdown). */
  close(): Promise<void> {
    return this.pool.close();
  }

  /**
   * Announces a partner answer being made. The returned function says it has arrived — called by
   * `record` as it queues the answer, and by the caller once the answer is done either way (an
   * answer with nothing to record never queues); calls after the first do nothing.
   */
  expectAnswer(): () => void {
    this.coming += 1;
    let settled = false;
    return () => {
      if (settled) return;
      settled = true;
      this.coming -= 1;
      if (this.coming === 0) this.endGathering?.();
    };
  }

  record(
    access: Access,
    operationName: string | null,
    operationHash: string,
    documentId: string | null,
    disclosed: Omit<Disclosed, "keyed">,
    arrived?: () => void,
  ): Promise<void> {
    const input: DisclosureInput = {
      agency: access.claims.agency,
      documentId,
      entityCounts: disclosed.entityCounts,
      grants: disclosed.grants,
      jti: access.claims.jti,
      operationHash,
      operationName,
      records: disclosed.records,
      scopes: disclosed.scopes,
      subject: access.claims.subject,
    };
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      arrived?.();
      void this.write();
    });
  }

  private async write(): Promise<void> {
    if (this.writing || this.queue.length === 0) return;
    this.writing = true;
    // Under load (the last write carried answers of several requests), wait for the answers being
    // made to join: group commit's delay, as databases do, but only while announced answers are
    // still coming and at most gatherMs. One request at a time never waits.
    if (this.gatherMs > 0 && this.lastWriteSize > 1 && this.coming > 0) await this.gather();
    const batch = this.queue.splice(0, MAX_DISCLOSURES_PER_CALL);
    this.lastWriteSize = batch.length;
    try {
      await this.send(batch.map((pending) => pending.input));
      for (const pending of batch) pending.resolve();
    } catch (error) {
      for (const pending of batch) pending.reject(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.writing = false;
      void this.write();
    }
  }

  /** Resolves after gatherMs, or as soon as no announced answer is still coming. */
  private gather(): Promise<void> {
    return new Promise((resolve) => {
      const end = () => {
        clearTimeout(timer);
        this.endGathering = null;
        resolve();
      };
      const timer = setTimeout(end, this.gatherMs);
      this.endGathering = end;
    });
  }

  /**
   * One write: the body signed as the bytes sent (no GraphQL, nothing serialised twice; see
   * agreements' disclosure-route.ts). Anything but 200 with an id per disclosure throws, and the
   * answers waiting for it are withheld.
   */
  private async send(inputs: DisclosureInput[]): Promise<void> {
    const body = JSON.stringify({ disclosures: inputs });
    const response = await this.pool.request({
      method: "POST",
      path: this.path,
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${await this.serviceToken()}`,
        [RAW_BODY_SIGNATURE_HEADER]: rawBodySignature(this.upstreamSecret, DISCLOSURES_ROUTE, body),
      },
      body,
      signal: AbortSignal.timeout(5_000),
    });
    if (response.statusCode !== 200) {
      await response.body.dump();
      throw new Error(`the disclosure log did not take the records (HTTP ${response.statusCode})`);
    }
    const { ids } = (await response.body.json()) as { ids?: unknown };
    if (!Array.isArray(ids) || ids.length !== inputs.length || !ids.every((id) => typeof id === "string")) {
      throw new Error("the disclosure log did not take the records");
    }
  }
}
