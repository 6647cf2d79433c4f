/** The folder that holds the dataset's JSON files and article bodies; pass it to loadSeed({ dir }). */
export declare const seedDir: string;
