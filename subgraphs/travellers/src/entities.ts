import { IdempotencyRecord } from "@frontera/federation";
import { PortDailyCount } from "@frontera/port-daily-counts";
import { Crossing } from "./crossing/crossing.entity";
import { TravelDocument } from "./document/travel-document.entity";
import { TrustedTravellerMembership } from "./membership/membership.entity";
import { Traveller, TravellerNameToken } from "./traveller/traveller.entity";

export const travellersEntities = [
  Traveller,
  TravellerNameToken,
  TravelDocument,
  TrustedTravellerMembership,
  Crossing,
  IdempotencyRecord,
  PortDailyCount,
];
