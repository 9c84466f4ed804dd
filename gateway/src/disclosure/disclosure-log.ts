import { type Access } from "@frontera/auth";
import { MAX_DISCLOSURES_PER_CALL } from "@frontera/config";
import { signedRequestBody } from "@frontera/service";
import { type Disclosed } from "./disclosed-by";

const RECORD = `mutation RecordDisclosures($inputs: [DisclosureInput!]!) { recordDisclosures(inputs: $inputs) }`;

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
 */
export class DisclosureLog {
  private queue: Pending[] = [];
  private writing = false;

  constructor(
    private readonly agreementsUrl: string,
    private readonly serviceToken: () => Promise<string>,
    private readonly upstreamSecret: string,
  ) {}

  record(
    access: Access,
    operationName: string | null,
    operationHash: string,
    documentId: string | null,
    disclosed: Omit<Disclosed, "keyed">,
  ): Promise<void> {
    // Keys in sorted order, as disclosedBy builds the nested ones: the body is signed (see there).
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
      void this.write();
    });
  }

  private async write(): Promise<void> {
    if (this.writing || this.queue.length === 0) return;
    this.writing = true;
    const batch = this.queue.splice(0, MAX_DISCLOSURES_PER_CALL);
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

  private async send(inputs: DisclosureInput[]): Promise<void> {
    const response = await fetch(this.agreementsUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await this.serviceToken()}` },
      body: signedRequestBody(this.upstreamSecret, { query: RECORD, variables: { inputs } }),
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await response.json()) as { data?: { recordDisclosures?: string[] | null } };
    if (body.data?.recordDisclosures?.length !== inputs.length) {
      throw new Error("the disclosure log did not take the records");
    }
  }
}
