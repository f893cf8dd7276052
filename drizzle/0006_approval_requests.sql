CREATE TABLE "approval_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"source_key" text NOT NULL,
	"charge_id" integer NOT NULL,
	"amount_cents" integer NOT NULL,
	"reason" text NOT NULL,
	"note" text,
	"requested_by" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"entry_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "approval_requests_sourceKey_unique" UNIQUE("source_key"),
	CONSTRAINT "approval_requests_amount_positive" CHECK ("approval_requests"."amount_cents" > 0),
	CONSTRAINT "approval_requests_status" CHECK ("approval_requests"."status" in ('pending', 'approved', 'rejected')),
	CONSTRAINT "approval_requests_decided" CHECK (("approval_requests"."status" = 'pending') = ("approval_requests"."decided_by" is null and "approval_requests"."decided_at" is null)),
	CONSTRAINT "approval_requests_entry" CHECK (("approval_requests"."status" = 'approved') = ("approval_requests"."entry_id" is not null)),
	CONSTRAINT "approval_requests_rejection_note" CHECK ("approval_requests"."status" <> 'rejected' or coalesce(char_length("approval_requests"."decision_note"), 0) between 1 and 500),
	CONSTRAINT "approval_requests_note_length" CHECK ("approval_requests"."note" is null or char_length("approval_requests"."note") between 1 and 500)
);
--> statement-breakpoint
ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_charge_id_charges_id_fk" FOREIGN KEY ("charge_id") REFERENCES "public"."charges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approval_requests_pending_idx" ON "approval_requests" USING btree ("status","created_at");