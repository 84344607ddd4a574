package org.newsclaims.text;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable sets and maps for the word lists the readers probe at every token: they answer
 * {@code contains} and {@code get} from a {@link HashMap} (one masked index and a compare of
 * cached hash codes; a miss, the usual answer, rarely reaches {@code equals}), where
 * {@link Set#copyOf} and {@link Map#copyOf} probe an open table after an integer division and
 * call {@code equals} at every probe. They iterate, print and compare exactly as the
 * {@code copyOf} collection they wrap, so whatever walks a list sees the order it always saw.
 * Like {@code copyOf}, a null element or key is refused and a null query fails.
 *
 * <p>A string query is first checked in a bitmap of the list's first, second and last
 * characters and lengths ({@link WordFilter}): most words of a text are refused there, without
 * hashing them or probing the table.
 *
 * <p>Example: {@code Lookup.set(List.of("de", "du")).contains("du")} is true.
 */
public final class Lookup {

  private Lookup() {}

  /** An immutable copy of {@code c}, iterated as {@code Set.copyOf(c)}; {@code set} of one is itself. */
  public static <E> Set<E> set(Collection<? extends E> c) {
    if (c instanceof LookupSet<?>) {
      @SuppressWarnings("unchecked")
      Set<E> same = (Set<E>) c;
      return same;
    }
    return new LookupSet<>(Set.copyOf(c));
  }

  /** An immutable copy of {@code m}, iterated as {@code Map.copyOf(m)}; {@code map} of one is itself. */
  public static <K, V> Map<K, V> map(Map<? extends K, ? extends V> m) {
    if (m instanceof LookupMap<?, ?>) {
      @SuppressWarnings("unchecked")
      Map<K, V> same = (Map<K, V>) m;
      return same;
    }
    return new LookupMap<>(Map.copyOf(m));
  }

  private static final class LookupSet<E> extends AbstractSet<E> {
    private final Set<E> ordered;
    private final HashSet<E> index;
    private final WordFilter filter;

    LookupSet(Set<E> ordered) {
      this.ordered = ordered;
      this.index = new HashSet<>(ordered);
      this.filter = WordFilter.of(ordered);
    }

    @Override
    public boolean contains(Object o) {
      if (o instanceof String s && filter != null && !filter.mayHold(s)) {
        return false;
      }
      return index.contains(Objects.requireNonNull(o));
    }

    @Override
    public Iterator<E> iterator() {
      return ordered.iterator();
    }

    @Override
    public void forEach(java.util.function.Consumer<? super E> action) {
      ordered.forEach(action);
    }

    @Override
    public int size() {
      return ordered.size();
    }

    @Override
    public boolean isEmpty() {
      return ordered.isEmpty();
    }
  }

  private static final class LookupMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> ordered;
    private final HashMap<K, V> index;
    private final WordFilter filter;

    LookupMap(Map<K, V> ordered) {
      this.ordered = ordered;
      this.index = new HashMap<>(ordered);
      this.filter = WordFilter.of(ordered.keySet());
    }

    /** True when the filter tells that {@code key} is not in the map. */
    private boolean surelyAbsent(Object key) {
      return key instanceof String s && filter != null && !filter.mayHold(s);
    }

    @Override
    public V get(Object key) {
      if (surelyAbsent(key)) {
        return null;
      }
      return index.get(Objects.requireNonNull(key));
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
      if (surelyAbsent(key)) {
        return defaultValue;
      }
      return index.getOrDefault(Objects.requireNonNull(key), defaultValue);
    }

    @Override
    public boolean containsKey(Object key) {
      if (surelyAbsent(key)) {
        return false;
      }
      return index.containsKey(Objects.requireNonNull(key));
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super K, ? super V> action) {
      ordered.forEach(action);
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
      return ordered.entrySet();
    }

    @Override
    public Set<K> keySet() {
      return ordered.keySet();
    }

    @Override
    public Collection<V> values() {
      return ordered.values();
    }

    @Override
    public int size() {
      return ordered.size();
    }

    @Override
    public boolean isEmpty() {
      return ordered.isEmpty();
    }
  }

  /**
   * A bitmap of the strings of a collection, one bit per (first, second and last character,
   * length) mixed into 4096 bits: a string whose bit is clear is surely not in it. Kept for
   * collections of up to {@link #MAX_WORDS} strings (a larger one sets most bits).
   */
  static final class WordFilter {
    static final int MAX_WORDS = 2048;
    private final long[] bits = new long[64];

    /** The filter of {@code c}'s elements, or null when one is not a non-empty string or there are too many. */
    static WordFilter of(Collection<?> c) {
      if (c.size() > MAX_WORDS) {
        return null;
      }
      WordFilter f = new WordFilter();
      for (Object o : c) {
        if (!(o instanceof String s) || s.isEmpty()) {
          return null;
        }
        int bit = bit(s);
        f.bits[bit >>> 6] |= 1L << bit;
      }
      return f;
    }

    private static int bit(String s) {
      int n = s.length();
      int h = ((s.charAt(0) * 31 + (n > 1 ? s.charAt(1) : 0)) * 31 + s.charAt(n - 1)) * 31 + n;
      return (h * 0x9E3779B1) >>> 20;
    }

    /** False when {@code s} is surely none of the elements. */
    boolean mayHold(String s) {
      if (s.isEmpty()) {
        return false; // no element is empty
      }
      int bit = bit(s);
      return (bits[bit >>> 6] & 1L << bit) != 0;
    }
  }
}
