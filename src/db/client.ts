// placeholder, replaced by the database client
export type Database = unknown;
