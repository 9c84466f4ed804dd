import { readFileSync } from "node:fs";
import { Kind, type ObjectTypeDefinitionNode, parse } from "graphql";
import { SUPERGRAPH_FILE } from "../../../src/compose/compose-supergraph";
import { SupergraphScopes } from "../../../src/scopes/supergraph-scopes";

// Nothing enforces @scope by itself and an unscoped field is open to everyone (docs/gotchas.md, G7):
// every entry point of the graph must carry a scope, or be one of the few open on purpose.
// `node` and `nodes` read nothing themselves: each row is checked by its owner (docs/global-ids.md).
const OPEN_ON_PURPOSE = new Set(["Query.me", "Query.node", "Query.nodes"]);

describe("the field → scope map", () => {
  const sdl = readFileSync(SUPERGRAPH_FILE, "utf8");
  const scopes = new SupergraphScopes(sdl);
  const roots = parse(sdl).definitions.filter(
    (definition): definition is ObjectTypeDefinitionNode =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION && ["Query", "Mutation"].includes(definition.name.value),
  );

  it("covers every query and mutation", () => {
    const open = roots.flatMap((root) =>
      (root.fields ?? [])
        .map((field) => `${root.name.value}.${field.name.value}`)
        .filter((name) => !OPEN_ON_PURPOSE.has(name) && !scopes.required(...(name.split(".") as [string, string]))),
    );
    expect(open).toEqual([]);
  });

  it("keeps risk assessments for risk:read alone", () => {
    expect(scopes.required("Shipment", "riskAssessment")).toEqual(["risk:read"]);
    expect(scopes.required("RiskAssessment", "score")).toEqual(["risk:read"]);
  });

  it("says in every scoped field's description which scope it needs (introspection never shows @scope)", () => {
    const undescribed = parse(sdl).definitions.flatMap((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION
        ? (definition.fields ?? [])
            .filter((field) => {
              const needed = scopes.required(definition.name.value, field.name.value);
              return needed && !needed.every((scope) => field.description?.value.includes(`\`${scope}\``));
            })
            .map((field) => `${definition.name.value}.${field.name.value}`)
        : [],
    );
    expect(undescribed).toEqual([]);
  });
});
