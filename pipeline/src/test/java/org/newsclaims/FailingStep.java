package org.newsclaims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.newsclaims.model.Article;

/**
 * A step inserted after reading ({@code ConsistencyPipeline.build}'s article step) that fails on
 * purpose on one article: every time, or only the first time. "Only the first time" must hold
 * across a runner's restart of the job, which may deserialise the step afresh in a new task, so
 * the step remembers that it failed in a marker file rather than in memory.
 */
final class FailingStep extends PTransform<PCollection<Article>, PCollection<Article>> {

  static final String MESSAGE = "injected failure on ";

  private final String article;
  private final String marker;

  private FailingStep(String article, String marker) {
    this.article = article;
    this.marker = marker;
  }

  /** Fails on {@code article} every time. */
  static FailingStep always(String article) {
    return new FailingStep(article, null);
  }

  /** Fails on {@code article} the first time only; {@code marker} must not exist yet. */
  static FailingStep once(String article, Path marker) {
    return new FailingStep(article, marker.toString());
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    return articles.apply("FailOn" + article, ParDo.of(new FailFn(article, marker)));
  }

  private static final class FailFn extends DoFn<Article, Article> {
    private final String article;
    private final String marker;

    FailFn(String article, String marker) {
      this.article = article;
      this.marker = marker;
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<Article> out) throws IOException {
      if (a.article().equals(article) && (marker == null || firstTime())) {
        throw new IllegalStateException(MESSAGE + article);
      }
      out.output(a);
    }

    private boolean firstTime() throws IOException {
      try {
        Files.createFile(Path.of(marker));
        return true;
      } catch (java.nio.file.FileAlreadyExistsException e) {
        return false;
      }
    }
  }
}
