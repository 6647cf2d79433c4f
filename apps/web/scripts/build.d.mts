export const webRoot: string;
export const repoRoot: string;
export function sourceHash(): string;
export function isBuildFresh(hash?: string): boolean;
export function ensureBuild(options?: { log?: (line: string) => void; force?: boolean }): Promise<boolean>;
