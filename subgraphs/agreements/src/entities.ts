import { IdempotencyRecord } from "@frontera/federation";
import { TokenRevocation } from "./access/token-revocation.entity";
import { Agency } from "./agency/agency.entity";
import { AssistanceRequestEvent } from "./assistance/assistance-event.entity";
import { AssistanceMessage } from "./assistance/assistance-message.entity";
import { AssistanceRequest } from "./assistance/assistance-request.entity";
import { Disclosure } from "./disclosure/disclosure.entity";
import { DisclosureDayCount } from "./disclosure/disclosure-day-count.entity";
import { DisclosureRecordSet, RecordSetMember } from "./disclosure/record-set.entity";
import { DisclosureChainHead, DisclosureCheckpoint } from "./disclosure/disclosure-chain.entity";
import { AgreementParty, AgreementProgram, AgreementSupersession } from "./agreement/agreement-links.entity";
import { AgreementVersion } from "./agreement/agreement-version.entity";
import { Agreement } from "./agreement/agreement.entity";
import { ArrangementEvent } from "./arrangement/arrangement-event.entity";
import { ArrangementPort, DataSharingArrangement } from "./arrangement/arrangement.entity";
import { PortOfEntry, PortProgram } from "./port/port.entity";
import { ProgramSite } from "./program/program-site.entity";
import { Program, ProgramAgency } from "./program/program.entity";

export const agreementsEntities = [
  Agency,
  Agreement,
  AgreementParty,
  AgreementSupersession,
  AgreementProgram,
  AgreementVersion,
  Program,
  ProgramAgency,
  ProgramSite,
  PortOfEntry,
  PortProgram,
  DataSharingArrangement,
  ArrangementPort,
  ArrangementEvent,
  IdempotencyRecord,
  TokenRevocation,
  Disclosure,
  DisclosureRecordSet,
  RecordSetMember,
  DisclosureDayCount,
  DisclosureChainHead,
  DisclosureCheckpoint,
  AssistanceRequest,
  AssistanceMessage,
  AssistanceRequestEvent,
];
