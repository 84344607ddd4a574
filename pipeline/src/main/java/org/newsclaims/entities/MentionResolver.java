package org.newsclaims.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsclaims.model.Article;
import org.newsclaims.model.EntityMention;
import org.newsclaims.text.Folding;

/**
 * Types and names the mentions of one article: a surname ("M. Guérassimov") takes the name of
 * the article's full form ("Valéri Guérassimov", see {@link FullNames}), an untyped name takes
 * the type it has elsewhere in the article, else a place after a place trigger; a single known
 * person word takes the gazetteer's canonical name; untyped names left over are dropped.
 *
 * <p>Example: with "Valéri Guérassimov" earlier in the article, the untyped "Guérassimov"
 * becomes a person mention named "Valéri Guérassimov". Immutable and thread-safe.
 */
final class MentionResolver {

  private final Gazetteer gazetteer;

  MentionResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The typed and named mentions of {@code raws}, in their order. */
  List<EntityMention> resolve(Article article, List<RawMention> raws) {
    String id = article.article();
    SurfaceForms names = new SurfaceForms(); // the same surfaces recur: fold each once
    // an untyped full name whose last word is a person elsewhere ("M. Tête") is that person
    Set<String> personSurnames = new HashSet<>();
    for (RawMention r : raws) {
      if (EntityMention.PERSON.equals(r.type())) {
        personSurnames.add(names.surname(r.text()));
      }
    }
    List<RawMention> promoted = new ArrayList<>(raws.size());
    for (RawMention r : raws) {
      boolean multi = names.wordCount(r.text()) >= 2;
      if (r.type() == null && multi
          && personSurnames.contains(names.surname(r.text()))) {
        promoted.add(new RawMention(r.start(), r.end(), r.text(), EntityMention.PERSON, false));
      } else if (r.type() != null || !multi) {
        promoted.add(r);
      }
    }
    raws = promoted;
    // full person names of the article, with frequencies, in order of first appearance
    Map<String, Integer> fullNames = new LinkedHashMap<>();
    for (RawMention r : raws) {
      if (EntityMention.PERSON.equals(r.type()) && names.wordCount(r.text()) >= 2) {
        fullNames.merge(r.text(), 1, Integer::sum);
      }
    }
    FullNames index = new FullNames(fullNames);
    Map<String, String> typedElsewhere = new HashMap<>();
    for (RawMention r : raws) {
      if (r.type() != null) {
        typedElsewhere.putIfAbsent(names.fold(r.text()), r.type());
      }
    }
    List<EntityMention> out = new ArrayList<>();
    for (RawMention r : raws) {
      String type = r.type();
      String fullName = index.name(r.text());
      if (type == null) {
        String other = typedElsewhere.get(names.fold(r.text()));
        if (fullName != null) {
          type = EntityMention.PERSON;
        } else if (other != null) {
          type = other;
        } else if (r.placeCue()) {
          type = EntityMention.PLACE;
        } else {
          continue;
        }
      }
      String name = r.text();
      if (EntityMention.PERSON.equals(type)) {
        if (fullName != null) {
          name = fullName;
        } else {
          Gazetteer.Entry e = gazetteer.lookup(r.text(), EntityMention.PERSON);
          if (e != null && names.wordCount(r.text()) < 2) {
            name = e.canonical();
          }
        }
      } else if (type.equals(EntityMention.PLACE) && r.placeCue() && fullName != null) {
        type = EntityMention.PERSON; // "a assuré à Guérassimov": a known surname, not a place
        name = fullName;
      }
      EntityMention m = new EntityMention(id, r.text(), name, type, r.start(), r.end());
      out.add(m);
    }
    return out;
  }

  /** Folds, word counts and surnames of the mention surfaces of one article, each computed once. */
  private static final class SurfaceForms {
    private final Map<String, String> folds = new HashMap<>();
    private final Map<String, Integer> wordCounts = new HashMap<>();
    private final Map<String, String> surnames = new HashMap<>();

    String fold(String surface) {
      return folds.computeIfAbsent(surface, Folding::fold);
    }

    int wordCount(String surface) {
      return wordCounts.computeIfAbsent(surface, x -> NameKey.words(fold(x)).size());
    }

    String surname(String surface) {
      return surnames.computeIfAbsent(surface, x -> NameKey.surname(fold(x)));
    }
  }
}
