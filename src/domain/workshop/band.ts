// The room sees counts banded exactly as the audit's analysis bands them: one rule, one place.
export { bandCount, DEFAULT_SMALL_COUNT_THRESHOLD as SMALL_COUNT_THRESHOLD } from '../analysis/band';
