package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InlineCodeTest {

  private static String cut(String html) {
    return new String(InlineCode.cut(html.getBytes(StandardCharsets.UTF_8), null), StandardCharsets.UTF_8);
  }

  @Test
  void cutsScriptAndStyleBodiesButKeepsTheirTags() {
    assertEquals("<html><head><script></script><style></style></head><body><p>Le préfet a parlé.</p>"
            + "<script src=\"a.js\"></script></body></html>",
        cut("<html><head><script>var s = '<b>été</b>';</script><style>p { color: red }</style></head>"
            + "<body><p>Le préfet a parlé.</p><script src=\"a.js\">window.x = 1;</script></body></html>"));
  }

  @Test
  void keepsJsonLdAndOtherDataScripts() {
    String page = "<html><head><script type=\"application/ld+json\">{\"headline\": \"Crue du Gard\"}</script>"
        + "<script type=\"text/template\"><p>{{titre}}</p></script></head><body><p>Texte.</p></body></html>";
    assertEquals(page, cut(page));
  }

  @Test
  void findsTheTagsAsTheTokeniserDoes() {
    // a tag inside a comment, an attribute value or a textarea is no tag; upper case is
    assertEquals("<!-- <script>x</script> --><div title=\"<script>\">a</div>"
            + "<textarea><script>y</script></textarea><SCRIPT TYPE=text/javascript></SCRIPT >",
        cut("<!-- <script>x</script> --><div title=\"<script>\">a</div>"
            + "<textarea><script>y</script></textarea><SCRIPT TYPE=text/javascript>z()</SCRIPT >"));
  }

  @Test
  void leavesAPageItCouldMisreadAsItIs() {
    for (String page : new String[] {
        "<script>document.write('<!--');</script><p>Texte.</p>", // escaped script states
        "<script src=\"a.js\"/><p>Texte.</p><script>b()</script>", // self-closing script
        "<script>never ends", // no end tag
        "<plaintext><script>a()</script>"}) {
      byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
      assertSame(bytes, InlineCode.cut(bytes, null), page);
    }
    byte[] utf16 = "<script>a()</script><p>Texte.</p>".getBytes(StandardCharsets.UTF_16);
    assertSame(utf16, InlineCode.cut(utf16, "UTF-16"));
  }
}
