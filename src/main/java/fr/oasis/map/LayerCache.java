package fr.oasis.map;

import fr.oasis.encoding.Gzip;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.ImportCompleted;
import fr.oasis.provenance.Provenance;
import fr.oasis.territory.KeptPerLevel;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryView;
import fr.oasis.territory.geo.ZoomClass;
import jakarta.annotation.PreDestroy;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.locationtech.jts.geom.Envelope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * GeoJSON layers per level and zoom class, built on first use from the stored map-ready shapes
 * and dropped when the data versions of the level change (territories; groupings too for a grouping
 * level, see {@link KeptPerLevel}: a new CPTS keeps the commune layers). Each feature is kept as UTF-8 bytes with its bounding box, and
 * the whole layer as ready-to-send bytes, plain and gzipped: a map showing the whole région (the
 * common case, 5,000 communes) is then served without any per-request work.
 * <p>
 * The topologies the map page asks first ({@link FirstView}) are built ahead, on one background
 * thread, as soon as a new territory data version is seen: after a territory import in this
 * process ({@link ImportCompleted}), otherwise at the first use of an administrative layer of the
 * new version (an import by another instance). Each topology is built once per version
 * ({@code computeIfAbsent}): a request arriving during its build waits for it. Thread-safe.
 */
@Component
class LayerCache {
    /** One feature: its bounding box and its GeoJSON as UTF-8. */
    record Feature(String code, Envelope envelope, byte[] json) {
    }

    /** A layer: its shapes and features, their overall extent, and the complete GeoJSON pre-encoded. */
    record Layer(byte[] header, List<TerritoryView.MapShape> shapes, List<Feature> features, Envelope extent,
                 byte[] whole, byte[] wholeGzip) {
    }

    /** A layer as a {@link LayerTopology} for one zoom (the map's format), complete answer pre-encoded. */
    record Topology(LayerTopology topology, byte[] whole, byte[] wholeGzip) {
    }

    private record TopologyKey(TerritoryLevel level, int zoom) {
    }

    /** A stored zoom class, or the national shapes built from the REGION class ({@link NationalShapes}). */
    private record Key(TerritoryLevel level, ZoomClass zoomClass, boolean national) {
        static Key of(TerritoryLevel level, int zoom) {
            return NationalShapes.covers(zoom) ? new Key(level, ZoomClass.REGION, true)
                    : new Key(level, ZoomClass.forZoom(zoom), false);
        }

        String className() {
            return national ? NationalShapes.CLASS_NAME : zoomClass.name();
        }

        int decimals() {
            return national ? NationalShapes.DECIMALS : zoomClass.decimals();
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LayerCache.class);
    static final byte[] FOOTER = "]}".getBytes(StandardCharsets.UTF_8);
    private final TerritoryQueries territories;
    static final int WINDOWS_KEPT = 256;
    private final KeptPerLevel<Caches> caches;

