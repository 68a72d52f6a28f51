import { customType, timestamp, uuid } from "drizzle-orm/pg-core";

/** Columns most tables share, so every table spells them the same way. */
export const primaryId = () => uuid("id").primaryKey().defaultRandom();
export const createdAtColumn = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAtColumn = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
/** A Postgres text-search configuration name (`english`, `swedish`, `simple`). */
export const regconfig = customType<{ data: string }>({ dataType: () => "regconfig" });
