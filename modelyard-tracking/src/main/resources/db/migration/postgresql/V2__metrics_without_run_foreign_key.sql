-- Metric points carry no foreign key to runs: PostgreSQL checked it (and key-share locked the run) once per point,
-- a fifth of log-batch ingest time. Integrity now comes from the writer, which key-share locks the run row once per
-- batch, and from purging, which deletes the run row first and then its points (Runs.purge).
ALTER TABLE metrics DROP CONSTRAINT IF EXISTS metrics_run_id_fkey;
