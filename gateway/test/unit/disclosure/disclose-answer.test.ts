import { type Logger } from "@frontera/service";
import { type OperationDefinitionNode, parse } from "graphql";
import { discloseAnswer } from "../../../src/disclosure/disclose-answer";
import { type DisclosureLog } from "../../../src/disclosure/disclosure-log";
import { RECORD_KEY_ALIAS } from "../../../src/disclosure/record-keys";
import { committedSupergraph } from "../committed-supergraph";
import { partnerAccess } from "../partner-access";

const { schema, scopes } = committedSupergraph();
const QUERY = `{ shipments(first: 1) { edges { node { type ${RECORD_KEY_ALIAS}: shipmentControlNumber } } } }`;

function answer(data: Record<string, unknown>) {
  const document = parse(QUERY);
  return {
    schema,
    scopes,
    access: partnerAccess(["reference:read", "cargo:manifest:read"]),
    requestId: "request-9",
    document,
    operation: document.definitions[0] as OperationDefinitionNode,
    operationName: null,
    source: QUERY,
    documentId: null,
    result: { data },
  };
}

function log() {
  const lines: Array<Record<string, unknown>> = [];
  return { logger: { error: (details: Record<string, unknown>) => lines.push(details) } as unknown as Logger, lines };
}

const shipments = () => ({ shipments: { edges: [{ node: { type: "FTL", [RECORD_KEY_ALIAS]: "SCN1" } }] } });

describe("a partner's answer before it leaves", () => {
  it("is recorded, and sent without the keys the gateway asked for", async () => {
    const recorded: unknown[] = [];
    const disclosures = { record: async (...args: unknown[]) => void recorded.push(args) } as unknown as DisclosureLog;
    const sent = await discloseAnswer(answer(shipments()), disclosures, log().logger);
    expect(sent).toEqual({ data: { shipments: { edges: [{ node: { type: "FTL" } }] } } });
    expect(recorded).toHaveLength(1);
  });

  it("is withheld when it cannot be recorded; the log keeps why, with the request id", async () => {
    const cause = new Error("the disclosure log did not take the records");
    const disclosures = { record: () => Promise.reject(cause) } as unknown as DisclosureLog;
    const { logger, lines } = log();
    const sent = await discloseAnswer(answer(shipments()), disclosures, logger);
    expect(sent.data).toBeUndefined();
    expect(sent.errors?.map((error) => error.extensions.code)).toEqual(["SERVICE_UNAVAILABLE"]);
    expect(lines).toEqual([
      expect.objectContaining({
        requestId: "request-9",
        agency: "ANAM",
        err: expect.objectContaining({ message: cause.message, stack: cause.stack }),
      }),
    ]);
  });

  it("is sent as it is, unrecorded, when it holds reference data only", async () => {
    const disclosures = { record: () => Promise.reject(new Error("not asked")) } as unknown as DisclosureLog;
    const sent = await discloseAnswer(answer({ shipments: null }), disclosures, log().logger);
    expect(sent).toEqual({ data: { shipments: null } });
  });
});
