import { registerEnumType } from "type-graphql";

/**
 * The pedimento's clave (Anexo 22 of Mexico's foreign-trade rules, appendix 2): what kind of
 * operation it declares. Only the few a truck crossing southbound commonly carries.
 */
export enum PedimentoClave {
  A1 = "A1",
  IN = "IN",
  AF = "AF",
}

/** The customs regime the goods enter under (Ley Aduanera, article 90). */
export enum CustomsRegime {
  DEFINITIVE_IMPORT = "DEFINITIVE_IMPORT",
  TEMPORARY_IMPORT_IMMEX = "TEMPORARY_IMPORT_IMMEX",
}

/** The random selection (semáforo fiscal) a pedimento meets at the module, as its result. */
export enum SelectionResult {
  GREEN = "GREEN",
  RED = "RED",
}

registerEnumType(PedimentoClave, {
  name: "PedimentoClave",
  description: "The pedimento's clave (Anexo 22, appendix 2): the kind of operation declared.",
  valuesConfig: {
    A1: { description: "Definitive import (or export)." },
    IN: { description: "Temporary import of goods to be processed under an IMMEX programme." },
    AF: { description: "Temporary import of fixed assets under an IMMEX programme." },
  },
});
registerEnumType(CustomsRegime, {
  name: "CustomsRegime",
  description: "The customs regime the goods enter Mexico under.",
  valuesConfig: {
    DEFINITIVE_IMPORT: { description: "Importación definitiva: the goods stay in Mexico for good." },
    TEMPORARY_IMPORT_IMMEX: {
      description: "Importación temporal under IMMEX: processed, transformed or repaired, then exported.",
    },
  },
});
registerEnumType(SelectionResult, {
  name: "SelectionResult",
  description: "The random selection (semáforo fiscal) at the customs module.",
  valuesConfig: {
    GREEN: { description: "Released (desaduanamiento libre)." },
    RED: { description: "Selected for a customs examination (reconocimiento aduanero)." },
  },
});
