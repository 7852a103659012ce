import { fuzzShard } from './fuzz-operations'

/** Shard 1 of 4 of the API fuzz (every operation of cloud/api; see fuzz-operations.ts). */
fuzzShard(0, 4)
