import { readFileSync } from "node:fs";
import { scopesRequiredBy } from "@frontera/auth";
import {
  type ConstDirectiveNode,
  type FieldDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  type TypeNode,
  parse,
} from "graphql";
import { SUPERGRAPH_FILE } from "../../../src/compose/compose-supergraph";

// A non-null field that can fail on its own — FORBIDDEN because it needs other scopes than its
// row, or null because another subgraph is down or hides the entity — nulls its parent, and the
// null climbs through every non-null parent: one port name could empty a page of shipments. So a
// field that crosses a boundary is nullable, and the error stays at its path. Read from the
// committed supergraph, which is what the gateway plans and the subgraphs enforce.

const sdl = readFileSync(SUPERGRAPH_FILE, "utf8");
const types = parse(sdl).definitions.filter(
  (definition): definition is ObjectTypeDefinitionNode => definition.kind === Kind.OBJECT_TYPE_DEFINITION,
);
const typeByName = new Map(types.map((type) => [type.name.value, type]));
const ROOTS = new Set(["Query", "Mutation"]);

const argument = (directive: ConstDirectiveNode, name: string) =>
  directive.arguments?.find((arg) => arg.name.value === name)?.value;
const directives = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  node.directives?.filter((directive) => directive.name.value === name) ?? [];
const graphOf = (directive: ConstDirectiveNode) => {
  const graph = argument(directive, "graph");
  return graph?.kind === Kind.ENUM ? graph.value.toLowerCase() : undefined;
};

/**
 * A scope boundary: some caller who may read the outer row may not read the inner one. A row shows
 * to a holder of any one of its scopes, so that is so unless each scope of the outer is one of the
 * inner's; an inner row open to all (`[]`) never is.
 */
const crossesScopes = (outer: string[], inner: string[]) =>
  inner.length > 0 && (outer.length === 0 || outer.some((scope) => !inner.includes(scope)));

const declaringGraphs = (type: ObjectTypeDefinitionNode) =>
  directives(type, "join__type").flatMap((join) => graphOf(join) ?? []);

function keyFields(type: ObjectTypeDefinitionNode): Set<string> {
  return new Set(
    directives(type, "join__type").flatMap((join) => {
      const key = argument(join, "key");
      return key?.kind === Kind.STRING ? key.value.split(/\s+/) : [];
    }),
  );
}

/** The subgraphs that resolve a field: its @join__field graphs, else every graph declaring its type. */
function resolvingGraphs(type: ObjectTypeDefinitionNode, field: FieldDefinitionNode): string[] {
  const joins = directives(field, "join__field").filter((join) => argument(join, "external")?.kind !== Kind.BOOLEAN);
  const graphs = joins.flatMap((join) => graphOf(join) ?? []);
  return graphs.length ? graphs : declaringGraphs(type);
}

const isInaccessible = (field: FieldDefinitionNode) => directives(field, "inaccessible").length > 0;
const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));
/** The position of the value itself: the list's items for a list, the field for anything else. */
function valueType(type: TypeNode): TypeNode {
  const inner = type.kind === Kind.NON_NULL_TYPE ? type.type : type;
  return inner.kind === Kind.LIST_TYPE ? inner.type : type;
}

const isEntity = (type: ObjectTypeDefinitionNode) => keyFields(type).size > 0;

/** An entity's owner: the subgraph resolving most of its fields (the others contribute a few). */
function ownerOf(type: ObjectTypeDefinitionNode): string {
  const counts = new Map<string, number>();
  for (const field of type.fields ?? []) {
    if (keyFields(type).has(field.name.value) || isInaccessible(field)) continue;
    for (const graph of resolvingGraphs(type, field)) counts.set(graph, (counts.get(graph) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? declaringGraphs(type)[0]!;
}

/** For each type, the subgraphs whose fields return it: where a client can reach it from. */
const reachedFrom = new Map<string, Set<string>>();
for (const type of types) {
  for (const field of type.fields ?? []) {
    const target = namedType(field.type);
    if (!typeByName.has(target)) continue;
    const graphs = reachedFrom.get(target) ?? new Set<string>();
    resolvingGraphs(type, field).forEach((graph) => graphs.add(graph));
    reachedFrom.set(target, graphs);
  }
}

/** Every field, other than a key, that is non-null where it crosses a boundary, with the reason. */
function nonNullCrossings(): string[] {
  const found: string[] = [];
  for (const type of types) {
    if (ROOTS.has(type.name.value)) continue;
    const keys = keyFields(type);
    const parentScopes = scopesRequiredBy(type);
    for (const field of type.fields ?? []) {
      if (keys.has(field.name.value) || isInaccessible(field)) continue;
      const name = `${type.name.value}.${field.name.value}`;
      const resolvedBy = resolvingGraphs(type, field);
      const fieldScopes = scopesRequiredBy(field) ?? parentScopes;

      // The field itself: it may fail while its row does not.
      const reasons: string[] = [];
      if (parentScopes && fieldScopes && crossesScopes(parentScopes, fieldScopes))
        reasons.push(`needs ${fieldScopes.join("|")}, its row ${parentScopes.join("|")}`);
      const foreign = [...(reachedFrom.get(type.name.value) ?? [])].filter((graph) => !resolvedBy.includes(graph));
      if (foreign.length) reasons.push(`resolved by ${resolvedBy.join("/")}, reached from ${foreign.join("/")}`);
      if (reasons.length && field.type.kind === Kind.NON_NULL_TYPE) found.push(`${name}: ${reasons.join("; ")}`);

      // Its value (each item of a list): an entity or row the field's own answer cannot vouch for.
      const target = typeByName.get(namedType(field.type));
      if (!target || valueType(field.type).kind !== Kind.NON_NULL_TYPE) continue;
      const targetScopes = scopesRequiredBy(target);
      const valueReasons: string[] = [];
      if (targetScopes && fieldScopes && crossesScopes(fieldScopes, targetScopes))
        valueReasons.push(
          `its ${target.name.value} needs ${targetScopes.join("|")}, the field ${fieldScopes.join("|")}`,
        );
      if (isEntity(target) && !resolvedBy.includes(ownerOf(target)))
        valueReasons.push(`${target.name.value} belongs to ${ownerOf(target)}, the field to ${resolvedBy.join("/")}`);
      if (valueReasons.length) found.push(`${name} (value): ${valueReasons.join("; ")}`);
    }
  }
  return found;
}

describe("nullability across boundaries", () => {
  it("reads the owners of entities from the supergraph as the domain assigns them", () => {
    const owners = Object.fromEntries(types.filter(isEntity).map((type) => [type.name.value, ownerOf(type)]));
    expect(owners).toEqual({
      Agency: "agreements",
      Agreement: "agreements",
      AssistanceRequest: "agreements",
      Crossing: "travellers",
      DataSharingArrangement: "agreements",
      Declaration: "cargo",
      Inspection: "cargo",
      PortOfEntry: "agreements",
      Program: "agreements",
      RiskAssessment: "cargo",
      Shipment: "cargo",
      ShipmentHold: "cargo",
      TradeParty: "cargo",
      TravelDocument: "travellers",
      Traveller: "travellers",
      Trip: "cargo",
      TrustedTravellerMembership: "travellers",
    });
  });

  it("makes nullable every field that crosses a scope or subgraph boundary, keys excepted", () => {
    expect(nonNullCrossings()).toEqual([]);
  });
});
