import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the agreements subgraph.
@Directive('@key(fields: "code")')
@ObjectType()
export class Program {
  @Field(() => ID)
  code: string;
}
