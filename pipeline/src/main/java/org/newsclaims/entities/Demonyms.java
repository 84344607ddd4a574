package org.newsclaims.entities;

import java.util.HashSet;
import java.util.Set;
import org.newsclaims.text.Folding;
import org.newsclaims.text.Lookup;
import org.newsclaims.text.ResourceTable;

/**
 * Every form of the demonyms of {@code demonyms.tsv} («américain», «américaine», «chinois», …),
 * folded ({@link Folding}), for the readers that need to know a word names nationals but not
 * their country ({@link Gazetteer#country} maps a form to its country). Read once; immutable.
 */
public final class Demonyms {

  private static final class Holder {
    static final Set<String> FOLDED = load();
  }

  private Demonyms() {}

  /** The folded forms, in no particular order. */
  public static Set<String> foldedForms() {
    return Holder.FOLDED;
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (String[] row : ResourceTable.read(Demonyms.class, "demonyms.tsv")) {
      if (row.length > 1) {
        for (String form : row[1].split("\\|")) {
          out.add(Folding.fold(form.strip()));
        }
      }
    }
    return Lookup.set(out);
  }
}
