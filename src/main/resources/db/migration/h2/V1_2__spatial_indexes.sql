CREATE SPATIAL INDEX ix_territory_geom ON territory (geom);
CREATE SPATIAL INDEX ix_territory_shape_geom ON territory_shape (geom);