    /** The layers and the recent windows of one data version of the administrative or the grouping levels. */
    private static final class Caches {
        final Map<Key, Layer> layers = new ConcurrentHashMap<>();
        final Map<TopologyKey, Topology> topologies = new ConcurrentHashMap<>();
        final Map<TopologyKey, Integer> topologyBuilds = new ConcurrentHashMap<>();
        final Map<String, byte[][]> windows = new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[][]> eldest) {
                return size() > WINDOWS_KEPT;
            }
        };
    }

    private final ExecutorService ahead = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "map-topologies-ahead");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    LayerCache(TerritoryQueries territories, DataVersions versions) {
        this.territories = territories;
        this.caches = new KeptPerLevel<>(versions);
    }

    /**
     * The caches of the current version of {@code level}'s side (administrative or groupings); a
     * new version of the administrative levels has its first view filled ahead in the background.
     */
    private Caches current(TerritoryLevel level) {
        return caches.get(level, () -> {
            Caches fresh = new Caches();
            if (!level.grouping()) {
                ahead.execute(() -> buildFirstView(fresh));
            }
            return fresh;
        });
    }

    /** After an import here: sees the new version at once, so the first view is built before it is asked. */
    @EventListener
    void onImport(ImportCompleted event) {
        if (event.changedAny(Set.of(DataKind.TERRITORIES))) {
            current(TerritoryLevel.COMMUNE); // the first view shows administrative levels only
        }
    }

    private void buildFirstView(Caches version) {
        try {
            if (current(TerritoryLevel.DEPARTEMENT) != version) {
                return; // a newer version came: its own warm-up runs
            }
            long t0 = System.nanoTime();
            topologyIn(version, TerritoryLevel.DEPARTEMENT, FirstView.EXTENT_ZOOM);
            int zoom = FirstView.zoom(layerIn(version, TerritoryLevel.DEPARTEMENT, FirstView.EXTENT_ZOOM).extent());
            for (TerritoryLevel level : FirstView.LEVELS) {
                if (current(TerritoryLevel.DEPARTEMENT) != version) {
                    return;
                }
                topologyIn(version, level, zoom);
            }
            LOG.info("map topologies of the first view (zoom {}) built ahead in {} ms", zoom,
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            // Ahead of time only: a request will build (and report) what failed here.
            LOG.warn("building the map's first view ahead failed", e);
        }
    }

    /**
     * How many times the topology of {@code level} at {@code zoom} was built for the current
     * territory version: 0 until built, then 1 (never more). Does not build it.
     */
    int topologyBuilds(TerritoryLevel level, int zoom) {
        return current(level).topologyBuilds.getOrDefault(new TopologyKey(level, zoom), 0);
    }

    @PreDestroy
    void stop() {
        ahead.shutdownNow();
    }

    /** The whole layer of a level drawn at a web-map zoom. */
    Layer layer(TerritoryLevel level, int zoom) {
        return layerIn(current(level), level, zoom);
    }

    private Layer layerIn(Caches version, TerritoryLevel level, int zoom) {
        return version.layers.computeIfAbsent(Key.of(level, zoom), this::build);
    }

    /** A layer as a topology drawn at {@code zoom}: shared borders once, simplified to a pixel. */
    Topology topology(TerritoryLevel level, int zoom) {
        return topologyIn(current(level), level, zoom);
    }

    private Topology topologyIn(Caches version, TerritoryLevel level, int zoom) {
        return version.topologies.computeIfAbsent(new TopologyKey(level, zoom), key -> {
            version.topologyBuilds.merge(key, 1, Integer::sum);
            Layer layer = layerIn(version, level, zoom);
            LayerTopology topology = LayerTopology.forZoom(layer.shapes(), zoom, ZoomClass.forZoom(zoom).decimals());
            byte[] whole = topology.write(topologyHeader(layer.header()), null);
            return new Topology(topology, whole, Gzip.compress(whole));
        });
    }

    /**
     * The features of a layer meeting a window, as plain and gzipped bytes. The window is first
     * widened to a grid of one web-map tile at {@code zoom}, and the answer is kept (the last
     * {@value #WINDOWS_KEPT} windows): neighbouring views of many users share it, and a few extra
     * features around the view cost less than compressing every answer anew.
     */
    byte[][] window(TerritoryLevel level, int zoom, Envelope requested, boolean asTopology) {
        double cell = 360.0 / Math.pow(2, zoom);
        Envelope snapped = new Envelope(Math.floor(requested.getMinX() / cell) * cell,
                Math.ceil(requested.getMaxX() / cell) * cell, Math.floor(requested.getMinY() / cell) * cell,
                Math.ceil(requested.getMaxY() / cell) * cell);
        Caches version = current(level);
        Map<String, byte[][]> windows = version.windows;
        Layer layer = layerIn(version, level, zoom);
        String key = level + "/" + zoom + "/" + snapped + (asTopology ? "/topology" : "");
        synchronized (windows) {
            byte[][] kept = windows.get(key);
            if (kept != null) {
                return kept;
            }
        }
        byte[] plain;
        if (asTopology) {
            LayerTopology topology = topology(level, zoom).topology();
            List<LayerTopology.Shape> inside = new java.util.ArrayList<>();
            for (int i = 0; i < layer.features().size(); i++) {
                if (snapped.intersects(layer.features().get(i).envelope())) {
                    inside.add(topology.shapes().get(i));
                }
            }
            plain = topology.write(topologyHeader(layer.header()), inside);
        } else {
            List<Feature> inside = layer.features().stream().filter(f -> snapped.intersects(f.envelope())).toList();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            write(out, layer.header(), inside);
            plain = out.toByteArray();
        }
        byte[][] encoded = {plain, Gzip.compress(plain)};
        synchronized (windows) {
            windows.put(key, encoded);
        }
        return encoded;
    }

    private Layer build(Key key) {
        int stored = key.zoomClass() == ZoomClass.DETAIL ? -1 : key.zoomClass().ordinal();
        List<TerritoryView.MapShape> shapes = territories.mapShapes(key.level(), stored);
        if (key.national()) {
            shapes = NationalShapes.of(shapes);
        }
        List<Feature> features = shapes.stream()
                .map(s -> new Feature(s.code(), s.geometry().getEnvelopeInternal(), json(s, key.decimals())))
                .toList();
        Envelope extent = new Envelope();
        features.forEach(f -> extent.expandToInclude(f.envelope()));
        byte[] header = header(key, territories.provenance().orElse(null));
        ByteArrayOutputStream whole = new ByteArrayOutputStream(1 << 20);
        write(whole, header, features);
        return new Layer(header, shapes, features, extent, whole.toByteArray(), Gzip.compress(whole.toByteArray()));
    }

    /** The GeoJSON header's members up to its {@code "features":[}, typed as a topology. */
    private static byte[] topologyHeader(byte[] header) {
        String members = new String(header, StandardCharsets.UTF_8);
        members = members.substring(0, members.length() - "\"features\":[".length())
                .replace("\"type\":\"FeatureCollection\"", "\"type\":\"OasisTopology\"");
        return members.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes a FeatureCollection of {@code features} after {@code header}. */
    static void write(ByteArrayOutputStream out, byte[] header, List<Feature> features) {
        out.writeBytes(header);
        for (int i = 0; i < features.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(features.get(i).json());
        }
        out.writeBytes(FOOTER);
    }

    private static byte[] header(Key key, Provenance provenance) {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"level\":\"").append(key.level().key())
                .append("\",\"zoomClass\":\"").append(key.className()).append('"');
        if (provenance != null) {
            sb.append(",\"source\":");
            GeoJsonWriter.string(sb, provenance.source());
            sb.append(",\"millesime\":").append(provenance.millesime()).append(",\"demo\":").append(provenance.demo());
        }
        return sb.append(",\"features\":[").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(TerritoryView.MapShape shape, int decimals) {
        StringBuilder sb = new StringBuilder(256);
        // Only what drawing and a tooltip need: indicator values come from their own API, and
        // every byte counts when a region-wide layer carries 5,000 features.
        sb.append("{\"type\":\"Feature\",\"properties\":{\"code\":");
        GeoJsonWriter.string(sb, shape.code());
        sb.append(",\"name\":");
        GeoJsonWriter.string(sb, shape.name());
        sb.append("},\"geometry\":");
        new GeoJsonWriter(sb, decimals).polygonal(shape.geometry());
        return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }
}
