-- A confirm's pending action is marked executed by the statement that stores its idempotency
-- record (key 'pending:<id>'), inside the ledger's transaction: the status and the change it
-- records commit together or not at all, and a confirm commits (and flushes the WAL) once instead
-- of twice. The ledger stores a record only for a successful result, and the app made this same
-- change right after the commit before; a pending action already executed is left alone.
CREATE FUNCTION mark_pending_action_executed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE pending_actions
    SET status = 'executed', result = NEW.result, executed_at = now()
    WHERE id = substr(NEW.key, length('pending:') + 1) AND status = 'pending';
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER idempotency_records_mark_pending_executed
  AFTER INSERT ON idempotency_records
  FOR EACH ROW WHEN (starts_with(NEW.key, 'pending:'))
  EXECUTE FUNCTION mark_pending_action_executed();
