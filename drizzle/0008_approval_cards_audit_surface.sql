CREATE TABLE "approval_card_posts" (
	"approval_id" text NOT NULL,
	"channel" text NOT NULL,
	"ts" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "approval_card_posts_channel_ts_pk" PRIMARY KEY("channel","ts")
);
--> statement-breakpoint
ALTER TABLE "approval_card_posts" ADD CONSTRAINT "approval_card_posts_approval_id_approval_requests_id_fk" FOREIGN KEY ("approval_id") REFERENCES "public"."approval_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approval_card_posts_approval_idx" ON "approval_card_posts" USING btree ("approval_id");--> statement-breakpoint
-- NOT VALID: the audit log is append-only history, so rows written before every row said its
-- surface stay as they are; each new row is checked.
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_surface" CHECK (coalesce("audit_log"."details"->>'surface', '') in ('slack', 'sandbox', 'cli', 'import', 'config')) NOT VALID;
