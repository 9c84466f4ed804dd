import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the agreements subgraph; travellers contributes the crossings at each port.
@Directive('@key(fields: "code")')
@Directive(scopeDirective("reference:read"))
@ObjectType()
export class PortOfEntry {
  @Field(() => ID)
  code: string;
}
