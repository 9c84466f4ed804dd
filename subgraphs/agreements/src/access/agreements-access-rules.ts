import { type AccessRules, type EntityRule, PLACED_EVERYWHERE } from "@frontera/federation";
import { type AgreementsContext } from "../context";
import { type DataSharingArrangement } from "../arrangement/arrangement.entity";
import { type AssistanceRequest } from "../assistance/assistance-request.entity";
import { agreementsNodeHost } from "../node/node-types";

/** A partner reads only its own arrangements: another agency's are as if they did not exist. */
export function ownArrangement(arrangement: DataSharingArrangement, { access }: Pick<AgreementsContext, "access">) {
  return access.claims.kind !== "partner" || arrangement.recipientCode === access.claims.agency;
}

/** Agreements holds reference data, the same at every port, and each partner's own arrangements. */
export const agreementsAccessRules: AccessRules = {
  Agency: PLACED_EVERYWHERE,
  Agreement: PLACED_EVERYWHERE,
  Program: PLACED_EVERYWHERE,
  PortOfEntry: PLACED_EVERYWHERE,
  DataSharingArrangement: { ...PLACED_EVERYWHERE, visible: ownArrangement } satisfies EntityRule<
    DataSharingArrangement,
    AgreementsContext
  >,
  // A request lives at its subject's port, and only its two agencies see it, each on its side with
  // that side's scope there (AssistanceRows; its loader cuts the same rows in SQL).
  AssistanceRequest: {
    place: (request) => [request.portCode],
    visible: (request, { assistanceRows }) => assistanceRows.visible(request),
  } satisfies EntityRule<AssistanceRequest, AgreementsContext>,
  // Other subgraphs' rows, named by id alone for `node(id:)`: a stub shows nothing but the id the
  // caller gave. The owner's `_entities` places and checks the row itself.
  ...Object.fromEntries(Object.keys(agreementsNodeHost.foreignTypes).map((typeName) => [typeName, PLACED_EVERYWHERE])),
};
