// The canonical operations, verbatim (README, "An example query"): what officer consoles run most. The query page
// offers them; tests and benchmarks run them. Prettier is told to leave them as written there.

// prettier-ignore
export const SHIPMENT_DOSSIER = /* GraphQL */ `
  query ShipmentDossier($port: ID!, $first: Int = 50) {
    shipments(filter: { portCode: $port }, first: $first) {
      totalCount
      edges { node {
        shipmentControlNumber status
        port { code name mxAduanaSeccion }
        trip { tripNumber lane driver { familyName givenNames
          memberships { program { code name } status } } }
        goodsItems { hsCode description originCountry grossMassKg }
        programs { code name legalBasis { id title } }
        inspections { kind result agencies { code } pestFindings { taxon } }
      } }
    }
  }
`;

// prettier-ignore
export const TRAVELLER_PROFILE = /* GraphQL */ `
  query TravellerProfile($id: ID!) {
    traveller(id: $id) {
      familyName givenNames dateOfBirth citizenships
      documents { type number issuingCountry expiresOn mrzValid }
      memberships { program { code name } status validUntil }
      crossings(first: 20) { edges { node { at lane port { name }
        trip { tripNumber shipments { shipmentControlNumber } } } } }
    }
  }
`;

// prettier-ignore
export const PORT_DASHBOARD = /* GraphQL */ `
  query PortDashboard($code: ID!, $from: DateTime!, $to: DateTime!) {
    port(code: $code) {
      name mxCity programs { code }
      truckCrossings(filter: { crossedAt: { from: $from, to: $to } }) { totalCount }
      crossings(filter: { at: { from: $from, to: $to } }) { totalCount }
      inspections(first: 20) { edges { node { kind result startedAt } } }
    }
  }
`;

/**
 * ShipmentDossier one page further down: the same selection after a cursor. Benchmarks and the
 * query-plan test walk it to deep pages, which keyset pagination must serve as cheaply as the
 * first one.
 */
export const SHIPMENT_DOSSIER_AFTER = SHIPMENT_DOSSIER.replace(
  "$first: Int = 50)",
  "$first: Int = 50, $after: String)",
).replace("first: $first)", "first: $first, after: $after)");
