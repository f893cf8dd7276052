CREATE TABLE "patient_directory_version" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
-- One row, created here, so readers never have to insert it.
INSERT INTO "patient_directory_version" ("id", "version") VALUES (1, 1);--> statement-breakpoint
-- A statement trigger, not a row trigger: an import of 10,000 patients bumps the version once.
CREATE FUNCTION bump_patient_directory_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE patient_directory_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER patients_bump_directory_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON patients
  FOR EACH STATEMENT EXECUTE FUNCTION bump_patient_directory_version();
