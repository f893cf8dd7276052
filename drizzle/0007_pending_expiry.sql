ALTER TABLE "approval_requests" DROP CONSTRAINT "approval_requests_status";--> statement-breakpoint
ALTER TABLE "pending_actions" ADD COLUMN "replied_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "pending_actions_created_idx" ON "pending_actions" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_status" CHECK ("approval_requests"."status" in ('pending', 'approved', 'rejected', 'expired'));