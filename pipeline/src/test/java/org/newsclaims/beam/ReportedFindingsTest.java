package org.newsclaims.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Finding;

/** The findings shown in the reports, chosen through compact keys, are those and in the order Top gives. */
class ReportedFindingsTest {

  /** n findings of every verdict in turn, ids in no order. */
  private static List<Finding> findings(int n) {
    String[] verdicts = {Finding.AGREE, Finding.CONFLICT, Finding.SINGLE_SOURCE, Finding.COMPATIBLE,
        Finding.CHANGED_OVER_TIME, Finding.INTERNAL_INCONSISTENCY};
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Finding(String.format("f-%05d", (i * 7919) % 100_000), "ent-" + (i % 13), "Entité " + (i % 13),
          "count:réfugiés", "réfugiés", verdicts[(i * 5 + i / 7) % verdicts.length], List.of(), List.of(),
          "exemple " + i));
    }
    Collections.shuffle(out, new java.util.Random(3));
    return out;
  }

  private static PCollection<String> ids(PCollection<List<Finding>> lists, String name) {
    return lists.apply(name, MapElements.into(TypeDescriptors.strings()).via((List<Finding> l) -> {
      StringBuilder b = new StringBuilder();
      l.forEach(f -> b.append(f.id()).append(' ').append(f.verdict()).append('\n'));
      return b.toString();
    }));
  }

  private static void sameAsTop(int n) {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollection<Finding> all = p.apply(Create.of(findings(n)).withCoder(JsonCoder.of(Finding.class)));
    List<Finding> expected = new ArrayList<>(findings(n));
    expected.sort(new WriteReports.ReportOrder().reversed());
    List<Finding> top = expected.subList(0, Math.min(n, WriteReports.MAX_REPORT_FINDINGS));
    StringBuilder b = new StringBuilder();
    top.forEach(f -> b.append(f.id()).append(' ').append(f.verdict()).append('\n'));
    PAssert.that(ids(WriteReports.reported(all), "Chosen")).containsInAnyOrder(b.toString());
    PAssert.that(ids(all.apply(Top.of(WriteReports.MAX_REPORT_FINDINGS, new WriteReports.ReportOrder())), "Top"))
        .containsInAnyOrder(b.toString());
    p.run().waitUntilFinish();
  }

  @Test
  void moreFindingsThanTheReportsShowGiveTheMostImportantInOrder() {
    sameAsTop(WriteReports.MAX_REPORT_FINDINGS + 700);
  }

  @Test
  void fewerFindingsThanTheLimitAreAllShown() {
    sameAsTop(40);
  }

  @Test
  void noFindingsGiveOneEmptyList() {
    sameAsTop(0);
  }

  @Test
  void findingsSharingAnIdAreShownInOneOrderWhateverTheirArrival() {
    Finding tuesday = new Finding("5394d5c926c0", "person:marine", "Marine", "displaced:date", "déplacés",
        Finding.CONFLICT, List.of(), List.of(), "«mardi 30 avril» contre «mercredi 1 mai»");
    Finding monday = new Finding("5394d5c926c0", "person:marine", "Marine", "displaced:date", "déplacés",
        Finding.CONFLICT, List.of(), List.of(), "«lundi 29 avril» contre «mardi 30 avril»");
    List<Finding> one = new ArrayList<>(List.of(tuesday, monday));
    List<Finding> other = new ArrayList<>(List.of(monday, tuesday));
    assertEquals(WriteReports.inReportOrder(one), WriteReports.inReportOrder(other));
  }

  @Test
  void theKeyOrderIsTheFindingOrder() {
    List<Finding> f = findings(300);
    WriteReports.ReportOrder order = new WriteReports.ReportOrder();
    WriteReports.KeyOrder keys = new WriteReports.KeyOrder();
    for (int i = 0; i + 1 < f.size(); i++) {
      assertEquals(Integer.signum(order.compare(f.get(i), f.get(i + 1))),
          Integer.signum(keys.compare(WriteReports.reportKey(f.get(i)), WriteReports.reportKey(f.get(i + 1)))));
    }
  }
}
