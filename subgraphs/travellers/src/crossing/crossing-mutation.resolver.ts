import { scopeDirective } from "@frontera/auth";
import { randomUUID } from "node:crypto";
import { addToDailyCount } from "@frontera/port-daily-counts";
import { InputProblems, naturalKeyArgument, notFound, runIdempotent } from "@frontera/federation";
import { Arg, Ctx, Directive, Mutation, Resolver } from "type-graphql";
import { type TravellersContext } from "../context";
import { TravelDocument } from "../document/travel-document.entity";
import { TrustedTravellerMembership } from "../membership/membership.entity";
import { Traveller } from "../traveller/traveller.entity";
import { CrossingInput } from "../traveller/traveller.inputs";
import { CROSSINGS_BY_TIME } from "./crossing-counts";
import { Crossing } from "./crossing.entity";
import { RecordCrossingPayload } from "./crossing.payloads";
import { checkCrossing } from "./crossing.rules";

const KEY = { nullable: true, description: "Retrying with the same key and arguments writes once." } as const;

@Resolver(() => Crossing)
export class CrossingMutationResolver {
  @Directive(scopeDirective("traveller:write"))
  @Mutation(() => RecordCrossingPayload.type, {
    nullable: true,
    description:
      "Records a person passing a port on foot, in a car or on a bus; the lane must be one they may use. A truck driver's crossing is the trip's (`recordTripCrossing`).",
  })
  async recordCrossing(
    @Arg("input", () => CrossingInput, { description: "The crossing to record." }) input: CrossingInput,
    @Arg("idempotencyKey", () => String, KEY) idempotencyKey: string | null,
    @Ctx() context: TravellersContext,
  ) {
    input.travellerId = naturalKeyArgument(input.travellerId, "Traveller", "input.travellerId");
    if (input.documentId) input.documentId = naturalKeyArgument(input.documentId, "TravelDocument", "input.documentId");
    return RecordCrossingPayload.run(async () => {
      const reference = await context.reference.get();
      const id = await runIdempotent(
        context.dataSource,
        { caller: context.actor, key: idempotencyKey, operation: "recordCrossing", arguments: input },
        async (manager) => {
          const traveller = await manager.getRepository(Traveller).findOneBy({ id: input.travellerId });
          if (!traveller) throw notFound(`traveller ${input.travellerId}`, "input.travellerId");
          const memberships = await manager
            .getRepository(TrustedTravellerMembership)
            .findBy({ travellerId: traveller.id });
          const document = input.documentId
            ? await manager.getRepository(TravelDocument).findOneBy({ id: input.documentId })
            : null;
          const problems = new InputProblems();
          checkCrossing(input, reference, memberships, document, problems);
          problems.throwIfAny();
          const crossingId = randomUUID();
          await manager.getRepository(Crossing).insert({
            id: crossingId,
            travellerId: traveller.id,
            portCode: input.portCode,
            direction: input.direction,
            mode: input.mode,
            lane: input.lane,
            at: input.at,
            documentId: input.documentId ?? null,
            tripNumber: null,
            eventId: null,
          });
          await addToDailyCount(manager, CROSSINGS_BY_TIME, input.portCode, input.at);
          return crossingId;
        },
      );
      return context.dataSource.getRepository(Crossing).findOneByOrFail({ id });
    });
  }
}
