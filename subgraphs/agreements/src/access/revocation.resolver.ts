import { scopeDirective } from "@frontera/auth";
import { InputProblems } from "@frontera/federation";
import { Arg, Ctx, Directive, Mutation, Resolver } from "type-graphql";
import { type AgreementsContext } from "../context";
import { RevokeTokenPayload } from "./revocation.payloads";
import { TokenRevocation } from "./token-revocation.entity";

@Resolver()
export class RevocationResolver {
  @Directive(scopeDirective("tokens:admin"))
  @Mutation(() => RevokeTokenPayload.type, {
    nullable: true,
    description: "Refuses a token from now on (within 5 s everywhere).",
  })
  async revokeToken(
    @Arg("jti", () => String, { description: "The token's id (its jti claim)." }) jti: string,
    @Arg("reason", () => String, { description: "Why the token is revoked, in words." }) reason: string,
    @Ctx() { dataSource, actor }: AgreementsContext,
  ) {
    return RevokeTokenPayload.run(async () => {
      const problems = new InputProblems();
      problems.check(/^[A-Za-z0-9-]{8,64}$/.test(jti), "jti", "a token id");
      problems.check(
        reason.trim().length > 0 && reason.length <= 500,
        "reason",
        "must say why, in at most 500 characters",
      );
      problems.throwIfAny();
      return revokeTokenId(dataSource, jti, actor, reason);
    });
  }
}

export async function revokeTokenId(
  dataSource: AgreementsContext["dataSource"],
  jti: string,
  revokedBy: string,
  reason: string | null,
): Promise<boolean> {
  const repository = dataSource.getRepository(TokenRevocation);
  if (await repository.existsBy({ jti })) return false;
  await repository.insert({ jti, revokedAt: new Date(), revokedBy, reason });
  return true;
}
