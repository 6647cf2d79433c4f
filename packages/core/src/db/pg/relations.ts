// The relations between the PostgreSQL tables, from the one description SQLite's are built from (../relations.ts):
// the tables carry the same JS names, which the parity test holds them to.
import { defineRelations } from 'drizzle-orm';
import { describeRelations } from '../relations.ts';
import * as tables from './schema.ts';

export const relations = defineRelations(tables, (r) => describeRelations(r as never));
