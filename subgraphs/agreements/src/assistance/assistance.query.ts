import {
  type Connection,
  type KeysetColumn,
  type PageArguments,
  keysetOrder,
  keysetPage,
  timeThenKey,
} from "@frontera/federation";
import { type DataSource } from "typeorm";
import { type AssistanceRows } from "./assistance-rows";
import { AssistanceRequest } from "./assistance-request.entity";
import {
  type AssistanceRequestFilter,
  AssistanceRequestOrder,
  type AssistanceRequestOrderField,
} from "./assistance.connection";
import { AssistanceRequestStatus } from "./assistance.enums";

// Served by the indexes on (requesterCode, openedAt, id) and (addresseeCode, openedAt, id).
const ASSISTANCE_ORDERS: Record<AssistanceRequestOrderField, Array<KeysetColumn<AssistanceRequest>>> = {
  OPENED_AT: timeThenKey<AssistanceRequest>("request", "openedAt", "id"),
};

/** A keyset page of the requests the caller sees; `totalCount` counts on the same cut query. */
export function findAssistanceRequestPage(
  dataSource: DataSource,
  rows: AssistanceRows,
  filter: AssistanceRequestFilter,
  page: PageArguments,
  orderBy?: AssistanceRequestOrder | null,
): Promise<Connection<AssistanceRequest>> {
  const query = dataSource.getRepository(AssistanceRequest).createQueryBuilder("request");
  rows.restrict(query, "request", filter.direction);
  if (filter.status) query.andWhere("request.status = :status", { status: filter.status });
  if (filter.concern) query.andWhere("request.concern = :concern", { concern: filter.concern });
  if (filter.overdue === true) {
    query
      .andWhere("request.status = :open", { open: AssistanceRequestStatus.OPEN })
      .andWhere("request.dueAt < :now", { now: new Date() });
  } else if (filter.overdue === false) {
    query.andWhere("(request.status <> :open OR request.dueAt >= :now)", {
      open: AssistanceRequestStatus.OPEN,
      now: new Date(),
    });
  }
  return keysetPage(query, keysetOrder(ASSISTANCE_ORDERS, orderBy, AssistanceRequestOrder.byDefault), page);
}
