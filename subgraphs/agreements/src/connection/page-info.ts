import { Directive, Field, ObjectType } from "type-graphql";

// Relay page info; other subgraphs define the same type, hence @shareable.
@Directive("@shareable")
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}
