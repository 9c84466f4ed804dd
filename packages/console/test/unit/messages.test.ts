import { en } from "../../src/i18n/messages-en";
import { es } from "../../src/i18n/messages-es";

// The type of the Spanish catalog already demands every English id; this checks what a type cannot.

const argumentsOf = (message: string) => [...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]).sort();

describe("the Spanish messages", () => {
  it("have no id the English ones lack, and none left empty", () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    expect(Object.entries(es).filter(([, message]) => message.trim() === "")).toEqual([]);
  });

  it("use the same arguments as the English ones ({count}, {name}…)", () => {
    const differing = Object.entries(en)
      .filter(([id, message]) => argumentsOf(message).join() !== argumentsOf(es[id as keyof typeof en]).join())
      .map(([id]) => id);
    expect(differing).toEqual([]);
  });
});
