import { fileURLToPath } from 'node:url';

/** The folder that holds the dataset's JSON files and article bodies; pass it to loadSeed({ dir }). */
export const seedDir = fileURLToPath(new URL('.', import.meta.url));
