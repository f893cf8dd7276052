-- Whose DM holds an approval card (null for a channel's card, and for DM cards posted before this
-- column): when the request is decided, a DM card is closed with the request's details only if
-- that approver may still see patient data (an admin may have removed their role since).
ALTER TABLE "approval_card_posts" ADD COLUMN "recipient" text;
