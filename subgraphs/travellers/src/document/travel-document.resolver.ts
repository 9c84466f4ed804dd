import { checkMrz } from "@frontera/identifiers";
import { FieldResolver, Resolver, Root } from "type-graphql";
import { TravelDocument } from "./travel-document.entity";

@Resolver(() => TravelDocument)
export class TravelDocumentResolver {
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: "Every ICAO 9303 check digit of the MRZ holds (weights 7-3-1); null without an MRZ.",
  })
  mrzValid(@Root() document: TravelDocument): boolean | null {
    return document.mrz ? checkMrz(document.mrz).valid : null;
  }
}
