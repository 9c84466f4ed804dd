import { scopeDirective } from "@frontera/auth";
import { DateRange, InputProblems } from "@frontera/federation";
import { GraphQLDate } from "graphql-scalars";
import { Arg, Ctx, Directive, Field, FieldResolver, InputType, Int, ObjectType, Resolver, Root } from "type-graphql";
import { Scope } from "../access/scope.enum";
import { DataSharingArrangement } from "../arrangement/arrangement.entity";
import { type AgreementsContext } from "../context";
import { DisclosureDayCount } from "./disclosure-day-count.entity";

/** The longest window one summary covers, in days. */
const MAX_SUMMARY_DAYS = 3_660;

@Directive(scopeDirective("audit:read"))
@ObjectType({ description: "What one arrangement disclosed on one UTC day under one scope." })
export class DisclosureDaySummary {
  @Field(() => GraphQLDate, { description: "The UTC day." })
  day: string;

  @Field(() => Scope, { description: "The scope." })
  scope: string;

  @Field(() => Int, { description: "Answers carrying data of the scope that the arrangement granted." })
  answers: number;

  @Field(() => Int, { description: "Records whose own fields of the scope those answers carried." })
  records: number;
}

@InputType({ description: "Which days a disclosure summary covers." })
export class DisclosureSummaryFilter {
  @Field(() => DateRange, { description: "The UTC days counted: both ends required." })
  days: DateRange;
}

const isoDay = (day: Date) => day.toISOString().slice(0, 10);

@Resolver(() => DataSharingArrangement)
export class ArrangementDisclosureSummaryResolver {
  @Directive(scopeDirective("audit:read"))
  @FieldResolver(() => [DisclosureDaySummary], {
    nullable: true,
    description:
      "Per UTC day and scope, the answers and records disclosed under this arrangement, from counts kept as disclosures are chained (not a scan of the log); days without any are left out. BAD_USER_INPUT for a range without both ends, that ends before it starts, or spans more than 3660 days.",
  })
  async disclosureSummary(
    @Root() arrangement: DataSharingArrangement,
    @Arg("filter", () => DisclosureSummaryFilter, { description: "The days to count." })
    filter: DisclosureSummaryFilter,
    @Ctx() { dataSource }: AgreementsContext,
  ): Promise<DisclosureDaySummary[]> {
    const { from, to } = filter.days;
    const problems = new InputProblems();
    problems.check(from != null, "filter.days.from", "required");
    problems.check(to != null, "filter.days.to", "required");
    if (from && to) {
      problems.check(from < to, "filter.days.to", "the range must end after it starts");
      problems.check(
        to.getTime() - from.getTime() <= MAX_SUMMARY_DAYS * 86_400_000,
        "filter.days.to",
        `at most ${MAX_SUMMARY_DAYS} days`,
      );
    }
    problems.throwIfAny();
    const rows = await dataSource
      .getRepository(DisclosureDayCount)
      .createQueryBuilder("count")
      .where("count.arrangementId = :id AND count.day >= :from AND count.day < :to", {
        id: arrangement.id,
        from: isoDay(from!),
        to: isoDay(to!),
      })
      .orderBy("count.day", "ASC")
      .addOrderBy("count.scope", "ASC")
      .getMany();
    return rows.map(({ day, scope, answers, records }) => ({ day, scope, answers, records }));
  }
}
