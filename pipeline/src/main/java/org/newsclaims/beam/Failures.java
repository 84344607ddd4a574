package org.newsclaims.beam;

/** Describes an exception in one line for the rejects output. */
final class Failures {

  private Failures() {}

  static String describe(Throwable e) {
    if (e == null) {
      return null;
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
