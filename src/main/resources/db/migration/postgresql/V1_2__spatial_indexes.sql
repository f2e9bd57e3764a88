CREATE INDEX ix_territory_geom ON territory USING GIST (geom);
CREATE INDEX ix_territory_shape_geom ON territory_shape USING GIST (geom);
