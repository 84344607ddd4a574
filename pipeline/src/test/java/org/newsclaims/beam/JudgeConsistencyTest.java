package org.newsclaims.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimBuilder;
import org.newsclaims.model.Finding;

/** Judging as a graph: claims grouped by entity, one finding per property, written sorted. */
class JudgeConsistencyTest {

  @TempDir Path dir;

  private static Claim casualties(String article, String entity, double value, String sentence) {
    return ClaimBuilder.claim((int) value + " morts").article(article).value(value).what("morts")
        .frame("casualties").entity(entity).date("2024-02-01").sentence(sentence).span(0, 7).build();
  }

  @Test
  void claimsOfOneEntityAreComparedAndOtherEntitiesStayApart() throws IOException {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollection<Claim> claims = p.apply(Create.of(List.of(
        casualties("a.txt", "place:lyon", 3, "L'incendie de Lyon a fait 3 morts."),
        casualties("b.txt", "place:lyon", 5, "L'incendie de Lyon a fait 5 morts."),
        casualties("c.txt", "place:nantes", 3, "À Nantes, la tempête a fait 3 morts.")))
        .withCoder(JsonCoder.of(Claim.class)));
    PCollectionView<Map<String, String>> names = p
        .apply("Names", Create.of(Map.of("place:lyon", "Lyon", "place:nantes", "Nantes")))
        .apply(View.asMap());

    PCollection<Finding> findings = claims.apply(JudgeConsistency.naming(names));

    PAssert.that(findings.apply("Describe", MapElements.into(TypeDescriptors.strings())
            .via((Finding f) -> f.entityName() + "/" + f.property() + "/" + f.verdict())))
        .containsInAnyOrder("Lyon/deaths:count/conflict", "Nantes/deaths:count/single_source");
    findings.apply("Verdicts", MapElements.into(TypeDescriptors.strings()).via((Finding f) -> f.verdict()))
        .apply(WriteLines.to(dir.toString(), "verdicts", ".txt", 1));
    p.run().waitUntilFinish();

    assertEquals("conflict\nsingle_source\n", Files.readString(dir.resolve("verdicts.txt")));
  }
}
