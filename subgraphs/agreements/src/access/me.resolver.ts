import {
  type CallerKind as CallerKindClaim,
  type Scope as ScopeName,
  isKnownScope,
  scopeDirective,
} from "@frontera/auth";
import { Ctx, Directive, Field, ObjectType, Query, Resolver } from "type-graphql";
import { Agency } from "../agency/agency.entity";
import { DataSharingArrangement } from "../arrangement/arrangement.entity";
import { type AgreementsContext } from "../context";
import { loadAll } from "../load-all";
import { Direction } from "@frontera/federation";
import { CallerKind } from "./caller-kind.enum";
import { Scope } from "./scope.enum";

// Open on purpose: a caller may always learn what it may see.
@Directive(scopeDirective())
@ObjectType({ description: "One scope as it holds for the caller: where, and by which arrangement." })
export class ScopeGrant {
  @Field(() => Scope)
  scope: ScopeName;

  @Field(() => [String], { name: "portCodes", nullable: true, description: "Port codes; null: every port." })
  ports: string[] | null;

  @Field(() => String, { nullable: true, description: "The arrangement granting it; null for internal callers." })
  arrangementId: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "The only registered documents (trusted-document ids) the grant holds for; null: any.",
  })
  documentIds?: string[] | null;

  @Field(() => [Direction], {
    nullable: true,
    description: "The directions of trade rows the grant reaches; null: every direction (internal callers).",
  })
  directions?: Direction[] | null;
}

@Directive(scopeDirective())
@ObjectType({ description: "Who the caller is and what it may see right now." })
export class Me {
  @Field()
  subject: string;

  @Field(() => Agency, { nullable: true })
  agency: Agency | null;

  @Field(() => CallerKind)
  kind: CallerKindClaim;

  @Field(() => [Scope], {
    description: "The scopes the token carries (a string outside the vocabulary grants nothing and is left out).",
  })
  scopes: ScopeName[];

  @Field(() => [Scope], { description: "Those that hold now: for partners, only what active arrangements grant." })
  effectiveScopes: ScopeName[];

  @Field(() => [ScopeGrant])
  grants: ScopeGrant[];

  @Field(() => [DataSharingArrangement], {
    nullable: "items",
    description: "The active arrangements the caller's scopes come from.",
  })
  arrangements: DataSharingArrangement[];
}

@Resolver(() => Me)
export class MeResolver {
  // Open to every valid token: a caller may always learn what it may see.
  @Query(() => Me, { description: "Who the caller is and what it may see right now." })
  async me(@Ctx() { access, loaders }: AgreementsContext): Promise<Me> {
    return {
      subject: access.claims.subject,
      agency: await loaders.agencyByCode.load(access.claims.agency),
      kind: access.claims.kind,
      scopes: access.claims.scopes.filter(isKnownScope),
      effectiveScopes: access.effectiveScopes.filter(isKnownScope),
      grants: access.grants.filter((grant): grant is ScopeGrant => isKnownScope(grant.scope)),
      arrangements: await loadAll(loaders.arrangementById, access.arrangementIds),
    };
  }
}
