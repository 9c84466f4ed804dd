import { Arg, Mutation, Query, Resolver } from "type-graphql";
import { IdempotencyKeyArg, conflict, entityPayloads } from "../../src";
import { printTypes } from "./print-types";

const widgetPayload = entityPayloads({ field: "widget", type: () => String });
const CreateWidgetPayload = widgetPayload("createWidget", ["INVALID", "IDEMPOTENCY_KEY_REUSED"]);
const BendWidgetPayload = widgetPayload("bendWidget", ["NOT_FOUND", "CHANGED_MEANWHILE"]);
const FileGadgetPayload = entityPayloads({
  field: "gadget",
  type: () => String,
  description: "The gadget as filed.",
})("fileGadget", ["INVALID"]);

@Resolver()
class WidgetResolver {
  @Query(() => Boolean)
  ping(): boolean {
    return true;
  }

  @Mutation(() => CreateWidgetPayload.type)
  createWidget(@Arg("name") _name: string, @IdempotencyKeyArg() _key: string | null): null {
    return null;
  }

  @Mutation(() => BendWidgetPayload.type)
  bendWidget(): null {
    return null;
  }

  @Mutation(() => FileGadgetPayload.type)
  fileGadget(): null {
    return null;
  }
}

describe("entityPayloads", () => {
  it("builds each mutation's payload around the entity, with only that mutation's codes", async () => {
    const printed = await printTypes(
      [WidgetResolver],
      ["CreateWidgetPayload", "CreateWidgetErrorCode", "BendWidgetErrorCode"],
    );
    expect(printed).toContain('  """The widget as recorded; null when the request was refused."""\n  widget: String\n');
    expect(printed).toMatch(/enum CreateWidgetErrorCode[^}]*INVALID[^}]*IDEMPOTENCY_KEY_REUSED\n}/);
    expect(printed).toMatch(/enum BendWidgetErrorCode[^}]*NOT_FOUND[^}]*CHANGED_MEANWHILE\n}/);
    expect(printed).not.toMatch(/enum BendWidgetErrorCode[^}]*INVALID/);
  });

  it("takes the entity field's own description where given", async () => {
    expect(await printTypes([WidgetResolver], ["FileGadgetPayload"])).toContain('  """The gadget as filed."""\n');
  });

  it("runs a body into the entity's field, and its business errors into userErrors", async () => {
    expect(await BendWidgetPayload.run(async () => "w-1")).toEqual({ widget: "w-1", userErrors: [] });
    expect(await BendWidgetPayload.run(() => Promise.reject(conflict("CHANGED_MEANWHILE", "read again")))).toEqual({
      widget: null,
      userErrors: [{ field: [], code: "CHANGED_MEANWHILE", message: "read again" }],
    });
  });
});

describe("IdempotencyKeyArg", () => {
  it("declares the optional idempotencyKey argument with its one description", async () => {
    expect(await printTypes([WidgetResolver], ["Mutation"])).toContain(
      '    """Retrying with the same key and arguments writes once."""\n    idempotencyKey: String\n',
    );
  });
});
