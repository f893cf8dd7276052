-- NOT VALID: a database already in service is not scanned while the app starts (and would not
-- start, were any charge refunded beyond its payments); every charge written from now on is checked.
ALTER TABLE "charges" ADD CONSTRAINT "charges_refunds_within_payments" CHECK ("charges"."refunds_cents" <= "charges"."payments_cents") NOT VALID;
