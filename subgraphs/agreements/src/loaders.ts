import { type Access } from "@frontera/auth";
import { ownArrangement } from "./access/agreements-access-rules";
import { rowByKeyLoader, rowsByKeyLoader } from "@frontera/database";
import { type DataSource, In } from "typeorm";
import { Agency } from "./agency/agency.entity";
import { AssistanceRequestEvent } from "./assistance/assistance-event.entity";
import { AssistanceMessage } from "./assistance/assistance-message.entity";
import { AssistanceRequest } from "./assistance/assistance-request.entity";
import { type AssistanceRows } from "./assistance/assistance-rows";
import { Disclosure } from "./disclosure/disclosure.entity";
import { AgreementParty, AgreementProgram, AgreementSupersession } from "./agreement/agreement-links.entity";
import { Agreement } from "./agreement/agreement.entity";
import { AgreementVersion } from "./agreement/agreement-version.entity";
import { ArrangementEvent } from "./arrangement/arrangement-event.entity";
import { ArrangementPort, DataSharingArrangement } from "./arrangement/arrangement.entity";
import { PortOfEntry, PortProgram } from "./port/port.entity";
import { ProgramSite } from "./program/program-site.entity";
import { Program, ProgramAgency } from "./program/program.entity";

/** Created per request (in the context factory): a loader's cache must not outlive a request. */
export function createAgreementsLoaders(dataSource: DataSource, access: Access, assistanceRows: AssistanceRows) {
  const repository = dataSource.getRepository.bind(dataSource);
  return {
    agencyByCode: rowByKeyLoader(
      (codes: readonly string[]) => repository(Agency).findBy({ code: In([...codes]) }),
      (agency) => agency.code,
    ),
    disclosureById: rowByKeyLoader(
      (ids: readonly string[]) => repository(Disclosure).findBy({ id: In([...ids]) }),
      (disclosure) => disclosure.id,
    ),
    agreementById: rowByKeyLoader(
      (ids: readonly string[]) => repository(Agreement).findBy({ id: In([...ids]) }),
      (agreement) => agreement.id,
    ),
    programByCode: rowByKeyLoader(
      (codes: readonly string[]) => repository(Program).findBy({ code: In([...codes]) }),
      (program) => program.code,
    ),
    portByCode: rowByKeyLoader(
      (codes: readonly string[]) => repository(PortOfEntry).findBy({ code: In([...codes]) }),
      (port) => port.code,
    ),
    partiesByAgreement: rowsByKeyLoader(
      (ids: readonly string[]) =>
        repository(AgreementParty).find({ where: { agreementId: In([...ids]) }, order: { agencyCode: "ASC" } }),
      (link) => link.agreementId,
    ),
    supersededByAgreement: rowsByKeyLoader(
      (ids: readonly string[]) => repository(AgreementSupersession).findBy({ agreementId: In([...ids]) }),
      (link) => link.agreementId,
    ),
    programsByAgreement: rowsByKeyLoader(
      (ids: readonly string[]) =>
        repository(AgreementProgram).find({ where: { agreementId: In([...ids]) }, order: { programCode: "ASC" } }),
      (link) => link.agreementId,
    ),
    agreementsByProgram: rowsByKeyLoader(
      (codes: readonly string[]) =>
        repository(AgreementProgram).find({ where: { programCode: In([...codes]) }, order: { agreementId: "ASC" } }),
      (link) => link.programCode,
    ),
    agenciesByProgram: rowsByKeyLoader(
      (codes: readonly string[]) =>
        repository(ProgramAgency).find({ where: { programCode: In([...codes]) }, order: { agencyCode: "ASC" } }),
      (link) => link.programCode,
    ),
    programsByPort: rowsByKeyLoader(
      (codes: readonly string[]) =>
        repository(PortProgram).find({ where: { portCode: In([...codes]) }, order: { programCode: "ASC" } }),
      (link) => link.portCode,
    ),
    sitesByProgram: rowsByKeyLoader(
      (codes: readonly string[]) =>
        repository(ProgramSite).find({ where: { programCode: In([...codes]) }, order: { portCode: "ASC", id: "ASC" } }),
      (site) => site.programCode,
    ),
    versionsByAgreement: rowsByKeyLoader(
      (ids: readonly string[]) =>
        repository(AgreementVersion).find({ where: { agreementId: In([...ids]) }, order: { version: "ASC" } }),
      (version) => version.agreementId,
    ),
    arrangementById: rowByKeyLoader(
      async (ids: readonly string[]) =>
        (await repository(DataSharingArrangement).findBy({ id: In([...ids]) })).filter((arrangement) =>
          ownArrangement(arrangement, { access }),
        ),
      (arrangement) => arrangement.id,
    ),
    portsByArrangement: rowsByKeyLoader(
      (ids: readonly string[]) =>
        repository(ArrangementPort).find({ where: { arrangementId: In([...ids]) }, order: { portCode: "ASC" } }),
      (link) => link.arrangementId,
    ),
    eventsByArrangement: rowsByKeyLoader(
      (ids: readonly string[]) =>
        repository(ArrangementEvent).find({ where: { arrangementId: In([...ids]) }, order: { sequence: "ASC" } }),
      (event) => event.arrangementId,
    ),
    // Cut in SQL by the same rule as the list: a request between other agencies is never read.
    assistanceRequestById: rowByKeyLoader(
      (ids: readonly string[]) => {
        const query = repository(AssistanceRequest)
          .createQueryBuilder("request")
          .where("request.id IN (:...ids)", { ids: [...ids] });
        assistanceRows.restrict(query, "request");
        return query.getMany();
      },
      (request) => request.id,
    ),
    messagesByAssistanceRequest: rowsByKeyLoader(
      (ids: readonly string[]) =>
        repository(AssistanceMessage).find({ where: { requestId: In([...ids]) }, order: { sequence: "ASC" } }),
      (message) => message.requestId,
    ),
    eventsByAssistanceRequest: rowsByKeyLoader(
      (ids: readonly string[]) =>
        repository(AssistanceRequestEvent).find({ where: { requestId: In([...ids]) }, order: { sequence: "ASC" } }),
      (event) => event.requestId,
    ),
  };
}

export type AgreementsLoaders = ReturnType<typeof createAgreementsLoaders>;
