import { type Access } from "@frontera/auth";
import { type RegisteredDocument } from "@frontera/operations";
import { type OperationDefinitionNode, parse } from "graphql";
import { type GatewayContext } from "../../../src/auth/gateway-context";
import { ServedScopes } from "../../../src/scopes/served-scopes";
import { scopesReadBy } from "../../../src/trusted-documents/document-scopes";
import { type TrustedDocumentsMode, trustedDocuments } from "../../../src/trusted-documents/trusted-documents";
import { committedSupergraph } from "../committed-supergraph";
import { partnerAccess } from "../partner-access";

const { sdl, schema, scopes } = committedSupergraph();
const served = new ServedScopes(sdl);
const DOSSIER: RegisteredDocument = { id: "d-dossier", name: "Dossier", type: "query", body: "" };

const internal: Access = {
  ...partnerAccess(["cargo:manifest:read"]),
  claims: { ...partnerAccess([]).claims, agency: "CBP", kind: "internal" },
};

/** What the plugin decides for this caller sending this text (registered as `registered`, or not). */
async function decide(
  mode: TrustedDocumentsMode,
  access: Access,
  query: string,
  registered: RegisteredDocument | null = null,
): Promise<string> {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const hooks = await trustedDocuments(mode, served).requestDidStart!({} as never);
  const contextValue = { access, document: registered } as GatewayContext;
  try {
    await hooks!.didResolveOperation!({ contextValue, document, operation, schema } as never);
    return "runs";
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
}

const SHIPMENTS = "{ shipments(first: 1) { edges { node { type } } } }";

describe("which documents a caller may run", () => {
  it("runs any text with trusted documents off, for a partner without document lists", async () => {
    expect(await decide("off", partnerAccess(["cargo:manifest:read"]), SHIPMENTS)).toBe("runs");
  });

  it("takes only registered documents from partners under `partners`, and any text from internal callers", async () => {
    const partner = partnerAccess(["cargo:manifest:read"]);
    expect(await decide("partners", partner, SHIPMENTS)).toBe("DOCUMENT_NOT_REGISTERED");
    expect(await decide("partners", partner, SHIPMENTS, DOSSIER)).toBe("runs");
    expect(await decide("partners", internal, SHIPMENTS)).toBe("runs");
    expect(await decide("all", internal, SHIPMENTS)).toBe("DOCUMENT_NOT_REGISTERED");
  });

  it("lets introspection alone through: it answers the caller's own contract", async () => {
    expect(await decide("all", partnerAccess([]), "{ __schema { queryType { name } } }")).toBe("runs");
  });

  it("runs under a restricted arrangement only the documents it lists", async () => {
    const restricted = partnerAccess(["cargo:manifest:read"], { documentIds: [DOSSIER.id] });
    expect(await decide("off", restricted, SHIPMENTS)).toBe("DOCUMENT_NOT_ALLOWED");
    expect(await decide("off", restricted, SHIPMENTS, DOSSIER)).toBe("runs");
    const other = { ...DOSSIER, id: "d-other" };
    expect(await decide("off", restricted, SHIPMENTS, other)).toBe("DOCUMENT_NOT_ALLOWED");
  });

  it("lets a document reading none of a restricted arrangement's scopes run on the others", async () => {
    const access = partnerAccess(["reference:read"]);
    access.grants.push({ scope: "cargo:manifest:read", ports: ["2304"], arrangementId: "r", documentIds: ["d-x"] });
    expect(await decide("off", access, "{ ports { code } }")).toBe("runs");
    expect(await decide("off", access, SHIPMENTS)).toBe("DOCUMENT_NOT_ALLOWED");
  });
});

describe("the scopes a document could read", () => {
  it("are those of every field it selects", () => {
    const read = scopesReadBy(
      schema,
      scopes,
      parse("{ shipments(first: 1) { edges { node { type shipper { name } } } } }"),
    );
    expect([...read].sort()).toEqual(["cargo:commercial:read", "cargo:manifest:read"]);
  });

  it("count a field selected on an interface with its scopes on each object type", () => {
    const read = scopesReadBy(schema, scopes, parse('{ node(id: "x") { id } }'));
    expect(read.has("cargo:manifest:read")).toBe(true);
    expect(read.has("traveller:identity:read")).toBe(true);
  });
});
