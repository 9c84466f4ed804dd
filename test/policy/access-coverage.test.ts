import { type Access, DATA_SHARING_SCOPES } from "@frontera/auth";
import { type AccessRules, encodeGlobalId, enforceAccess, isEntity, requiredScopes } from "@frontera/federation";
import { type RunningSubgraph, type SubgraphContext, type SubgraphDefinition } from "@frontera/subgraph";
import { agreementsSubgraph } from "@frontera/subgraph-agreements";
import { cargoSubgraph } from "@frontera/subgraph-cargo";
import { travellersSubgraph } from "@frontera/subgraph-travellers";
import { createTestAuth, startTestSubgraph } from "@frontera/testing";
import {
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  execute,
  isObjectType,
  parse,
} from "graphql";

type DataSource = RunningSubgraph["dataSource"];

// Schema-driven: every type, field and entity lookup of every subgraph is walked, so a new one
// that escapes the access policy fails here (docs/security-model.md, "Adding a type or field").

type Definition = SubgraphDefinition<SubgraphContext>;
const DEFINITIONS = [agreementsSubgraph, cargoSubgraph, travellersSubgraph] as unknown as Definition[];
const NOWHERE_GRANTED = "0000"; // a port no test grant covers
const ELSEWHERE = "9999";

function partner(agency: string, ports: string[] | null, scopes: readonly string[] = DATA_SHARING_SCOPES): Access {
  return {
    claims: {
      issuer: "test",
      subject: "test",
      agency,
      kind: "partner",
      scopes: [...scopes],
      jti: "test",
      expiresAt: 0,
    },
    effectiveScopes: [...scopes],
    grants: scopes.map((scope) => ({ scope, ports, arrangementId: "test" })),
    arrangementIds: ["test"],
  };
}

const internal: Access = {
  ...partner("CBP", null),
  claims: { ...partner("CBP", null).claims, kind: "internal" },
  arrangementIds: [],
};

interface Started {
  definition: Definition;
  subgraph: RunningSubgraph;
  schema: GraphQLSchema;
  context: (access: Access) => SubgraphContext;
}

const started: Started[] = [];

beforeAll(async () => {
  const auth = await createTestAuth();
  for (const definition of DEFINITIONS) {
    const subgraph = await startTestSubgraph(definition, { seed: 5, shipments: 150 }, auth);
    const runtime = {
      dataSource: subgraph.dataSource,
      peers: {},
      serviceToken: async () => "unused",
      serviceTokenWith: () => async () => "unused",
      upstreamSecret: "unused",
      wake: () => undefined,
    };
    started.push({
      definition,
      subgraph,
      schema: enforceAccess(await definition.buildSchema(), definition.accessRules),
      context: (access) => definition.createContext(runtime, access),
    });
  }
});

afterAll(async () => {
  await Promise.all(started.map(({ subgraph }) => subgraph.stop()));
});

const objectTypes = (schema: GraphQLSchema) =>
  Object.values(schema.getTypeMap()).filter(
    (type) =>
      isObjectType(type) &&
      !type.name.startsWith("__") &&
      type.name !== "_Service" &&
      type !== schema.getQueryType() &&
      type !== schema.getMutationType(),
  ) as GraphQLObjectType[];

const entityTypes = (schema: GraphQLSchema) => objectTypes(schema).filter((type) => isEntity(schema, type));

