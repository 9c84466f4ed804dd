import { type Faker } from "@faker-js/faker";
import { iso6346CheckDigit, vinCheckDigit } from "@frontera/identifiers";

const VIN_CHARACTERS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
// World manufacturer identifiers of heavy trucks built in North America (Freightliner,
// International, Kenworth, Peterbilt, Volvo), as the first three VIN characters.
const TRUCK_WMIS = ["1FU", "3AK", "1HS", "3HS", "1XK", "2NK", "1XP", "4V4"];

/** A 17-character VIN with a correct North American check digit. */
export function truckVin(faker: Faker): string {
  const body = [...Array(14)].map(() => faker.helpers.arrayElement([...VIN_CHARACTERS])).join("");
  const draft = `${faker.helpers.arrayElement(TRUCK_WMIS)}${body}`;
  return `${draft.slice(0, 8)}${vinCheckDigit(draft)}${draft.slice(9)}`;
}

/** An ISO 6346 container number (owner code + U + serial) with its check digit. */
export function containerNumber(faker: Faker, owner: string): string {
  const first10 = `${owner}U${faker.string.numeric(6)}`;
  return `${first10}${iso6346CheckDigit(first10)}`;
}

/** A Mexican federal (SCT) truck plate, or a US apportioned plate. */
export function truckPlate(faker: Faker, mexican: boolean): string {
  return mexican
    ? `${faker.string.numeric(2)}${faker.string.alpha({ length: 2, casing: "upper" })}${faker.string.numeric(3)}`
    : `${faker.string.alpha({ length: 2, casing: "upper" })}${faker.string.numeric(5)}`;
}
