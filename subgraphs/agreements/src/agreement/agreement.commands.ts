import { notFound } from "@frontera/federation";
import { type EntityManager } from "typeorm";
import { AgreementParty, AgreementProgram, AgreementSupersession } from "./agreement-links.entity";
import { type AgreementSnapshot, AgreementVersion, SNAPSHOT_COLUMNS } from "./agreement-version.entity";
import { Agreement } from "./agreement.entity";
import { AgreementStatus } from "./agreement.enums";
import { type AgreementDraft } from "./agreement.rules";

/** The current version of an agreement, with its parties and programs, as a snapshot. */
export async function currentAgreement(
  manager: EntityManager,
  id: string,
): Promise<{ agreement: Agreement; snapshot: AgreementSnapshot }> {
  const agreement = await manager.getRepository(Agreement).findOneBy({ id });
  if (!agreement) throw notFound(`agreement ${id}`, "id");
  const parties = await manager
    .getRepository(AgreementParty)
    .find({ where: { agreementId: id }, order: { agencyCode: "ASC" } });
  const programs = await manager
    .getRepository(AgreementProgram)
    .find({ where: { agreementId: id }, order: { programCode: "ASC" } });
  const columns = Object.fromEntries(SNAPSHOT_COLUMNS.map((column) => [column, agreement[column]]));
  return {
    agreement,
    snapshot: {
      ...(columns as Pick<Agreement, (typeof SNAPSHOT_COLUMNS)[number]>),
      parties: parties.map((party) => party.agencyCode),
      programs: programs.map((program) => program.programCode),
    },
  };
}

async function writeLinks(manager: EntityManager, id: string, snapshot: AgreementSnapshot): Promise<void> {
  await manager.getRepository(AgreementParty).delete({ agreementId: id });
  await manager.getRepository(AgreementProgram).delete({ agreementId: id });
  if (snapshot.parties.length) {
    await manager
      .getRepository(AgreementParty)
      .insert(snapshot.parties.map((agencyCode) => ({ agreementId: id, agencyCode })));
  }
  if (snapshot.programs.length) {
    await manager
      .getRepository(AgreementProgram)
      .insert(snapshot.programs.map((programCode) => ({ agreementId: id, programCode })));
  }
}

function columnsOf({ parties: _parties, programs: _programs, ...columns }: AgreementSnapshot) {
  return columns;
}

/**
 * Replaces an agreement's current version by `next`, keeping the current one readable in its
 * history with who replaced it, when and why.
 */
export async function replaceAgreementVersion(
  manager: EntityManager,
  id: string,
  next: (current: AgreementSnapshot) => AgreementSnapshot,
  actor: string,
  reason: string | null,
): Promise<void> {
  const { agreement, snapshot } = await currentAgreement(manager, id);
  const now = new Date();
  await manager.getRepository(AgreementVersion).insert({
    agreementId: id,
    version: agreement.version,
    snapshot,
    recordedAt: agreement.updatedAt,
    replacedAt: now,
    replacedBy: actor,
    reason,
  });
  const updated = next(snapshot);
  await manager
    .getRepository(Agreement)
    .update(
      { id, version: agreement.version },
      { ...columnsOf(updated), version: agreement.version + 1, updatedAt: now },
    );
  await writeLinks(manager, id, updated);
}

/** Records a new agreement; the agreements it supersedes become SUPERSEDED (each keeps its history). */
export async function recordAgreement(manager: EntityManager, draft: AgreementDraft, actor: string): Promise<void> {
  const { supersedes, id, ...snapshot } = draft;
  await manager.getRepository(Agreement).insert({ id, ...columnsOf(snapshot), version: 1, updatedAt: new Date() });
  await writeLinks(manager, id, snapshot);
  for (const supersededId of supersedes) {
    await manager.getRepository(AgreementSupersession).insert({ agreementId: id, supersededId });
    await replaceAgreementVersion(
      manager,
      supersededId,
      (current) => ({ ...current, status: AgreementStatus.SUPERSEDED }),
      actor,
      `superseded by ${id}`,
    );
  }
}