describe.each(DEFINITIONS.map((definition) => [definition.name]))("the %s subgraph", (name) => {
  const of = () => started.find((entry) => entry.definition.name === name)!;

  it("gives every field of every type a scope, or marks it open on purpose", () => {
    const { schema } = of();
    const roots = [schema.getQueryType()!, schema.getMutationType()].filter(Boolean);
    const unscoped = [...objectTypes(schema), ...roots].flatMap((type) =>
      Object.values(type!.getFields())
        .filter((field) => !(roots.includes(type) && field.name.startsWith("_")))
        .filter((field) => !(type!.name === "Query" && field.name === "me"))
        .filter((field) => requiredScopes(type!, field) === null)
        .map((field) => `${type!.name}.${field.name}`),
    );
    expect(unscoped).toEqual([]);
  });

  it("declares where the rows of every entity type live", () => {
    const { schema, definition } = of();
    const rules: AccessRules = definition.accessRules;
    expect(
      entityTypes(schema)
        .filter((type) => !rules[type.name])
        .map((type) => type.name),
    ).toEqual([]);
  });

  it("answers FORBIDDEN for every scoped field of a row at a port where its scopes do not hold", () => {
    const { schema, definition, context } = of();
    const escaped: string[] = [];
    const checked: string[] = [];
    for (const type of objectTypes(schema)) {
      const rule = definition.accessRules[type.name];
      for (const field of Object.values(type.getFields())) {
        const scopes = requiredScopes(type, field);
        if (!scopes?.length) continue;
        // A row at a port no grant covers; rows of reference data live everywhere, and there
        // the caller holds none of the field's scopes.
        const source: Record<string, unknown> = { portCode: NOWHERE_GRANTED, code: NOWHERE_GRANTED, id: "x" };
        const everywhere = rule?.place && rule.place(source as never) === "everywhere";
        const ctx = context(everywhere ? partner("ANAM", null, []) : partner("ANAM", [ELSEWHERE]));
        if (!rule?.place) ctx.places.add(source, [NOWHERE_GRANTED]);
        checked.push(`${type.name}.${field.name}`);
        try {
          const result = field.resolve!(source, {}, ctx, {} as GraphQLResolveInfo);
          if (result instanceof Promise) result.catch(() => undefined);
          escaped.push(`${type.name}.${field.name}`);
        } catch (error) {
          if ((error as { extensions?: { code?: string } }).extensions?.code !== "FORBIDDEN") {
            escaped.push(`${type.name}.${field.name} (${String(error)})`);
          }
        }
      }
    }
    expect(checked.length).toBeGreaterThan(10);
    expect(escaped).toEqual([]);
  });
});

/**
 * A row of each entity type, and where it lives: its port, "everywhere", "by its parent", or
 * "never shared" (its scope is one no arrangement grants).
 */
type Sample = {
  representation: Record<string, unknown>;
  port: string | "everywhere" | "by its parent" | "never shared";
};
type Sampler = (dataSource: DataSource) => Promise<Sample>;

async function first(dataSource: DataSource, sql: string): Promise<{ k: string; p: string }> {
  const [row] = (await dataSource.query(sql)) as Array<{ k: string; p: string }>;
  if (!row) throw new Error(`no sample row: ${sql}`);
  return row;
}

const atPort =
  (typeName: string, keyName: string, sql: string): Sampler =>
  async (dataSource) => {
    const { k, p } = await first(dataSource, sql);
    return { representation: { __typename: typeName, [keyName]: k }, port: p };
  };
const everywhere =
  (typeName: string, key: Record<string, string>): Sampler =>
  async () => ({ representation: { __typename: typeName, ...key }, port: "everywhere" });

