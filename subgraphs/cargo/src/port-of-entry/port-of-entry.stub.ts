import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the agreements subgraph; cargo refers to ports by code and the gateway fetches the rest.
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType()
export class PortOfEntry {
  @Field(() => ID)
  code: string;
}
