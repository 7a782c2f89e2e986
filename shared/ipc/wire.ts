/** The WebSocket transport's messages: the same contract, framed as JSON. */
import type { Push, Reply } from './contract.ts';

export const WS_PATH = '/kring';

export interface WireRequest {
  id: number;
  channel: string;
  req: unknown;
}

export type WireMessage = { id: number; reply: Reply<unknown> } | { push: Push };
