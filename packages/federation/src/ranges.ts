import { GraphQLDate } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { type InputProblems } from "./input-errors";

const END_RULE = "`from` is included and `to` is not, so consecutive ranges never overlap; either end may be left out.";

/** The one time range of every filter: [from, to). */
@InputType({ description: `A range of times: ${END_RULE}` })
export class DateTimeRange {
  @Field(() => Date, { nullable: true, description: "The first instant in the range (included)." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "The first instant after the range (excluded)." })
  to?: Date | null;
}

/** The same for calendar days (an agreement's signing date): [from, to). */
@InputType({ description: `A range of calendar days: ${END_RULE}` })
export class DateRange {
  @Field(() => GraphQLDate, { nullable: true, description: "The first day in the range (included)." })
  from?: Date | null;

  @Field(() => GraphQLDate, { nullable: true, description: "The first day after the range (excluded)." })
  to?: Date | null;
}

/** A range must end after it starts; the problem names its `to`. */
export function checkRange(
  problems: InputProblems,
  range: { from?: Date | null; to?: Date | null } | null | undefined,
  field: string,
): void {
  if (range?.from && range.to)
    problems.check(range.from < range.to, `${field}.to`, "the range must end after it starts");
}
