import { Agency } from "./agency/agency.entity";
import { AgreementParty, AgreementProgram, AgreementSupersession } from "./agreement/agreement-links.entity";
import { Agreement } from "./agreement/agreement.entity";
import { PortOfEntry, PortProgram } from "./port/port.entity";
import { Program, ProgramAgency } from "./program/program.entity";

export const agreementsEntities = [
  Agency,
  Agreement,
  AgreementParty,
  AgreementSupersession,
  AgreementProgram,
  Program,
  ProgramAgency,
  PortOfEntry,
  PortProgram,
];
