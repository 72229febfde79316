package io.github.learningcities.gnlc.examples.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The world map's geometry: Natural Earth 1:110m admin-0 countries as SVG path data in the Equal
 * Earth projection, one row per country with its ISO 3166-1 alpha-2 code, read once from
 * {@code world-110m.tsv} (see {@code WORLD-MAP-README.md} beside it for its provenance). Land
 * without an ISO code is kept to draw, never to shade.
 *
 * <p>This class is immutable and thread-safe.
 */
final class WorldGeometry {
  static final String RESOURCE = "world-110m.tsv";
  private static final String NO_CODE = "-";

  private final String viewBox;
  private final int pathUnits;
  private final Map<String, String> countries;
  private final List<String> uncoded;

  private WorldGeometry(
      String viewBox, int pathUnits, Map<String, String> countries, List<String> uncoded) {
    this.viewBox = viewBox;
    this.pathUnits = pathUnits;
    this.countries = Collections.unmodifiableMap(countries);
    this.uncoded = List.copyOf(uncoded);
  }

  /** Returns the geometry shipped with the examples, read on first use. */
  static WorldGeometry embedded() {
    return Holder.EMBEDDED;
  }

  /** The SVG view box, {@code "0 0 width height"}. */
  String viewBox() {
    return viewBox;
  }

  /** How many path units make one view box unit. */
  int pathUnits() {
    return pathUnits;
  }

  /** Every alpha-2 code the map can place, with its path, in file order. */
  Map<String, String> countries() {
    return countries;
  }

  /** The path of a country, by its alpha-2 code. */
  Optional<String> path(String alpha2) {
    return Optional.ofNullable(countries.get(alpha2));
  }

  /** The paths of land that has no ISO 3166-1 code (such as Kosovo or Somaliland). */
  List<String> uncoded() {
    return uncoded;
  }

  /**
   * Reads the geometry from its text form: {@code #} comment lines, a {@code viewBox} line
   * ({@code viewBox, "0 0 w h", path units}), a header line, then {@code iso_a2, name, path} rows.
   */
  static WorldGeometry read(BufferedReader in, String file) throws IOException {
    String viewBox = null;
    int units = 0;
    boolean header = false;
    Map<String, String> countries = new LinkedHashMap<>();
    List<String> uncoded = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.startsWith("#") || line.isEmpty()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (viewBox == null) {
        require(cells.length == 3 && cells[0].equals("viewBox"), file, number, "a viewBox line");
        viewBox = cells[1];
        units = Integer.parseInt(cells[2]);
      } else if (!header) {
        require(line.equals("iso_a2\tname\tpath"), file, number, "the header iso_a2, name, path");
        header = true;
      } else {
        require(cells.length == 3 && !cells[2].isEmpty(), file, number, "a code, a name and a path");
        if (cells[0].equals(NO_CODE)) {
          uncoded.add(cells[2]);
        } else {
          require(countries.put(cells[0], cells[2]) == null, file, number, "a code not seen before");
        }
      }
    }
    require(header, file, number, "a viewBox line and a header");
    return new WorldGeometry(viewBox, units, countries, uncoded);
  }

  private static void require(boolean condition, String file, int line, String expected) {
    if (!condition) {
      throw new IllegalStateException(file + ":" + line + ": expected " + expected);
    }
  }

  private static final class Holder {
    static final WorldGeometry EMBEDDED = load();

    private static WorldGeometry load() {
      try (InputStream stream = WorldGeometry.class.getResourceAsStream(RESOURCE)) {
        if (stream == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the class path");
        }
        return read(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)),
            RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(RESOURCE, e);
      }
    }
  }
}
