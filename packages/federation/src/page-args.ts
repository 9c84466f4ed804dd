import { ArgsType, Field, Int } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageArguments } from "./pagination";

// `first` has no schema default: a default would stand in for an absent `first` and make `last`
// alone look like `first` and `last` together.
const FIRST = `The first rows, at most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given.`;
const LAST = `The last rows (before \`before\`, or of the whole list), at most ${MAX_PAGE_SIZE}; not with first.`;

const PAGE_ARGUMENTS: Array<{ name: keyof PageArguments; type: () => unknown; description: string }> = [
  { name: "first", type: () => Int, description: FIRST },
  {
    name: "after",
    type: () => String,
    description: "Return the rows after this cursor (a previous page's endCursor or any edge's cursor).",
  },
  { name: "last", type: () => Int, description: LAST },
  {
    name: "before",
    type: () => String,
    description: "Return the rows before this cursor (a previous page's startCursor or any edge's cursor).",
  },
];

/** Adds Relay's four page arguments, in their order, to an `@ArgsType` class (see listArgs). */
export function addPageArgumentFields(prototype: object): void {
  for (const { name, type, description } of PAGE_ARGUMENTS) {
    Field(type as never, { nullable: true, description })(prototype, name);
  }
}

/** Relay's four page arguments, the same on every connection of every subgraph. */
@ArgsType()
export class PageArgs implements PageArguments {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}
addPageArgumentFields(PageArgs.prototype);
