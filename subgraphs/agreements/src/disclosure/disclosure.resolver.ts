import { type Scope as ScopeName, scopeDirective } from "@frontera/auth";
import {
  type Connection,
  DateTimeRange,
  InputProblems,
  type ListArguments,
  checkRange,
  keysetPage,
  listArgs,
  PageInfo,
  keysetOrder,
} from "@frontera/federation";
import {
  Arg,
  Args,
  Ctx,
  Directive,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  FieldResolver,
  Root,
} from "type-graphql";
import { Scope } from "../access/scope.enum";
import { Agency } from "../agency/agency.entity";
import { type AgreementsContext } from "../context";
import { DISCLOSURE_ORDERS, DisclosureOrder } from "./disclosure-order";
import { Disclosure } from "./disclosure.entity";
import { appendDisclosures } from "./append-disclosures";
import { RecordsOfTypeInput, ScopeGrantInput } from "./disclosure-record.inputs";
import { disclosuresOfRecord, recordOfId } from "./record-disclosure";

@InputType({ description: "Every given condition must hold." })
export class DisclosureFilter {
  @Field(() => ID, { nullable: true, description: "The code of the agency that received the answers." })
  agencyCode?: string;

  @Field(() => DateTimeRange, { nullable: true, description: "The answers were sent within this range." })
  at?: DateTimeRange | null;

  @Field(() => Scope, { nullable: true, description: "Only disclosures that carried this scope." })
  scope?: ScopeName | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only disclosures made under this arrangement (its arrangementId, e.g. `cbp-anam-ucp`).",
  })
  arrangementId?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "Only disclosures that carried this record: the global `id` of a Traveller, Shipment, Trip, Crossing, Inspection, AssistanceRequest or ShipmentHold.",
  })
  recordId?: string;
}

// Inputs of the gateway's own mutations: hidden from clients with them.
@Directive("@inaccessible")
@InputType()
class EntityCountInput {
  @Field()
  typeName: string;

  @Field(() => Int)
  count: number;
}

@Directive("@inaccessible")
@InputType()
export class DisclosureInput {
  @Field(() => ID)
  agency: string;

  @Field()
  subject: string;

  @Field()
  jti: string;

  @Field(() => String, { nullable: true })
  operationName?: string | null;

  @Field()
  operationHash: string;

  @Field(() => String, { nullable: true })
  documentId?: string | null;

  @Field(() => [String])
  scopes: string[];

  @Field(() => [EntityCountInput])
  entityCounts: EntityCountInput[];

  @Field(() => [ScopeGrantInput], { defaultValue: [] })
  grants: ScopeGrantInput[];

  @Field(() => [RecordsOfTypeInput], { defaultValue: [] })
  records: RecordsOfTypeInput[];
}

@Directive(scopeDirective("audit:read"))
@ObjectType({ description: "One row of a DisclosureConnection page, with its cursor." })
class DisclosureEdge {
  @Field({ description: "Opaque position of this row; pass it as `after` or `before` to page from here." })
  cursor: string;

  @Field(() => Disclosure, { description: "The disclosure on this row." })
  node: Disclosure;
}

@Directive(scopeDirective("audit:read"))
@ObjectType({ description: "Disclosures, latest first unless ordered otherwise." })
class DisclosureConnection implements Connection<Disclosure> {
  @Field(() => Int)
  totalCount: Promise<number>;

  @Field(() => [DisclosureEdge])
  edges: Promise<DisclosureEdge[]>;

  @Field(() => PageInfo)
  pageInfo: Promise<PageInfo>;
}

// The log's arguments keep the order and words its schema has always printed: orderBy after the page.
const DisclosureListArgs = listArgs({
  filter: DisclosureFilter,
  orderBy: DisclosureOrder,
  filterDescription: "Conditions every returned disclosure meets; omit for all.",
  orderByDescription: "How to sort; latest first when omitted.",
  orderByAfterPage: true,
});

