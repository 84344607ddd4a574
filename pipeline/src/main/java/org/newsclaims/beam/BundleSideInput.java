package org.newsclaims.beam;

import java.util.function.Supplier;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;

/**
 * A side input's value read once per bundle and window instead of once per element: on the
 * DirectRunner every {@code c.sideInput(mapView)} rebuilds the map from the materialised
 * entries, so reading a table of all aliases for every claim cost time in proportion to claims
 * × aliases. A DoFn keeps one per side input in a transient field, clears it in
 * {@code @StartBundle}, and reads through it:
 *
 * <pre>{@code Map<String, String> aliases = aliasCache.get(window, () -> c.sideInput(aliasToId)); }</pre>
 */
final class BundleSideInput<T> {
  private BoundedWindow window;
  private T value;

  /** The value for this window: read once, then reused until the window changes or {@link #clear}. */
  T get(BoundedWindow current, Supplier<T> read) {
    if (window == null || !window.equals(current)) {
      value = read.get();
      window = current;
    }
    return value;
  }

  void clear() {
    window = null;
    value = null;
  }
}
