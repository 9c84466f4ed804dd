import { type Connection } from "@frontera/database";
import { type ClassType, Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "./page-info";

/** A Relay connection type `<Name>Connection` with its `<Name>Edge`, for one node class. */
export function connectionType<Node extends object>(name: string, node: ClassType<Node>, description: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: Node;
  }

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
