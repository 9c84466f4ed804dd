import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the travellers subgraph: cargo knows a driver only by the traveller's surrogate id.
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Traveller {
  @Field(() => ID)
  id: string;
}
