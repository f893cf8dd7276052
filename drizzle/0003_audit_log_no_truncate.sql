-- The audit log is history too: TRUNCATE skips row triggers, so refuse it like on ledger_entries.
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
