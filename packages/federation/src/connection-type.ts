import { scopeDirective } from "@frontera/auth";
import { type ClassType, Directive, Field, Int, ObjectType } from "type-graphql";
import { PageInfo, type PageInfoShape } from "./page-info";

/**
 * A page whose parts are read only when asked for: a dashboard that wants `totalCount` alone
 * sends no page query, a list that wants `edges` alone sends no count.
 */
export interface Connection<Node> {
  totalCount: Promise<number>;
  edges: Promise<Array<{ cursor: string; node: Node }>>;
  pageInfo: Promise<PageInfoShape>;
}

/**
 * A Relay connection type `<Name>Connection` with its `<Name>Edge`, for one node class; both
 * carry the node's scopes (a count of rows is data of the rows).
 */
export function connectionType<Node extends object>(
  name: string,
  node: ClassType<Node>,
  description: string,
  scopes: readonly string[],
) {
  @Directive(scopeDirective(...scopes))
  @ObjectType(`${name}Edge`, { description: `One row of a ${name}Connection page, with its cursor.` })
  class Edge {
    @Field({ description: "Opaque position of this row; pass it as `after` to continue from here." })
    cursor: string;

    @Field(() => node, { description: `The ${name} on this row.` })
    node: Node;
  }

  @Directive(scopeDirective(...scopes))
  @ObjectType(`${name}Connection`, { description })
  class ConnectionOfNode implements Connection<Node> {
    @Field(() => Int, { description: "Rows matching the filter, on every page." })
    totalCount: Promise<number>;

    @Field(() => [Edge], { description: "The rows of this page, in order." })
    edges: Promise<Edge[]>;

    @Field(() => PageInfo, { description: "Where this page starts and ends, and whether more rows follow." })
    pageInfo: Promise<PageInfo>;
  }

  return ConnectionOfNode;
}
