package org.newsclaims.entities;

import java.util.List;
import org.newsclaims.entities.NameWords.Tok;
import org.newsclaims.model.EntityMention;
import org.newsclaims.text.Folding;

/**
 * Reads a demonym after a state noun as a place mention of its country, and after an army
 * noun as an organisation too: "l'armée russe" gives the organisation "armée russe" and the
 * place "Russie"; "les troupes ukrainiennes" gives the place "Ukraine".
 *
 * <p>Immutable and thread-safe.
 */
final class DemonymReader {

  private final NameLexicon lex;
  private final Gazetteer gazetteer;

  DemonymReader(NameLexicon lex) {
    this.lex = lex;
    this.gazetteer = lex.gazetteer;
  }

  /** Adds the place (and army) mentions of the demonyms after a state noun to {@code out}. */
  void read(String id, NameWords w, List<EntityMention> out) {
    for (int i = 1; i < w.size(); i++) {
      Tok t = w.get(i);
      String country = t.cap() ? null : w.country(i, gazetteer);
      if (country == null || !w.separatorBeforeIs(i, " ")) {
        continue;
      }
      int state = w.phraseBefore(i, lex.stateNouns, lex.stateNounEnds);
      if (state < 0) {
        continue;
      }
      out.add(new EntityMention(id, t.text(), country, EntityMention.PLACE, t.start(), t.end()));
      int army = w.phraseBefore(i, lex.armyNouns, lex.armyNounEnds);
      if (army >= 0) {
        String surface = w.text.substring(w.get(army).start(), t.end());
        Gazetteer.Entry e = gazetteer.lookup(surface, EntityMention.ORGANISATION);
        String fem = gazetteer.feminineAdjective(country);
        String name = e != null ? e.canonical()
            : Folding.fold(w.get(army).text()).equals("armee") && fem != null
                ? w.get(army).text().toLowerCase(java.util.Locale.ROOT) + " " + fem : surface;
        out.add(new EntityMention(id, surface, name, EntityMention.ORGANISATION,
            w.get(army).start(), t.end()));
      }
    }
  }
}
