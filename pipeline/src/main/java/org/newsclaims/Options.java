package org.newsclaims;

import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.DefaultValueFactory;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * Options of the consistency pipeline; {@code --help=org.newsclaims.Options} lists them.
 *
 * <p>Example: {@code --input='seeds/*.txt' --input=crawl/day.jsonl --output=output}.
 */
public interface Options extends PipelineOptions {

  @Description("Input articles: a file or a glob such as 'seeds/*.txt'. Repeat --input (or separate "
      + "with commas) for several. Files ending in .jsonl, .ndjson or .json are read as crawler JSON "
      + "Lines, one article per line (docs/crawler-jsonl.md); any other file is one article (plain "
      + "text or HTML).")
  @Default.InstanceFactory(DefaultInput.class)
  @Validation.Required
  List<String> getInput();

  void setInput(List<String> value);

  @Description("Directory the outputs are written to (articles.jsonl, claims.jsonl, quotes.jsonl, "
      + "entities.jsonl, findings.jsonl, rejects.jsonl, report.md, report.html, summary.json; see "
      + "docs/output-format.md).")
  @Default.String("output")
  String getOutput();

  void setOutput(String value);

  @Description("Number of shards per JSON Lines output. 1 (the default) writes single, sorted files "
      + "such as claims.jsonl; 0 lets the runner choose, writing claims-00000-of-0000N.jsonl, "
      + "unsorted, for large runs.")
  @Default.Integer(1)
  int getShards();

  void setShards(int value);

  /** Default input: the sample articles shipped with the repository. */
  class DefaultInput implements DefaultValueFactory<List<String>> {
    @Override
    public List<String> create(PipelineOptions options) {
      return List.of("seeds/*.txt");
    }
  }
}
