/**
 * Runs `work` for every item, `size` items at a time (each batch concurrently, batches one after
 * another), and returns the results in the order of the items. Keeps a test driving dozens of
 * workflows from flooding a small machine.
 */
export async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map((item, offset) => work(item, start + offset)))));
  }
  return results;
}
