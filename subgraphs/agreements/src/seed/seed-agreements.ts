import {
  defaultSeedSize,
  type SeedSize,
  generateAssistanceRequests,
  agencyFacts,
  agreementFacts,
  defaultArrangements,
  portFacts,
  programFacts,
  programSiteFacts,
  insertInChunks,
} from "@frontera/seed";
import { type DataSource } from "typeorm";
import { Agency } from "../agency/agency.entity";
import { AgreementParty, AgreementProgram, AgreementSupersession } from "../agreement/agreement-links.entity";
import { Agreement } from "../agreement/agreement.entity";
import { PortOfEntry, PortProgram } from "../port/port.entity";
import { Program, ProgramAgency } from "../program/program.entity";
import { recordArrangement } from "../arrangement/arrangement.commands";
import { agreementsEntities } from "../entities";
import { ProgramSite } from "../program/program-site.entity";
import { seedAssistanceRequests } from "./seed-assistance-requests";

const SEED_ACTOR = "seed";
// Seeded reference data is recorded as of a fixed instant, so the same seed gives the same rows.
const SEEDED_AT = new Date("2026-01-01T00:00:00Z");

export async function isAgreementsDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(Agency).count()) === 0;
}

/**
 * Replaces the reference data with the sourced facts (agencies, agreements, programs, ports).
 * Reference data does not depend on the seed size: it is the same everywhere. The assistance
 * requests do: they are about the cargo records the same size generates.
 */
export async function seedAgreements(dataSource: DataSource, size: SeedSize = defaultSeedSize()): Promise<void> {
  await dataSource.transaction(async (manager) => {
    for (const entity of agreementsEntities) await manager.clear(entity);
    await insertInChunks(
      manager,
      Agency,
      agencyFacts.map(({ predecessor, ...fact }) => manager.create(Agency, { ...fact, predecessorCode: predecessor })),
    );
    await insertInChunks(
      manager,
      Agreement,
      agreementFacts.map((fact) =>
        manager.create(Agreement, {
          id: fact.id,
          title: fact.title,
          titleEs: fact.titleEs,
          instrumentType: fact.instrumentType,
          signedOn: fact.signedOn,
          signedAt: fact.signedAt,
          effectiveFrom: fact.effectiveFrom,
          effectiveFromBasis: fact.effectiveFromBasis,
          expiresOn: fact.expiresOn,
          status: fact.status,
          sources: fact.sources,
          note: fact.note,
          version: 1,
          updatedAt: SEEDED_AT,
        }),
      ),
    );
    await insertInChunks(
      manager,
      AgreementParty,
      agreementFacts.flatMap((fact) => fact.parties.map((agencyCode) => ({ agreementId: fact.id, agencyCode }))),
    );
    await insertInChunks(
      manager,
      AgreementSupersession,
      agreementFacts.flatMap((fact) => fact.supersedes.map((supersededId) => ({ agreementId: fact.id, supersededId }))),
    );
    await insertInChunks(
      manager,
      AgreementProgram,
      agreementFacts.flatMap((fact) => fact.programs.map((programCode) => ({ agreementId: fact.id, programCode }))),
    );
    await insertInChunks(
      manager,
      Program,
      programFacts.map((fact) =>
        manager.create(Program, {
          code: fact.code,
          name: fact.name,
          category: fact.category,
          note: fact.note,
          sources: fact.sources,
        }),
      ),
    );
    await insertInChunks(
      manager,
      ProgramAgency,
      programFacts.flatMap((fact) => fact.agencies.map((agencyCode) => ({ programCode: fact.code, agencyCode }))),
    );
    await insertInChunks(
      manager,
      PortOfEntry,
      portFacts.map((fact) =>
        manager.create(PortOfEntry, {
          code: fact.code,
          name: fact.name,
          usState: fact.usState,
          mxCity: fact.mxCity,
          mxAduanaSeccion: fact.mxAduanaSeccion,
          modes: fact.modes,
          note: fact.note,
          sources: fact.sources,
        }),
      ),
    );
    await insertInChunks(
      manager,
      PortProgram,
      portFacts.flatMap((fact) => fact.programs.map((programCode) => ({ portCode: fact.code, programCode }))),
    );
    await insertInChunks(
      manager,
      ProgramSite,
      programSiteFacts.map((fact) => manager.create(ProgramSite, fact)),
    );
    for (const {
      id,
      validFrom,
      validTo,
      coverage,
      provider,
      recipient,
      agreement,
      ports,
      ...fact
    } of defaultArrangements) {
      await recordArrangement(
        manager,
        {
          ...fact,
          providerCode: provider,
          recipientCode: recipient,
          agreementId: agreement,
          portCodes: ports,
          coverage,
          confidentialityAssurance: true,
          validFrom: new Date(validFrom),
          validTo: validTo ? new Date(validTo) : null,
        },
        SEED_ACTOR,
        id,
      );
    }
    await seedAssistanceRequests(manager, generateAssistanceRequests(size));
  });
}
