DROP INDEX "patients_search_name_trgm";--> statement-breakpoint
CREATE INDEX "patients_search_name_trgm" ON "patients" USING gin ("search_name" gin_trgm_ops) WITH (gin_pending_list_limit=64);