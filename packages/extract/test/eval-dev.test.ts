// Runs the corpus evaluation on the DEV half (the half the extractor was tuned on) and holds the project's targets
// on it. The corpus lives outside the repository (../shared/corpus or $PARLEY_CORPUS); without it the test is
// skipped. The TEST half is not evaluated here (see eval-half.ts for adding it).
import { evalHalfSuite, TARGETS } from './eval-half.ts';

evalHalfSuite('dev', TARGETS);