const SAMPLES: Record<string, Record<string, Sampler>> = {
  agreements: {
    Agency: everywhere("Agency", { code: "CBP" }),
    Agreement: everywhere("Agreement", { agreementId: "2018-cpi-ucp-mou" }),
    Program: everywhere("Program", { code: "UCP" }),
    PortOfEntry: everywhere("PortOfEntry", { code: "2304" }),
    DataSharingArrangement: everywhere("DataSharingArrangement", { arrangementId: "cbp-senasica-agriculture" }),
    // A request CBP sent SENASICA lives at its subject's port; the test partner is SENASICA.
    AssistanceRequest: atPort(
      "AssistanceRequest",
      "assistanceRequestId",
      "SELECT id AS k, portCode AS p FROM assistance_requests WHERE addresseeCode = 'SENASICA' ORDER BY id LIMIT 1",
    ),
    // Stubs of other subgraphs' node types: echoed by id, placed everywhere (node-types.ts).
    ...Object.fromEntries(
      [
        "Trip",
        "Shipment",
        "TradeParty",
        "Declaration",
        "Inspection",
        "RiskAssessment",
        "ShipmentHold",
        "Traveller",
        "Crossing",
        "TravelDocument",
        "TrustedTravellerMembership",
      ].map((typeName): [string, Sampler] => {
        const stub = everywhere(typeName, { nodeKey: encodeGlobalId(typeName, "x") });
        return [
          typeName,
          typeName === "RiskAssessment" ? async (d) => ({ ...(await stub(d)), port: "never shared" }) : stub,
        ];
      }),
    ),
  },
  cargo: {
    Shipment: atPort(
      "Shipment",
      "shipmentControlNumber",
      "SELECT shipmentControlNumber AS k, portCode AS p FROM shipments LIMIT 1",
    ),
    Trip: atPort("Trip", "tripNumber", "SELECT tripNumber AS k, portCode AS p FROM trips LIMIT 1"),
    Inspection: atPort("Inspection", "inspectionId", "SELECT id AS k, portCode AS p FROM inspections LIMIT 1"),
    ShipmentHold: atPort("ShipmentHold", "holdId", "SELECT id AS k, portCode AS p FROM shipment_holds LIMIT 1"),
    Declaration: atPort(
      "Declaration",
      "declarationId",
      "SELECT d.id AS k, s.portCode AS p FROM declarations d JOIN shipments s ON s.shipmentControlNumber = d.shipmentControlNumber LIMIT 1",
    ),
    TradeParty: async (dataSource) => ({
      representation: {
        __typename: "TradeParty",
        tradePartyId: (await first(dataSource, "SELECT id AS k, id AS p FROM trade_parties LIMIT 1")).k,
      },
      port: "by its parent",
    }),
    PortOfEntry: async () => ({ representation: { __typename: "PortOfEntry", code: "2304" }, port: "2304" }),
    Program: everywhere("Program", { code: "UCP" }),
    Agency: everywhere("Agency", { code: "CBP" }),
    // CBP targeting output: placed at its shipment's port, but risk:read is never shared.
    RiskAssessment: async (dataSource) => ({
      representation: {
        __typename: "RiskAssessment",
        riskAssessmentId: (await first(dataSource, "SELECT id AS k, id AS p FROM risk_assessments LIMIT 1")).k,
      },
      port: "never shared",
    }),
    Traveller: everywhere("Traveller", { travellerId: "someone" }),
    // Agreements' requests, with the port agreements supplies (@requires): placed there.
    AssistanceRequest: async () => ({
      representation: { __typename: "AssistanceRequest", assistanceRequestId: "x", portCode: "2304" },
      port: "2304",
    }),
  },
  travellers: {
    Traveller: atPort(
      "Traveller",
      "travellerId",
      "SELECT travellerId AS k, MIN(portCode) AS p FROM crossings GROUP BY travellerId HAVING COUNT(DISTINCT portCode) = 1 LIMIT 1",
    ),
    Crossing: atPort("Crossing", "crossingId", "SELECT id AS k, portCode AS p FROM crossings LIMIT 1"),
    // A document or membership lives where its holder does: a holder who crossed at one port only.
    TravelDocument: atPort(
      "TravelDocument",
      "documentId",
      "SELECT MIN(d.id) AS k, MIN(c.portCode) AS p FROM travel_documents d JOIN crossings c ON c.travellerId = d.travellerId GROUP BY d.travellerId HAVING COUNT(DISTINCT c.portCode) = 1 LIMIT 1",
    ),
    TrustedTravellerMembership: atPort(
      "TrustedTravellerMembership",
      "membershipId",
      "SELECT MIN(m.id) AS k, MIN(c.portCode) AS p FROM trusted_traveller_memberships m JOIN crossings c ON c.travellerId = m.travellerId GROUP BY m.travellerId HAVING COUNT(DISTINCT c.portCode) = 1 LIMIT 1",
    ),
    Trip: async () => ({
      representation: { __typename: "Trip", tripNumber: "ABCD12345678", portCode: "2304", driverId: "x" },
      port: "2304",
    }),
    Shipment: async () => ({
      representation: { __typename: "Shipment", shipmentControlNumber: "ABCD1234", portCode: "2304", driverId: "x" },
      port: "2304",
    }),
    PortOfEntry: async () => ({ representation: { __typename: "PortOfEntry", code: "2304" }, port: "2304" }),
    Program: everywhere("Program", { code: "SENTRI" }),
  },
};

