import { scopeDirective } from "@frontera/auth";
import {
  runIdempotentMutation,
  IdempotencyKeyArg,
  InputProblems,
  conflict,
  naturalKeyArgument,
  notFound,
  toIsoDate,
} from "@frontera/federation";
import { randomUUID } from "node:crypto";
import { Arg, Ctx, Directive, ID, Mutation, Resolver } from "type-graphql";
import { type EntityManager } from "typeorm";
import { type TravellersContext } from "../context";
import { TravelDocument, documentNumberKey } from "../document/travel-document.entity";
import { MembershipStatus, TrustedTravellerMembership } from "../membership/membership.entity";
import { isActiveOn } from "../membership/membership-status";
import { nameTokens } from "./name-search";
import { Traveller, TravellerNameToken } from "./traveller.entity";
import { MembershipInput, RegisterTravellerInput, TravelDocumentInput } from "./traveller.inputs";
import { AddTravelDocumentPayload, EnrolMembershipPayload, RegisterTravellerPayload } from "./traveller.payloads";
import { checkNewTraveller, checkTravelDocument } from "./traveller.rules";

const TRUSTED_TRAVELLER_PROGRAMS = new Set(["SENTRI", "GLOBAL_ENTRY", "FAST", "VIAJERO_CONFIABLE"]);

async function existingTraveller(manager: EntityManager, id: string): Promise<Traveller> {
  const traveller = await manager.getRepository(Traveller).findOneBy({ id });
  if (!traveller) throw notFound(`traveller ${id}`, "travellerId");
  return traveller;
}

@Resolver(() => Traveller)
export class TravellerMutationResolver {
  @Directive(scopeDirective("traveller:write"))
  @Mutation(() => RegisterTravellerPayload.type, {
    nullable: true,
    description: "Registers a person; the id is a new surrogate, never a document number.",
  })
  async registerTraveller(
    @Arg("input", () => RegisterTravellerInput, { description: "The traveller, document or membership to add." })
    input: RegisterTravellerInput,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: TravellersContext,
  ) {
    return runIdempotentMutation(RegisterTravellerPayload, context, {
      key: idempotencyKey,
      arguments: input,
      write: async (manager) => {
        const problems = new InputProblems();
        checkNewTraveller(input, problems);
        problems.throwIfAny();
        const travellerId = randomUUID();
        const familyName = input.familyName.trim();
        const givenNames = input.givenNames.trim();
        await manager.getRepository(Traveller).insert({
          id: travellerId,
          familyName,
          givenNames,
          dateOfBirth: toIsoDate(input.dateOfBirth)!,
          sex: input.sex,
          citizenships: [...new Set(input.citizenships)],
        });
        await manager
          .getRepository(TravellerNameToken)
          .insert(nameTokens(familyName, givenNames).map((token) => ({ travellerId, token })));
        return travellerId;
      },
    });
  }

  @Directive(scopeDirective("traveller:write"))
  @Mutation(() => AddTravelDocumentPayload.type, {
    nullable: true,
    description: "Adds a passport or card; an MRZ must pass every ICAO 9303 check.",
  })
  async addTravelDocument(
    @Arg("travellerId", () => ID, { description: "The traveller's global id, or its travellerId." })
    travellerId: string,
    @Arg("input", () => TravelDocumentInput, { description: "The traveller, document or membership to add." })
    input: TravelDocumentInput,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: TravellersContext,
  ) {
    travellerId = naturalKeyArgument(travellerId, "Traveller", "travellerId");
    return runIdempotentMutation(AddTravelDocumentPayload, context, {
      key: idempotencyKey,
      arguments: { travellerId, input },
      write: async (manager) => {
        await existingTraveller(manager, travellerId);
        const problems = new InputProblems();
        checkTravelDocument(input, problems);
        const numberKey = documentNumberKey(input.number);
        const duplicate = await manager
          .getRepository(TravelDocument)
          .existsBy({ numberKey, type: input.type, issuingCountry: input.issuingCountry });
        problems.check(!duplicate, "input.number", "this document is already registered", "ALREADY_EXISTS");
        problems.throwIfAny();
        const documentId = randomUUID();
        await manager.getRepository(TravelDocument).insert({
          id: documentId,
          travellerId,
          type: input.type,
          number: input.number,
          numberKey,
          issuingCountry: input.issuingCountry,
          expiresOn: toIsoDate(input.expiresOn)!,
          mrz: input.mrz?.trim() ?? null,
        });
        return documentId;
      },
    });
  }

  @Directive(scopeDirective("traveller:write"))
  @Mutation(() => EnrolMembershipPayload.type, {
    nullable: true,
    description: "Enrols a traveller in a trusted-traveller program: one active membership per program.",
  })
  async enrolMembership(
    @Arg("travellerId", () => ID, { description: "The traveller's global id, or its travellerId." })
    travellerId: string,
    @Arg("input", () => MembershipInput, { description: "The traveller, document or membership to add." })
    input: MembershipInput,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: TravellersContext,
  ) {
    travellerId = naturalKeyArgument(travellerId, "Traveller", "travellerId");
    const reference = await context.reference.get();
    return runIdempotentMutation(EnrolMembershipPayload, context, {
      key: idempotencyKey,
      arguments: { travellerId, input },
      write: async (manager) => {
        await existingTraveller(manager, travellerId);
        const problems = new InputProblems();
        problems.check(
          reference.programs.has(input.programCode) && TRUSTED_TRAVELLER_PROGRAMS.has(input.programCode),
          "input.programCode",
          `${input.programCode} is not a trusted-traveller program`,
        );
        problems.check(/^\d{9}$/.test(input.passId), "input.passId", "9 digits");
        const today = new Date().toISOString().slice(0, 10);
        problems.check(toIsoDate(input.validUntil)! > today, "input.validUntil", "must be in the future");
        const memberships = await manager.getRepository(TrustedTravellerMembership).findBy({ travellerId });
        const otherPassId = memberships.find((membership) => membership.passId !== input.passId);
        problems.check(!otherPassId, "input.passId", "a traveller has one PASSID for all programs", "PASS_ID_MISMATCH");
        problems.throwIfAny();
        if (memberships.some((m) => m.programCode === input.programCode && isActiveOn(m))) {
          throw conflict(
            "ACTIVE_MEMBERSHIP_EXISTS",
            `traveller ${travellerId} already has an active ${input.programCode} membership`,
            "input.programCode",
          );
        }
        const membershipId = randomUUID();
        await manager.getRepository(TrustedTravellerMembership).insert({
          id: membershipId,
          travellerId,
          programCode: input.programCode,
          passId: input.passId,
          status: MembershipStatus.ACTIVE,
          validUntil: toIsoDate(input.validUntil)!,
        });
        return membershipId;
      },
    });
  }
}
