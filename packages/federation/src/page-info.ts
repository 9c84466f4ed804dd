import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ObjectType } from "type-graphql";

export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

// Relay page info; other subgraphs define the same type, hence @shareable. Open on purpose: it
// tells where a page ends, nothing about the rows.
@Directive("@shareable")
@Directive(scopeDirective())
@ObjectType({ description: "Where a page of a connection starts and ends." })
export class PageInfo implements PageInfoShape {
  @Field({ description: "Whether more rows follow this page." })
  hasNextPage: boolean;

  @Field({ description: "Whether rows come before this page (true when `after` was given)." })
  hasPreviousPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the first row of this page; null when the page is empty.",
  })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Cursor of the last row of this page; pass it as `after` for the next page. Null when the page is empty.",
  })
  endCursor: string | null;
}
