package org.newsclaims.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsclaims.model.Article;
import org.newsclaims.model.EntityMention;
import org.newsclaims.text.TokenStream;

/**
 * Finds people, places and organisations in one article and resolves mentions within it.
 *
 * <p>Rules, in order: capitalised word sequences (with particles such as {@code de}, {@code von},
 * {@code al}, hyphenated names and initials) are cut of leading common words ({@code
 * stopwords.txt}), titles ({@code M.}, {@code Mme}, {@code le général}) and, at weak positions
 * (sentence or quote opening, Title Case headline), of words not otherwise known as names. What
 * remains is typed by the gazetteer, a title or role before it, a given name ({@code
 * firstnames.txt}), a place trigger ({@code région de}, {@code à}, {@code en}) or an
 * organisation head noun. Within the article, a surname ("M. Guérassimov") takes the name of
 * the full form ("Valéri Guérassimov"), a role ("le chef d'état-major russe") the name of its
 * holder (apposition in the article, else the gazetteer's holder at the article's date), and a
 * demonym after a state noun ("l'armée russe") becomes a place mention of its country.
 *
 * <p>Example: in {@code "Le président russe Vladimir Poutine a reçu M. Guérassimov à Moscou."}
 * it finds {@code Vladimir Poutine} (person), {@code russe} (place Russie), {@code Guérassimov}
 * (person, name Valéri Guérassimov from the gazetteer) and {@code Moscou} (place).
 *
 * <p>The steps: {@link NameWords} (the words and their folds), {@link NameFinder} (names and
 * their first typing), {@link MentionResolver} (types and names within the article),
 * {@link RoleReader} (role phrases) and {@link DemonymReader} ("l'armée russe"); the word lists
 * are read once by {@link NameLexicon}. Immutable and thread-safe; linear in the length of the
 * text.
 */
public final class EntityRecogniser {

  private final NameFinder names;
  private final MentionResolver resolver;
  private final RoleReader roles;
  private final DemonymReader demonyms;

  private EntityRecogniser(NameLexicon lexicon) {
    this.names = new NameFinder(lexicon);
    this.resolver = new MentionResolver(lexicon.gazetteer);
    this.roles = new RoleReader(lexicon);
    this.demonyms = new DemonymReader(lexicon);
  }

  public static EntityRecogniser fromResources() {
    return new EntityRecogniser(NameLexicon.fromResources());
  }

  /** The mentions of the article, sorted by offsets, type and name, without duplicates. */
  public List<EntityMention> find(Article article) {
    return find(article, TokenStream.of(article.text()));
  }

  /**
   * The same, folding the words through the article's shared stream.
   *
   * @param stream {@link TokenStream#of} the article's text
   */
  public List<EntityMention> find(Article article, TokenStream stream) {
    NameWords words = NameWords.of(stream);
    List<EntityMention> out = resolver.resolve(article, names.find(words));
    Map<Integer, EntityMention> personAt = new HashMap<>();
    for (EntityMention m : out) {
      if (EntityMention.PERSON.equals(m.type())) {
        personAt.put(m.start(), m);
      }
    }
    roles.read(article, words, personAt, out);
    demonyms.read(article.article(), words, out);
    out.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end)
        .thenComparing(EntityMention::type).thenComparing(EntityMention::name));
    List<EntityMention> dedup = new ArrayList<>();
    for (EntityMention m : out) {
      if (dedup.isEmpty() || !dedup.get(dedup.size() - 1).equals(m)) {
        dedup.add(m);
      }
    }
    return List.copyOf(dedup);
  }
}
