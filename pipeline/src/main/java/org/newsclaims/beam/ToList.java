package org.newsclaims.beam;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.Combine;

/** Collects a small PCollection into one list (for whole-file outputs and reports). */
final class ToList<T> extends Combine.CombineFn<T, List<T>, List<T>> {
  @Override
  public List<T> createAccumulator() {
    return new ArrayList<>();
  }

  @Override
  public List<T> addInput(List<T> acc, T input) {
    acc.add(input);
    return acc;
  }

  @Override
  public List<T> mergeAccumulators(Iterable<List<T>> accs) {
    List<T> all = new ArrayList<>();
    accs.forEach(all::addAll);
    return all;
  }

  @Override
  public List<T> extractOutput(List<T> acc) {
    return acc;
  }
}
