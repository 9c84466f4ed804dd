import { randomUUID } from "node:crypto";
import { type Scope as ScopeName, isScope, scopeDirective } from "@frontera/auth";
import { MAX_DISCLOSURES_PER_CALL } from "@frontera/config";
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
import { Disclosure, EntityCount } from "./disclosure.entity";
import { appendChainedDisclosures } from "./disclosure-append";
import { RecordsOfTypeInput, ScopeGrantInput } from "./disclosure-record.inputs";
import { checkDisclosureRecords } from "./disclosure-records";
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

  // Called by the gateway alone, with its service token, before it answers a partner, straight
  // at this subgraph: @inaccessible keeps it out of the gateway's API, so no client can call it.
  @Directive("@inaccessible")
  @Directive(scopeDirective("disclosures:record"))
  @Mutation(() => ID, { nullable: true, description: "Appends to the disclosure log (the gateway only); its id." })
  async recordDisclosure(
    @Arg("input", () => DisclosureInput) input: DisclosureInput,
    @Ctx() context: AgreementsContext,
  ): Promise<string> {
    const [id] = await appendDisclosures(context, [input], "input");
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
    return appendDisclosures(context, inputs, "inputs");
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The receiving agency." })
  agency(@Root() disclosure: Disclosure, @Ctx() { loaders }: AgreementsContext): Promise<Agency | null> {
    return loaders.agencyByCode.load(disclosure.agencyCode);
  }
}

/** Appends the disclosures, chained, in one transaction, or none of them when one is malformed. */
async function appendDisclosures(
  { dataSource }: AgreementsContext,
  inputs: DisclosureInput[],
  field: string,
): Promise<string[]> {
  const problems = new InputProblems();
  problems.check(
    inputs.length > 0 && inputs.length <= MAX_DISCLOSURES_PER_CALL,
    field,
    `between 1 and ${MAX_DISCLOSURES_PER_CALL} disclosures`,
  );
  inputs.forEach((input, index) => {
    const path = field === "input" ? "input" : `inputs[${index}]`;
    problems.check(/^[0-9a-f]{64}$/.test(input.operationHash), `${path}.operationHash`, "a SHA-256 in hex");
    problems.check(
      input.documentId == null || /^[0-9a-f]{64}$/.test(input.documentId),
      `${path}.documentId`,
      "a SHA-256 in hex",
    );
    input.scopes.forEach((scope, i) =>
      problems.check(isScope(scope), `${path}.scopes[${i}]`, `"${scope}" is not a scope of the vocabulary`),
    );
  });
  checkDisclosureRecords(problems, inputs, field);
  problems.throwIfAny();
  const at = new Date();
  const disclosures: Disclosure[] = inputs.map((input) => ({
    id: randomUUID(),
    at,
    agencyCode: input.agency,
    subject: input.subject,
    jti: input.jti,
    operationName: input.operationName ?? null,
    operationHash: input.operationHash,
    documentId: input.documentId ?? null,
    scopes: input.scopes,
    entityCounts: input.entityCounts.map((count) => Object.assign(new EntityCount(), count)),
    grants: input.grants.map(({ scope, arrangementIds }) => ({ scope, arrangementIds })),
    arrangementIds: [...new Set(input.grants.flatMap((grant) => grant.arrangementIds))].sort(),
    records: input.records.map(({ typeName, scopes, keys }) => ({ typeName, scopes, keys: [...new Set(keys)] })),
    sequence: null,
    previousHash: null,
    hash: null,
    recordSetId: null,
  }));
  // The answers wait for these rows, the accountable records, and with them for their place in
  // the hash chain, the sets of records they carried and their day counts: one transaction, one commit
  // (docs/security-model.md, "Chained as it is stored").
  await appendChainedDisclosures(dataSource, disclosures);
  return disclosures.map((disclosure) => disclosure.id);
}
