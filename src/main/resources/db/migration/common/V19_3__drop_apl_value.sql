-- The per-commune APL rows now live in apl_run_values (copied by V19_2, AplValuesMigration).
DROP TABLE apl_value;
