import { fuzzShard } from './fuzz-operations'

/** Shard 2 of 4 of the API fuzz (every operation of cloud/api; see fuzz-operations.ts). */
fuzzShard(1, 4)