const ENTITIES = parse(
  `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }`,
);

describe.each(DEFINITIONS.map((definition) => [definition.name]))("entity lookups of the %s subgraph", (name) => {
  const of = () => started.find((entry) => entry.definition.name === name)!;

  async function lookUp(access: Access, representation: Record<string, unknown>) {
    const { schema, context } = of();
    const result = await execute({
      schema,
      document: ENTITIES,
      variableValues: { representations: [representation] },
      contextValue: context(access),
    });
    expect(result.errors).toBeUndefined();
    return (result.data as { _entities: unknown[] })._entities[0];
  }

  it("has a sample row for every entity type (add one with each new type)", () => {
    expect(
      entityTypes(of().schema)
        .map((type) => type.name)
        .sort(),
    ).toEqual(Object.keys(SAMPLES[name]).sort());
  });

  it.each(Object.keys(SAMPLES[name]))("%s: a partner reads a row only where its scopes hold", async (typeName) => {
    const { representation, port } = await SAMPLES[name][typeName](of().subgraph.dataSource);
    expect(await lookUp(internal, representation)).not.toBeNull();
    if (port === "everywhere") {
      // Reference rows: any partner holding the type's scope somewhere, nobody without it.
      expect(await lookUp(partner("SENASICA", [ELSEWHERE]), representation)).not.toBeNull();
      expect(await lookUp(partner("SENASICA", null, []), representation)).toBeNull();
    } else if (port === "by its parent" || port === "never shared") {
      expect(await lookUp(partner("SENASICA", null), representation)).toBeNull();
    } else {
      expect(await lookUp(partner("SENASICA", [port]), representation)).not.toBeNull();
      expect(await lookUp(partner("SENASICA", [ELSEWHERE]), representation)).toBeNull();
    }
  });

  it.each(Object.keys(SAMPLES[name]))(
    "%s: a lookup by global id (nodeKey) answers as the lookup by natural key",
    async (typeName) => {
      const { representation } = await SAMPLES[name][typeName](of().subgraph.dataSource);
      const nodeKeyField = (of().schema.getType(typeName) as GraphQLObjectType).getFields().nodeKey;
      const [keyName, ...rest] = Object.keys(representation).filter((field) => field !== "__typename");
      if (!nodeKeyField || keyName === "nodeKey" || rest.length) return; // not a node type here
      const byId = { __typename: typeName, nodeKey: encodeGlobalId(typeName, String(representation[keyName!])) };
      for (const access of [internal, partner("SENASICA", [ELSEWHERE]), partner("SENASICA", null)]) {
        expect(await lookUp(access, byId)).toEqual(await lookUp(access, representation));
      }
      const otherType = {
        __typename: typeName,
        nodeKey: encodeGlobalId("Elsewhere", String(representation[keyName!])),
      };
      expect(await lookUp(internal, otherType)).toBeNull();
    },
  );

  if (name === "agreements") {
    it("shows a partner its own arrangements only", async () => {
      const representation = { __typename: "DataSharingArrangement", arrangementId: "cbp-senasica-agriculture" };
      expect(await lookUp(partner("ANAM", null), representation)).toBeNull();
    });

    it("shows an agency only the requests it sent or received, whatever its scopes and ports", async () => {
      const { representation } = await SAMPLES.agreements.AssistanceRequest!(of().subgraph.dataSource);
      expect(await lookUp(partner("SENASICA", null), representation)).not.toBeNull();
      expect(await lookUp(partner("ANAM", null), representation)).toBeNull();
      // SENASICA is the addressee: the respond scope shows it, the request scope does not.
      expect(await lookUp(partner("SENASICA", null, ["enforcement:request"]), representation)).toBeNull();
      expect(await lookUp(partner("SENASICA", null, ["enforcement:respond"]), representation)).not.toBeNull();
    });
  }
});
