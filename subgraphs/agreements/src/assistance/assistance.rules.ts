import { type InputProblems } from "@frontera/federation";
import { type EntityManager } from "typeorm";
import { Agency } from "../agency/agency.entity";
import { AgreementParty } from "../agreement/agreement-links.entity";
import { Agreement } from "../agreement/agreement.entity";
import { AgreementStatus } from "../agreement/agreement.enums";
import { lineage } from "../arrangement/arrangement.rules";
import { PortOfEntry } from "../port/port.entity";
import { AssistanceSubjectKind } from "./assistance.enums";
import { type OpenAssistanceRequestInput } from "./assistance.inputs";
import { type SubjectFound } from "./cargo-subjects";

export const MAX_QUESTION = 2_000;
export const MAX_MESSAGE = 4_000;
const MAX_DUE_MS = 366 * 24 * 3600 * 1000;

/** The subject's field in the input, for errors that name it. */
export const SUBJECT_FIELD: Record<AssistanceSubjectKind, string> = {
  [AssistanceSubjectKind.SHIPMENT]: "input.subject.shipmentControlNumber",
  [AssistanceSubjectKind.TRIP]: "input.subject.tripNumber",
  [AssistanceSubjectKind.TRADE_PARTY]: "input.subject.tradePartyId",
};

const SUBJECT_NAME: Record<AssistanceSubjectKind, string> = {
  [AssistanceSubjectKind.SHIPMENT]: "shipment",
  [AssistanceSubjectKind.TRIP]: "trip",
  [AssistanceSubjectKind.TRADE_PARTY]: "trade party",
};

/** A message's or question's text: said, and not too long. */
export function checkText(problems: InputProblems, text: string, field: string, max: number): void {
  problems.check(text.trim().length > 0, field, "must not be empty");
  problems.check(text.length <= max, field, `at most ${max} characters`);
}

/**
 * The rules of a new request, and the port it lives at: a known addressee other than the caller's
 * agency; a SIGNED or IN_FORCE agreement both agencies (or their predecessors) are parties to; a
 * subject cargo knows (found before the transaction: `subject`); the port from the subject, or
 * named for a trade party; a question; a due time ahead, within a year.
 */
export async function checkNewAssistanceRequest(
  manager: EntityManager,
  input: OpenAssistanceRequestInput,
  requesterCode: string,
  kind: AssistanceSubjectKind,
  key: string,
  subject: SubjectFound,
  problems: InputProblems,
): Promise<string | null> {
  const agencies = manager.getRepository(Agency);
  const requester = await agencies.findOneBy({ code: requesterCode });
  const addressee = await agencies.findOneBy({ code: input.addresseeCode });
  problems.check(addressee !== null, "input.addresseeCode", `no agency ${input.addresseeCode}`, "NOT_FOUND");
  problems.check(input.addresseeCode !== requesterCode, "input.addresseeCode", "an agency does not ask itself");

  const agreement = await manager.getRepository(Agreement).findOneBy({ id: input.agreementId });
  if (!agreement) {
    problems.add("input.agreementId", `no agreement ${input.agreementId}`, "NOT_FOUND");
  } else {
    problems.check(
      agreement.status === AgreementStatus.SIGNED || agreement.status === AgreementStatus.IN_FORCE,
      "input.agreementId",
      `agreement ${agreement.id} is ${agreement.status}; it must be SIGNED or IN_FORCE`,
      "AGREEMENT_NOT_IN_FORCE",
    );
    const parties = new Set(
      (await manager.getRepository(AgreementParty).findBy({ agreementId: agreement.id })).map((p) => p.agencyCode),
    );
    for (const agency of [requester, addressee]) {
      if (!agency) continue;
      problems.check(
        (await lineage(manager, agency)).some((code) => parties.has(code)),
        "input.agreementId",
        `${agency.code} is not a party to ${agreement.id}`,
        "NOT_A_PARTY",
      );
    }
  }

  checkText(problems, input.question, "input.question", MAX_QUESTION);
  const now = Date.now();
  problems.check(input.dueAt.getTime() > now, "input.dueAt", "must be in the future");
  problems.check(input.dueAt.getTime() <= now + MAX_DUE_MS, "input.dueAt", "at most a year ahead");

  if (subject === null) {
    problems.add(SUBJECT_FIELD[kind], `no ${SUBJECT_NAME[kind]} ${key}`, "NOT_FOUND");
    return null;
  }
  if (kind !== AssistanceSubjectKind.TRADE_PARTY) {
    problems.check(
      !input.portCode || input.portCode === subject.portCode,
      "input.portCode",
      `the ${SUBJECT_NAME[kind]} is at ${subject.portCode}; omit portCode or give that port`,
    );
    return subject.portCode;
  }
  if (!input.portCode) {
    problems.add("input.portCode", "a trade party has no port of its own: name the port the question arises at");
    return null;
  }
  const port = await manager.getRepository(PortOfEntry).findOneBy({ code: input.portCode });
  problems.check(port !== null, "input.portCode", `no port of entry ${input.portCode}`, "NOT_FOUND");
  return input.portCode;
}
