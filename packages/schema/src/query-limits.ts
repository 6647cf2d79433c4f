import type { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

type ArmorOptions = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>;

/** The one code for every refusal of a query as too big or too costly to run, whichever limit it hit. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/** The validation-time protections; maxTokens runs in the parser and already answers GRAPHQL_PARSE_FAILED. */
const VALIDATION_LIMITS = ['maxDepth', 'maxAliases', 'maxDirectives', 'costLimit'] as const;

function refusal(message: string, limit: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, limit, http: { status: 400 } } });
}

/**
 * Armor's rules throw a bare GraphQLError whose message starts "Syntax Error:" (hard-coded in each rule),
 * which Yoga passes on without a code. Reporting our own error through the validation context instead
 * lets it join the other validation errors with a code; armor's limit figures are kept in the message.
 * Not throwing lets the rest of validation run, which is bounded: maxTokens caps the document first.
 */
export function withLimitCodes(options: ArmorOptions): ArmorOptions {
  const coded: ArmorOptions = { ...options };
  for (const limit of VALIDATION_LIMITS) {
    const own = options[limit];
    const report = (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(refusal(error.message.replace(/^Syntax Error:\s*/, ''), limit));
    // Armor's option types differ per limit only in their own fields; the callback fields are shared.
    coded[limit] = { ...own, propagateOnRejection: false, onReject: [...(own?.onReject ?? []), report] } as never;
  }
  return coded;
}

/**
 * graphql-js 16 meters its own work on repeated fields and fragment spreads (OverlappingFieldsCanBeMerged
 * and fragment expansion) and, past a fixed internal budget, ends validation with a bare "Validation
 * aborted." that says nothing of why. It is one shared error object, recognised here by its message.
 */
export function explainValidationAbort(): Plugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (!result.some(isAbort)) return;
        setResult(
          result.map((error) =>
            isAbort(error)
              ? refusal(
                  'Query too complex to validate: it repeats fields or fragment spreads more than the GraphQL validator will compare (at most a few hundred copies of one field in a selection).',
                  'validationWork',
                )
              : error,
          ),
        );
      };
    },
  };
}

function isAbort(error: Error): boolean {
  return error instanceof GraphQLError && error.message === 'Validation aborted.' && !error.nodes?.length;
}
