import { scopeDirective } from "@frontera/auth";
import { Directive, Field, InputType, ObjectType } from "type-graphql";
import { type ValueTransformer } from "typeorm";

// A public source of a reference fact. Sources are kept with the record they support, as JSON in
// its row (the same source cited by several records is repeated): they are read only with the
// record, never queried on their own.

@Directive(scopeDirective("reference:read"))
@ObjectType("Source", {
  description: "A public source a reference fact rests on: a treaty series entry, a release, a notice.",
})
export class ReferenceSource {
  @Field()
  title: string;

  @Field(() => String, {
    nullable: true,
    description: "Who published it; null only for citations recorded as text alone.",
  })
  publisher: string | null;

  // Not a Date: sources give a month or a year as often as a day, and the precision is kept.
  @Field(() => String, {
    name: "publishedIn",
    nullable: true,
    description:
      "When it was published, as precisely as it says: ISO 8601 (2018-04-13, 2018-04 or 2018); null when it gives no date.",
  })
  publishedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Its web address; null where none was located (the note says why).",
  })
  url: string | null;

  @Field(() => String, {
    nullable: true,
    description: "What the source says that matters here, or what is unverified.",
  })
  note: string | null;

  @Field(() => [String], {
    description:
      "The facts (fields) of the record it supports, e.g. startedIn; empty when it supports the record as a whole.",
  })
  facts: string[];
}

@InputType({ description: "A public source of an agreement." })
export class SourceInput {
  @Field({ description: "Its title, at most 300 characters." })
  title: string;

  @Field({ description: "Who published it, at most 200 characters." })
  publisher: string;

  @Field(() => String, {
    nullable: true,
    description: "ISO 8601 date, as precise as the source: 2018-04-13, 2018-04 or 2018.",
  })
  publishedIn?: string | null;

  @Field(() => String, { nullable: true, description: "An http(s) address, at most 500 characters." })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "What it says that matters, at most 500 characters." })
  note?: string | null;

  @Field(() => [String], {
    defaultValue: [],
    description: "The facts (fields) it supports; empty for the whole record.",
  })
  facts: string[];
}

/** A stored source list: sources as objects, or (recorded before sources had fields) as text. */
export function toSources(stored: unknown): ReferenceSource[] {
  if (!Array.isArray(stored)) return [];
  return stored.map((entry: unknown) =>
    typeof entry === "string"
      ? {
          title: entry,
          publisher: null,
          publishedOn: null,
          url: /^https?:\/\/\S+$/.test(entry) ? entry : null,
          note: null,
          facts: [],
        }
      : {
          title: String((entry as ReferenceSource).title),
          publisher: (entry as ReferenceSource).publisher ?? null,
          publishedOn: (entry as ReferenceSource).publishedOn ?? null,
          url: (entry as ReferenceSource).url ?? null,
          note: (entry as ReferenceSource).note ?? null,
          facts: (entry as ReferenceSource).facts ?? [],
        },
  );
}

/** For `simple-json` source columns: rows written before sources had fields read as sources too. */
export const sourcesTransformer: ValueTransformer = {
  to: (value: unknown) => value,
  from: (value: unknown) => (value === null || value === undefined ? [] : toSources(value)),
};

/** Sources as given to a mutation, with every field present (null where left out). */
export function sourcesFromInput(input: SourceInput[]): ReferenceSource[] {
  return input.map(({ title, publisher, publishedIn, url, note, facts }) => ({
    title,
    publisher,
    publishedOn: publishedIn ?? null,
    url: url ?? null,
    note: note ?? null,
    facts: facts ?? [],
  }));
}
