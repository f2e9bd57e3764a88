/**
 * The indicator catalogue as the map and the filters see it: each indicator has an id, a French
 * label, a unit and its provenance, and values per territory of a level. Demography (density,
 * shares of the elderly) comes from the territory store, accessibility figures from the
 * accessibility module, imported figures (INSEE Filosofi, long CSV) from {@code indicator.store}
 * through {@link fr.oasis.indicator.ImportedIndicators}. Also the multi-criteria filter ("APL GP under-65 &lt; 2.5 AND share of
 * 75+ &gt; 12 %", "less than 1 km from a dentist and/or a nurse").
 */
package fr.oasis.indicator;
