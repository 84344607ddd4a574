package org.newsclaims.attribution;

/**
 * Interviews: a quotation opening the paragraph that answers a question (the paragraph before
 * ends with a question mark, or the answer opens with a dialogue dash) is the interviewee's,
 * the person the article names most often outside quotations. Needs that person to be named at
 * least twice, and more often than anyone else.
 */
final class InterviewSieve implements Sieve {

  @Override
  public Speaker attribute(ArticleSpeakers a, Target q) {
    if (!q.standalone()) {
      return null;
    }
    String text = a.tk.text;
    int lineStart = ArticleSpeakers.lineStart(text, q.open());
    String lead = text.substring(lineStart, q.open()).strip();
    boolean dash = lead.equals("—") || lead.equals("–") || lead.equals("-");
    if (!lead.isEmpty() && !dash) {
      return null;
    }
    int p = ArticleSpeakers.textEndBefore(text, lineStart) - 1;
    boolean answersQuestion = p >= 0 && text.charAt(p) == '?';
    if (!answersQuestion && !dash) {
      return null;
    }
    String interviewee = a.persons.mostNamed();
    if (interviewee == null) {
      return null;
    }
    return new Speaker(interviewee, interviewee, Speaker.PERSON, null, Speaker.INTERVIEW,
        dash && answersQuestion ? 0.65 : 0.55);
  }
}