@Resolver(() => Disclosure)
export class DisclosureResolver {
  @Directive(scopeDirective("audit:read"))
  @Query(() => DisclosureConnection, { nullable: true, description: "The disclosure log (audit:read)." })
  disclosures(
    @Args(() => DisclosureListArgs) { filter, orderBy, ...page }: ListArguments<DisclosureFilter, DisclosureOrder>,
    @Ctx() { dataSource }: AgreementsContext,
  ): Promise<Connection<Disclosure>> {
    const problems = new InputProblems();
    checkRange(problems, filter?.at, "filter.at");
    if (filter?.arrangementId != null) {
      // Arrangement ids are slugs or UUIDs: letters, digits and dashes, no LIKE wildcard.
      problems.check(
        /^[A-Za-z0-9-]{1,64}$/.test(filter.arrangementId),
        "filter.arrangementId",
        "not an arrangement id",
      );
    }
    const record = filter?.recordId != null ? recordOfId(problems, filter.recordId, "filter.recordId") : null;
    problems.throwIfAny();
    const query = dataSource.getRepository(Disclosure).createQueryBuilder("disclosure");
    if (filter?.arrangementId != null) {
      query.andWhere("disclosure.arrangementIds LIKE :arrangement", {
        arrangement: `%${JSON.stringify(filter.arrangementId)}%`,
      });
    }
    if (record) disclosuresOfRecord(query, record);
    if (filter?.agencyCode) query.andWhere("disclosure.agencyCode = :agencyCode", { agencyCode: filter.agencyCode });
    if (filter?.at?.from) query.andWhere("disclosure.at >= :from", { from: filter.at.from });
    if (filter?.at?.to) query.andWhere("disclosure.at < :to", { to: filter.at.to });
    if (filter?.scope != null) {
      // A value of the Scope enum, so a scope of the vocabulary: its characters ([a-z:]) hold no LIKE
      // wildcard (% or _), and the pattern matches that one quoted scope in the stored JSON array.
      query.andWhere("disclosure.scopes LIKE :scope", { scope: `%${JSON.stringify(filter.scope)}%` });
    }
    return keysetPage(query, keysetOrder(DISCLOSURE_ORDERS, orderBy, DisclosureOrder.byDefault), page);
  }

  // The gateway records through `POST /disclosures` now (disclosure-route.ts), without GraphQL's
  // cost per write. These two mutations stay for a gateway of an older version during a rolling
  // upgrade (docs/security-model.md, "How the gateway records a disclosure"); both run the same
  // checks and the same append (append-disclosures.ts). Called straight at this subgraph with a
  // service token: @inaccessible keeps them out of the gateway's API, so no client can call them.
  @Directive("@inaccessible")
  @Directive(scopeDirective("disclosures:record"))
  @Mutation(() => ID, { nullable: true, description: "Appends to the disclosure log (the gateway only); its id." })
  async recordDisclosure(
    @Arg("input", () => DisclosureInput) input: DisclosureInput,
    @Ctx() context: AgreementsContext,
  ): Promise<string> {
    const [id] = await appendDisclosures(context.dataSource, [input], "input");
    return id;
  }

  // The gateway records the disclosures of answers ready at the same moment together: one
  // statement and one commit for all of them, each answer still sent only once it is stored.
  @Directive("@inaccessible")
  @Directive(scopeDirective("disclosures:record"))
  @Mutation(() => [ID], {
    nullable: true,
    description: "Appends several disclosures to the log in one commit (the gateway only); their ids, in order.",
  })
  async recordDisclosures(
    @Arg("inputs", () => [DisclosureInput]) inputs: DisclosureInput[],
    @Ctx() context: AgreementsContext,
  ): Promise<string[]> {
    return appendDisclosures(context.dataSource, inputs, "inputs");
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The receiving agency." })
  agency(@Root() disclosure: Disclosure, @Ctx() { loaders }: AgreementsContext): Promise<Agency | null> {
    return loaders.agencyByCode.load(disclosure.agencyCode);
  }
}
