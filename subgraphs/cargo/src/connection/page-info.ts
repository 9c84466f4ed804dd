import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ObjectType } from "type-graphql";

// Relay page info; other subgraphs define the same type, hence @shareable. Open on purpose: it
// tells where a page ends, nothing about the rows.
@Directive("@shareable")
@Directive(scopeDirective())
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
