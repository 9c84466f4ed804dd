import { TrustedTravellerMembership } from "./membership/membership.entity";
import { Traveller } from "./traveller/traveller.entity";

export const travellersEntities = [Traveller, TrustedTravellerMembership];
