// The travellers subgraph's code lists; its GraphQL enums (with their descriptions) are registered there.

export enum Sex {
  F = "F",
  M = "M",
  X = "X",
}

export enum DocumentType {
  PASSPORT = "PASSPORT",
  PASSPORT_CARD = "PASSPORT_CARD",
  BORDER_CROSSING_CARD = "BORDER_CROSSING_CARD",
  FAST_CARD = "FAST_CARD",
  SENTRI_CARD = "SENTRI_CARD",
  LPR_CARD = "LPR_CARD",
}

export enum MembershipStatus {
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
  REVOKED = "REVOKED",
  EXPIRED = "EXPIRED",
}

export enum Direction {
  NORTHBOUND = "NORTHBOUND",
  SOUTHBOUND = "SOUTHBOUND",
}

export enum CrossingMode {
  PEDESTRIAN = "PEDESTRIAN",
  PRIVATE_VEHICLE = "PRIVATE_VEHICLE",
  COMMERCIAL_DRIVER = "COMMERCIAL_DRIVER",
  BUS = "BUS",
  RAIL = "RAIL",
  AIR = "AIR",
}
