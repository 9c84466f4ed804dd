import {
  type RowPlaces,
  InputProblems,
  OrderDirection,
  type PageArguments,
  keysetOrder,
  type Connection,
  type KeysetColumn,
  keysetPage,
} from "@frontera/federation";
import { TRAVELLER_SCOPES, type TravellerRowPolicy } from "../access/traveller-row-policy";
import { GraphQLDate } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { type DataSource } from "typeorm";
import { TravelDocument, documentNumberKey } from "../document/travel-document.entity";
import { TrustedTravellerMembership } from "../membership/membership.entity";
import { nameTokens } from "./name-search";
import { Traveller, TravellerNameToken } from "./traveller.entity";
import { type TravellerOrder, TravellerOrderField } from "./traveller.order";

@InputType({ description: "Every given condition must hold." })
export class TravellerFilter {
  @Field({
    nullable: true,
    description: "Words of the names, any order, accents and case ignored; each a word prefix.",
  })
  name?: string;

  @Field(() => GraphQLDate, { nullable: true, description: "The date of birth, exactly." })
  dateOfBirth?: Date;

  @Field({ nullable: true, description: "The number of any of the traveller's documents." })
  documentNumber?: string;

  @Field({ nullable: true, description: "PASSID / Known Traveler Number." })
  passId?: string;
}

// A cursor never carries names or document numbers: the name columns are read again from the
// row the cursor's id names (served by the index on familyName, givenNames, id).
const TRAVELLER_ORDERS: Record<TravellerOrderField, Array<KeysetColumn<Traveller>>> = {
  [TravellerOrderField.ID]: [{ column: "traveller.id", type: "text", direction: "ASC", of: (row) => row.id }],
  [TravellerOrderField.NAME]: [
    {
      column: "traveller.familyName",
      type: "text",
      direction: "ASC",
      of: (row) => row.familyName,
      keptOutOfCursor: true,
    },
    {
      column: "traveller.givenNames",
      type: "text",
      direction: "ASC",
      of: (row) => row.givenNames,
      keptOutOfCursor: true,
    },
    { column: "traveller.id", type: "text", direction: "ASC", of: (row) => row.id },
  ],
};
const BY_ID = { field: TravellerOrderField.ID, direction: OrderDirection.ASC };
const MAX_NAME_WORDS = 6;

export async function searchTravellers(
  dataSource: DataSource,
  rows: TravellerRowPolicy,
  places: RowPlaces,
  search: TravellerFilter,
  page: PageArguments,
  orderBy?: TravellerOrder | null,
): Promise<Connection<Traveller>> {
  const problems = new InputProblems();
  const words = search.name === undefined ? [] : nameTokens(search.name);
  if (search.name !== undefined) {
    problems.check(words.length > 0, "filter.name", "give at least one letter or digit");
    problems.check(words.length <= MAX_NAME_WORDS, "filter.name", `at most ${MAX_NAME_WORDS} words`);
  }
  if (search.passId !== undefined) problems.check(/^\d{9}$/.test(search.passId), "filter.passId", "9 digits");
  if (search.documentNumber !== undefined) {
    problems.check(documentNumberKey(search.documentNumber).length > 0, "filter.documentNumber", "letters or digits");
  }
  problems.throwIfAny();
  // Each key answers only where the scope that reads it holds: otherwise a passport number turns
  // into a name, or a PASSID and a name prefix into a birth date.
  const keyScopes: Array<[string, string, boolean]> = [
    ["name", "traveller:identity:read", search.name !== undefined],
    ["dateOfBirth", "traveller:identity:read", Boolean(search.dateOfBirth)],
    ["documentNumber", "traveller:document:read", search.documentNumber !== undefined],
    ["passId", "traveller:membership:read", search.passId !== undefined],
  ];
  for (const [key, scope, used] of keyScopes) if (used) rows.checkSearchKey(`filter.${key}`, scope);
  // A page sorted by name ranks names against each other: it answers only where names are read.
  const byName = orderBy?.field === TravellerOrderField.NAME;
  if (byName) rows.checkSearchKey("orderBy", "traveller:identity:read");

  const query = dataSource.getRepository(Traveller).createQueryBuilder("traveller");
  words.forEach((word, i) =>
    query.andWhere(
      (outer) =>
        `traveller.id IN ${outer.subQuery().select("token.travellerId").from(TravellerNameToken, "token").where(`token.token LIKE :word${i}`).getQuery()}`,
      // a word holds only [a-z0-9]: no wildcard or quote of the caller's can reach the pattern
      { [`word${i}`]: `${word}%` },
    ),
  );
  if (search.dateOfBirth) {
    query.andWhere("traveller.dateOfBirth = :dateOfBirth", {
      dateOfBirth: search.dateOfBirth.toISOString().slice(0, 10),
    });
  }
  if (search.documentNumber) {
    query.andWhere(
      (outer) =>
        `traveller.id IN ${outer.subQuery().select("document.travellerId").from(TravelDocument, "document").where("document.numberKey = :numberKey").getQuery()}`,
      { numberKey: documentNumberKey(search.documentNumber) },
    );
  }
  if (search.passId) {
    query.andWhere(
      (outer) =>
        `traveller.id IN ${outer.subQuery().select("membership.travellerId").from(TrustedTravellerMembership, "membership").where("membership.passId = :passId").getQuery()}`,
      { passId: search.passId },
    );
  }
  rows.restrictTravellers(query, "traveller", TRAVELLER_SCOPES, "seen");
  for (const [key, scope, used] of keyScopes)
    if (used) rows.restrictTravellers(query, "traveller", [scope], `${key}Seen`);
  if (byName) rows.restrictTravellers(query, "traveller", ["traveller:identity:read"], "namesSeen");
  const found = await keysetPage(query, keysetOrder(TRAVELLER_ORDERS, orderBy, BY_ID), page);
  // Each person found is placed where they crossed, for the checks on their fields; like the
  // page's other parts, only when asked for.
  let placed: Promise<Array<{ cursor: string; node: Traveller }>> | undefined;
  return {
    get totalCount() {
      return found.totalCount;
    },
    get pageInfo() {
      return found.pageInfo;
    },
    get edges() {
      return (placed ??= found.edges.then(async (edges) => {
        await rows.placeTravellers(
          dataSource,
          edges.map((edge) => edge.node),
          places,
        );
        return edges;
      }));
    },
  };
}
