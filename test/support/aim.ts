/**
 * For tests that drive the session like a window holding the latest view: a command written
 * without `atMove` is aimed at the move the session is at now.
 */
import type { Reply, SessionCommand, WindowRole } from '../../shared/ipc/index.ts';
import { isAimedType } from '../../shared/session/index.ts';

/** A command as a test writes it: `atMove` may be left out. */
export type LooseCommand = SessionCommand extends infer C ? (C extends SessionCommand ? Omit<C, 'atMove'> & { atMove?: number } : never) : never;

export function aimAt(command: LooseCommand, move: number): SessionCommand {
  if (!isAimedType(command.type) || command.atMove !== undefined) return command as SessionCommand;
  return { ...command, atMove: move } as SessionCommand;
}

interface Dispatching {
  dispatch(role: WindowRole, channel: string, req: unknown): Promise<Reply<unknown>>;
  host: { state(): { context: { moves: number } } | null };
}

/** `services.dispatch`, with session commands aimed like a window holding the latest view. */
export function dispatchAimed(services: Dispatching) {
  return (role: WindowRole, channel: string, req: unknown = {}) => {
    const aimed =
      channel === 'session.command' && typeof req === 'object' && req !== null
        ? aimAt(req as LooseCommand, services.host.state()?.context.moves ?? 0)
        : req;
    return services.dispatch(role, channel, aimed);
  };
}
