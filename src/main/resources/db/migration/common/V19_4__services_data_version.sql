-- Services beyond practices get a data version (DataKind.SERVICES), bumped by each services
-- import: reports show them, and their conditional/kept HTTP answers key on every data version.
INSERT INTO data_version (kind, version, changed_at) VALUES ('services', 0, CURRENT_TIMESTAMP);
