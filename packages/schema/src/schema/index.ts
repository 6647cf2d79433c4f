// Importing each domain registers its types, queries, mutations and subscriptions on the builder.
import './scalars.ts';
import './enums.ts';
import './actor.ts';
import './source.ts';
import './occasion.ts';
import './statement.ts';
import './quote.ts';
import './round.ts';
import './event.ts';
import './claim.ts';
import './search.ts';
import './escalation.ts';
import './discrepancy.ts';
import './audit.ts';
import './ingest.ts';
