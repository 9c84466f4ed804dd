import { buildFederatedSchema } from "@frontera/federation";
import { type GraphQLSchema } from "graphql";
import { agreementsNodeHost, agreementsNodeTypes } from "./node/node-types";
import { MeResolver } from "./access/me.resolver";
import { RevocationResolver } from "./access/revocation.resolver";
import { resolveAgencyReference } from "./agency/agency.reference";
import { DisclosureResolver } from "./disclosure/disclosure.resolver";
import { DisclosedShipment, DisclosedTraveller, resolveDisclosedReference } from "./disclosure/disclosed-entities";
import { ArrangementDisclosureSummaryResolver } from "./disclosure/disclosure-summary.resolver";
import { RecordDisclosureResolver } from "./disclosure/record-disclosure.resolver";
import { AgencyResolver } from "./agency/agency.resolver";
import { AssistanceMutationResolver } from "./assistance/assistance-mutation.resolver";
import {
  AssistanceMessageResolver,
  AssistanceRequestResolver,
  resolveAssistanceRequestReference,
} from "./assistance/assistance.resolver";
import { resolveAgreementReference } from "./agreement/agreement.reference";
import { AgreementMutationResolver } from "./agreement/agreement-mutation.resolver";
import { AgreementVersionResolver } from "./agreement/agreement-version.resolver";
import { AgreementResolver } from "./agreement/agreement.resolver";
import { ArrangementMutationResolver } from "./arrangement/arrangement-mutation.resolver";
import { ArrangementDocumentsResolver } from "./arrangement/arrangement-documents.resolver";
import { resolveArrangementReference } from "./arrangement/arrangement.reference";
import { ArrangementResolver } from "./arrangement/arrangement.resolver";
import { resolvePortReference } from "./port/port.reference";
import { PortResolver } from "./port/port.resolver";
import { resolveProgramReference } from "./program/program.reference";
import { ProgramSiteResolver } from "./program/program-site.resolver";
import { ProgramResolver } from "./program/program.resolver";

export function buildAgreementsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        AgencyResolver,
        AgreementResolver,
        AgreementMutationResolver,
        AgreementVersionResolver,
        ProgramResolver,
        ProgramSiteResolver,
        PortResolver,
        ArrangementResolver,
        ArrangementMutationResolver,
        ArrangementDocumentsResolver,
        MeResolver,
        RevocationResolver,
        DisclosureResolver,
        RecordDisclosureResolver,
        DisclosedTraveller.resolver,
        DisclosedShipment.resolver,
        ArrangementDisclosureSummaryResolver,
        AssistanceRequestResolver,
        AssistanceMessageResolver,
        AssistanceMutationResolver,
      ],
      // Other subgraphs' records, reached only to add who received them.
      orphanedTypes: [DisclosedTraveller.type, DisclosedShipment.type],
    },
    {
      Agency: resolveAgencyReference,
      Agreement: resolveAgreementReference,
      Program: resolveProgramReference,
      PortOfEntry: resolvePortReference,
      DataSharingArrangement: resolveArrangementReference,
      AssistanceRequest: resolveAssistanceRequestReference,
      Traveller: resolveDisclosedReference,
      Shipment: resolveDisclosedReference,
    },
    { nodeTypes: agreementsNodeTypes, nodeHost: agreementsNodeHost },
  );
}
