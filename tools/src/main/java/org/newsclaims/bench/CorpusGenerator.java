package org.newsclaims.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a deterministic corpus of generated French news articles for the benchmark.
 *
 * <p>Article {@code i} depends only on {@link #SEED} and {@code i} (never on the wall clock or on
 * the corpus size), so the 1k corpus is the first thousand files of the 10k corpus. Articles come
 * in stories of {@link #STORY_SIZE} consecutive articles by different outlets that share places,
 * people, organisations and figures; outlets spell some names their own way (transliteration
 * pairs built from templates, as Koursk/Kursk), write figures in digits or words, differ on some
 * figures, quote with every attribution form, and carry page furniture (breadcrumbs, "Lire aussi",
 * end-of-page markers). A few files are bad on purpose: empty, binary, or Latin-1 encoded. One
 * "hot" entity appears in most articles. The language data is
 * {@code org/newsclaims/bench/corpus.txt}.
 *
 * <p>Usage: {@code java -cp pipeline-bundled.jar org.newsclaims.bench.CorpusGenerator 10000 /tmp/corpus-10k}
 * writes {@code 000000.txt} ... {@code 009999.txt}. Linear in the number of articles, constant memory.
 */
public final class CorpusGenerator {

  /** The fixed seed: every run writes the same bytes. */
  public static final long SEED = 0x5EED_2024_0312L;
  /** Consecutive articles about the same story. */
  public static final int STORY_SIZE = 8;

  private static final String[] WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
  private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
      "août", "septembre", "octobre", "novembre", "décembre"};

  private final Map<String, List<String>> data;

  private CorpusGenerator(Map<String, List<String>> data) {
    this.data = data;
  }

  /** Loads the generator's language data from its resource file. */
  public static CorpusGenerator fromResources() {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    try (InputStream in = CorpusGenerator.class.getResourceAsStream("/org/newsclaims/bench/corpus.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/newsclaims/bench/corpus.txt");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> current = null;
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
          current = new ArrayList<>();
          sections.put(trimmed.substring(1, trimmed.length() - 1), current);
        } else if (current != null) {
          current.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CorpusGenerator(sections);
  }

  /** Number of files and bytes written. */
  public record Written(long files, long bytes) {}

  /** Writes articles {@code 0 .. count-1} into {@code dir} (created if missing). */
  public Written write(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      byte[] file = file(i);
      Files.write(dir.resolve(fileName(i)), file);
      bytes += file.length;
    }
    return new Written(count, bytes);
  }

  /** The name of file {@code i}. */
  public static String fileName(int i) {
    return String.format(Locale.ROOT, "%06d.txt", i);
  }

  /** The bytes of file {@code i}: a UTF-8 article, or now and then a bad file. */
  public byte[] file(int i) {
    Random rnd = new Random(SEED + 0x9E3779B97F4A7C15L * (i + 1));
    if (i % 211 == 7) {
      return new byte[0];
    }
    if (i % 307 == 11) {
      byte[] junk = new byte[512 + rnd.nextInt(2048)];
      rnd.nextBytes(junk);
      return junk;
    }
    String text = article(i, rnd);
    return text.getBytes(i % 53 == 5 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  /** One story: the entities and figures its articles share. */
  private final class Story {
    final Random rnd;
    final int placeStem;
    final int placeEnd;
    final String[][] people = new String[2][];
    final String[] roles = new String[2];
    final String org;
    final long[] figures = new long[6];
    final LocalDate date;
    final String hot;

    Story(int id) {
      rnd = new Random(SEED ^ (0xC2B2AE3D27D4EB4FL * (id + 1)));
      placeStem = rnd.nextInt(list("place-stems").size());
      placeEnd = rnd.nextInt(list("place-endings").size());
      for (int k = 0; k < 2; k++) {
        people[k] = new String[] {pick(rnd, "given"), pick(rnd, "surname-stems"), pick(rnd, "surname-endings"),
            rnd.nextBoolean() ? "M." : "Mme"};
        roles[k] = pick(rnd, "roles");
      }
      org = organisation(rnd);
      for (int k = 0; k < figures.length; k++) {
        figures[k] = figure(rnd);
      }
      date = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(700));
      // the hot entity: mostly the same name, in most stories
      int h = rnd.nextInt(10);
      hot = h < 7 ? list("hot").get(0) : pick(rnd, "hot");
    }

    String organisation(Random r) {
      String t = pick(r, "org-templates");
      return t.replace("{X}", pick(r, "org-x")).replace("{Y}", pick(r, "org-y"))
          .replace("{Lc}", variant(list("place-stems").get(r.nextInt(list("place-stems").size())), 0)
              + variant(list("place-endings").get(r.nextInt(list("place-endings").size())), 0));
    }
  }

  private static long figure(Random rnd) {
    switch (rnd.nextInt(4)) {
      case 0:
        return 2 + rnd.nextInt(98);
      case 1:
        return 100 + rnd.nextInt(900);
      case 2:
        return (1 + rnd.nextInt(99)) * 100L;
      default:
        return 1000 + rnd.nextInt(99000);
    }
  }

  private String article(int i, Random rnd) {
    Story story = new Story(i / STORY_SIZE);
    List<String> outlets = list("outlets");
    int outletIndex = (i + rnd.nextInt(3)) % outlets.size();
    String outlet = outlets.get(outletIndex);
    int spelling = outletIndex % 2; // each outlet its own transliteration
    boolean nbsp = outletIndex % 3 == 0; // French typography with non-breaking spaces
    LocalDate published = story.date.plusDays(rnd.nextInt(3));

    Ctx ctx = new Ctx(story, rnd, spelling, published);
    StringBuilder out = new StringBuilder(4096);
    // page furniture and header at the top
    if (rnd.nextInt(3) == 0) {
      out.append(list("furniture-top").get(0)).append('\n');
    }
    int header = rnd.nextInt(4);
    if (header == 0) {
      out.append(dateLine(list("furniture-top").get(1), published)).append('\n');
    } else if (header == 1) {
      out.append(dateLine(list("furniture-top").get(2), published)).append('\n');
    }
    if (rnd.nextBoolean()) {
      out.append("source: ").append(outlet).append('\n');
    }
    String title = ctx.fill(pick(rnd, "titles"));
    out.append(title).append('\n');
    if (rnd.nextInt(4) == 0) {
      out.append(list("furniture-top").get(3 + rnd.nextInt(2))).append('\n');
    }
    int paragraphs = 12 + rnd.nextInt(12);
    for (int p = 0; p < paragraphs; p++) {
      int sentences = 1 + rnd.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          out.append(' ');
        }
        int kind = rnd.nextInt(10);
        String section = kind < 4 ? "claims" : kind < 7 ? "quotes-forms" : "filler";
        out.append(ctx.fill(pick(rnd, section)));
      }
      out.append('\n');
      if (rnd.nextInt(6) == 0) {
        String furniture = pick(rnd, "furniture-middle");
        if (furniture.equals("À lire aussi")) {
          out.append(furniture).append('\n').append(ctx.fill(pick(rnd, "titles"))).append('\n');
        } else {
          out.append(ctx.fill(furniture.replace("{T}", pick(rnd, "titles")))).append('\n');
        }
      }
    }
    if (rnd.nextBoolean()) {
      out.append(pick(rnd, "furniture-end")).append('\n');
      for (int k = 0; k < 3; k++) {
        out.append(ctx.fill(pick(rnd, "titles"))).append('\n');
      }
    }
    String text = out.toString();
    if (nbsp) {
      text = text.replace(" :", "\u00a0:").replace("« ", "«\u00a0").replace(" »", "\u00a0»");
    }
    if (i % 17 == 3) {
      text = text.replace("\n", "\r\n");
    }
    return text;
  }

  private static String dateLine(String template, LocalDate d) {
    return template.replace("{DD}", String.format(Locale.ROOT, "%02d", d.getDayOfMonth()))
        .replace("{MM}", String.format(Locale.ROOT, "%02d", d.getMonthValue()))
        .replace("{YYYY}", Integer.toString(d.getYear()));
  }

  /** Filling templates for one article. */
  private final class Ctx {
    final Story story;
    final Random rnd;
    final int spelling;
    final LocalDate published;
    int person;

    Ctx(Story story, Random rnd, int spelling, LocalDate published) {
      this.story = story;
      this.rnd = rnd;
      this.spelling = spelling;
      this.published = published;
    }

    String fill(String template) {
      person = rnd.nextInt(2);
      StringBuilder b = new StringBuilder(template.length() + 64);
      int at = 0;
      while (at < template.length()) {
        int open = template.indexOf('{', at);
        if (open < 0) {
          b.append(template, at, template.length());
          break;
        }
        int close = template.indexOf('}', open);
        b.append(template, at, open);
        b.append(value(template.substring(open + 1, close)));
        at = close + 1;
      }
      return b.toString().replace(" de le ", " du ");
    }

    private String value(String slot) {
      String[] who = story.people[person];
      String surname = who[1] + variant(who[2], spelling);
      switch (slot) {
        case "P":
          return who[0] + " " + surname;
        case "PS":
          return who[3] + " " + surname;
        case "R":
          return story.roles[person];
        case "L":
          return variant(list("place-stems").get(story.placeStem), spelling)
              + variant(list("place-endings").get(story.placeEnd), spelling);
        case "O":
          return story.org;
        case "H":
          return story.hot;
        case "U":
          return pick(rnd, "units");
        case "V":
          return pick(rnd, "verbs");
        case "Q":
          return pick(rnd, "quotes");
        case "N":
          return digits(storyFigure());
        case "W":
          long w = storyFigure();
          return w < 1000 || w % 1000 == 0 ? FrenchNumbers.words(w) : digits(w);
        case "PCT":
          return (1 + rnd.nextInt(60)) + (rnd.nextBoolean() ? " %" : "%");
        case "M":
          long m = story.figures[rnd.nextInt(story.figures.length)];
          return rnd.nextBoolean() ? digits(m) + " millions d'euros" : FrenchNumbers.words(m % 100 + 2) + " milliards d'euros";
        case "D":
          LocalDate d = story.date.minusDays(rnd.nextInt(3));
          return WEEKDAYS[d.getDayOfWeek().getValue() - 1] + " " + d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1];
        default:
          return slot;
      }
    }

    /** One of the story's figures; now and then an outlet reports a different one. */
    private long storyFigure() {
      long f = story.figures[rnd.nextInt(story.figures.length)];
      return rnd.nextInt(12) == 0 ? f + 1 + rnd.nextInt(20) : f;
    }

    private String digits(long n) {
      if (n < 1000) {
        return Long.toString(n);
      }
      String sep = spelling == 0 ? " " : rnd.nextBoolean() ? "." : "\u202f";
      return String.format(Locale.ROOT, "%,d", n).replace(",", sep);
    }
  }

  /** The spelling {@code k} of "a|b" (the first when there is only one). */
  private static String variant(String entry, int k) {
    int bar = entry.indexOf('|');
    if (bar < 0) {
      return entry;
    }
    return k == 0 ? entry.substring(0, bar) : entry.substring(bar + 1);
  }

  private List<String> list(String section) {
    List<String> l = data.get(section);
    if (l == null || l.isEmpty()) {
      throw new IllegalStateException("corpus.txt has no section [" + section + "]");
    }
    return l;
  }

  private String pick(Random rnd, String section) {
    List<String> l = list(section);
    return l.get(rnd.nextInt(l.size()));
  }

  /** {@code CorpusGenerator COUNT DIR}: writes COUNT articles into DIR. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CorpusGenerator COUNT DIR");
      System.exit(2);
    }
    Written w = fromResources().write(Path.of(args[1]), Integer.parseInt(args[0]));
    System.out.printf(Locale.ROOT, "wrote %d files, %.1f MB, into %s%n", w.files(), w.bytes() / 1e6, args[1]);
  }
}
