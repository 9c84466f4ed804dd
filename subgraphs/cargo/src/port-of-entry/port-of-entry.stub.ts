import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the agreements subgraph; cargo refers to ports by code and contributes their traffic.
@Directive('@key(fields: "code")')
@Directive(scopeDirective("reference:read"))
@ObjectType()
export class PortOfEntry {
  @Field(() => ID)
  code: string;
}
