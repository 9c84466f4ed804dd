import { ArgsType, Field, Int } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageArguments } from "./pagination";

// `first` has no schema default: a default would stand in for an absent `first` and make `last`
// alone look like `first` and `last` together.
const FIRST = `The first rows, at most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given.`;
const LAST = `The last rows (before \`before\`, or of the whole list), at most ${MAX_PAGE_SIZE}; not with first.`;

/** Relay's four page arguments, the same on every connection of every subgraph. */
@ArgsType()
export class PageArgs implements PageArguments {
  @Field(() => Int, { nullable: true, description: FIRST })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Return the rows after this cursor (a previous page's endCursor or any edge's cursor).",
  })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: LAST })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Return the rows before this cursor (a previous page's startCursor or any edge's cursor).",
  })
  before?: string | null;
}
