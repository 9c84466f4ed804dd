import { CustomsRegime, PedimentoClave, SelectionResult } from "@frontera/code-lists";
import { registerEnumType } from "type-graphql";

// The code list's enums (shared with the demo data), served by this subgraph as GraphQL enums.
export { CustomsRegime, PedimentoClave, SelectionResult };

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
