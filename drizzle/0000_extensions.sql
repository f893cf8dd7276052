-- Trigram search for patient names ("jan doe", "doe jane", "Maria" for "María").
CREATE EXTENSION IF NOT EXISTS pg_trgm;
