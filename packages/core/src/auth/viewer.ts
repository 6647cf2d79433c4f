import type { TokenRole } from '../domain/enums.ts';

/** Who is writing: a token's holder. Anonymous readers have no viewer. */
export interface Viewer {
  tokenId: number | null;
  name: string;
  role: TokenRole;
}
