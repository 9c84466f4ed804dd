import { buildFederatedSchema } from "@frontera/federation";
import { type GraphQLSchema } from "graphql";
import { resolveAgencyReference } from "./agency/agency.reference";
import { AgencyResolver } from "./agency/agency.resolver";
import { resolveAgreementReference } from "./agreement/agreement.reference";
import { AgreementResolver } from "./agreement/agreement.resolver";
import { resolvePortReference } from "./port/port.reference";
import { PortResolver } from "./port/port.resolver";
import { resolveProgramReference } from "./program/program.reference";
import { ProgramResolver } from "./program/program.resolver";

export function buildAgreementsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [AgencyResolver, AgreementResolver, ProgramResolver, PortResolver] },
    {
      Agency: resolveAgencyReference,
      Agreement: resolveAgreementReference,
      Program: resolveProgramReference,
      PortOfEntry: resolvePortReference,
    },
  );
}
