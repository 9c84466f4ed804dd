import { type AccessRules, type EntityRule, PLACED_EVERYWHERE } from "@frontera/federation";
import { type AgreementsContext } from "../context";
import { type DataSharingArrangement } from "../arrangement/arrangement.entity";

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
};
