import { Field, ID, InputType } from "type-graphql";
import { type DataSource } from "typeorm";
import { PortMode, PortOfEntry, PortProgram } from "./port.entity";

@InputType({ description: "Every given condition must hold." })
export class PortFilter {
  @Field({ nullable: true, description: "USPS state code, e.g. TX." })
  usState?: string;

  @Field(() => PortMode, { nullable: true, description: "Only ports that handle this mode of traffic." })
  mode?: PortMode;

  @Field(() => ID, { nullable: true, description: "A program operating at the port, e.g. UCP." })
  programCode?: string;
}

export async function findPorts(dataSource: DataSource, filter: PortFilter): Promise<PortOfEntry[]> {
  const query = dataSource.getRepository(PortOfEntry).createQueryBuilder("port");
  if (filter.usState) query.andWhere("port.usState = :usState", { usState: filter.usState.toUpperCase() });
  if (filter.programCode) {
    query.andWhere(
      (outer) =>
        `port.code IN ${outer.subQuery().select("link.portCode").from(PortProgram, "link").where("link.programCode = :programCode").getQuery()}`,
      { programCode: filter.programCode },
    );
  }
  const ports = await query.orderBy("port.code", "ASC").getMany();
  // Modes are a short list per port (a handful of ports in all): filtered here, not in SQL.
  return filter.mode ? ports.filter((port) => port.modes.includes(filter.mode!)) : ports;
}
