/**
 * The {@code apl} batch command ({@code java -jar oasis.jar apl ...}): reads the benchmark's CSV
 * files, turns INSEE codes into the engine's dense indices, runs
 * {@link fr.oasis.accessibility.engine.AplCalculator} and writes {@code code,apl}. No Spring: it is
 * dispatched by {@code OasisApplication.main} before any context starts. Bad input is reported as
 * "file, line, field: problem" with exit code 2.
 */
package fr.oasis.accessibility.batch;
