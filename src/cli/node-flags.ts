/**
 * The Node settings the command line runs with (the `cli` script, the `threadgraph` command's
 * first line, and every process the benchmark starts). V8 starts full garbage collections when
 * the old generation reaches a limit that begins small and grows; a long thread passes it
 * while its comments, names and replies are still being built, all of which stay alive, so
 * each such collection marks the whole heap and frees little. Starting the limit at 512 MB
 * leaves those collections out of a 100k-comment run (scratch `--trace-gc`: 86-168 ms of
 * full-collection pauses during inference before, none after) for about 40 MB more peak
 * memory in `ingest` of 100k comments (716 -> 758 MB). Short threads never reach the limit.
 */
export const NODE_FLAGS: readonly string[] = ['--initial-old-space-size=512'];
