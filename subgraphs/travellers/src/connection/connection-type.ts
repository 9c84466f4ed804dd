import { type Connection } from "@frontera/database";
import { scopeDirective } from "@frontera/auth";
import { type ClassType, Directive, Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "./page-info";

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
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: Node;
  }

  @Directive(scopeDirective(...scopes))
  @ObjectType(`${name}Connection`, { description })
  class ConnectionOfNode implements Connection<Node> {
    @Field(() => Int, { description: "Rows matching the filter, on every page." })
    totalCount: Promise<number>;

    @Field(() => [Edge])
    edges: Promise<Edge[]>;

    @Field(() => PageInfo)
    pageInfo: Promise<PageInfo>;
  }

  return ConnectionOfNode;
}
