-- H2GIS: registers the ST_* spatial functions in the embedded database (PostGIS has them built in).
CREATE ALIAS IF NOT EXISTS H2GIS_SPATIAL FOR "org.h2gis.functions.factory.H2GISFunctions.load";
CALL H2GIS_SPATIAL();
