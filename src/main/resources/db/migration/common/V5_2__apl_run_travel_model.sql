-- Which travel-time model produced a run ('crow-fly' or 'road') and, for 'road', the network's
-- label and millésime, copied so that a run stays explained even if its network is deleted.
ALTER TABLE apl_run ADD COLUMN travel_model VARCHAR(16) DEFAULT 'crow-fly' NOT NULL;
ALTER TABLE apl_run ADD COLUMN network_label VARCHAR(255);
ALTER TABLE apl_run ADD COLUMN network_millesime INTEGER;
ALTER TABLE apl_run ADD COLUMN network_demo BOOLEAN;
