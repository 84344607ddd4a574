package org.newsclaims.attribution;

import org.newsclaims.attribution.NameParser.Phrase;

/**
 * Sources of figures without a speech verb: "de source officielle", "selon des sources
 * policières" (anonymous), "a-t-on appris auprès de la préfecture" (the body after
 * "auprès de"), and a counting body written in the figure's sentence: "le bilan officiel",
 * "le décompte de la CGT" (see {@code count} nouns in {@code speaker-nouns.tsv}).
 */
final class SourcePhraseSieve implements Sieve {

  @Override
  public Speaker attribute(ArticleSpeakers a, Target c) {
    Tokens tk = a.tk;
    // within the reach of the other sieves around the figure: linear on long lines
    int first = Math.max(a.sentFirst(c), a.openTok(c) - LeadingCueSieve.WINDOW);
    int end = Math.min(a.sentEnd(c), a.closeTok(c) + LeadingCueSieve.WINDOW);
    Speaker counting = null;
    int open = a.openTok(c); // a binary search: once, not once per token
    for (int t = first; t < end; t++) {
      String w = tk.lower[t];
      // de source officielle / de sources concordantes
      if ((w.equals("de") || w.equals("d'")) && (tk.is(t + 1, "source") || tk.is(t + 1, "sources"))
          && tk.isLowerWord(t + 2)) {
        String name = tk.word(t + 1) + " " + tk.word(t + 2);
        return new Speaker(name, NameParser.text(tk, t, t + 2), Speaker.ANONYMOUS,
            NameParser.text(tk, t, t + 1), Speaker.EXPLICIT, 0.8);
      }
      // a-t-on appris auprès de la préfecture / auprès du ministère
      if (w.equals("auprès") && t + 1 < end) {
        int k = tk.is(t + 1, "de") || tk.is(t + 1, "d'") ? t + 2 : t + 1;
        Phrase p = NameParser.after(tk, k, end, a.lx);
        if (p != null && p.kind() != NameParser.Kind.PRONOUN) {
          Speaker s = a.reader.typing().fromPhrase(p, null, tk.start[t], 0.8, a.reader);
          if (s.name() != null) {
            return s.withCue("auprès de");
          }
        }
      }
      if (counting == null && t < open && PersonIndex.DETERMINERS.contains(w)
          && "count".equals(a.lx.nounType(tk.isWord(t + 1) ? tk.word(t + 1) : ""))) {
        Phrase p = NameParser.after(tk, t, a.openTok(c), a.lx);
        if (p != null && p.kind() == NameParser.Kind.ROLE) {
          Speaker s = a.reader.typing().fromPhrase(p, null, tk.start[t], 0.7, a.reader);
          if (s.name() != null) {
            counting = s.withCue(null);
          }
        }
      }
    }
    return counting;
  }
}
