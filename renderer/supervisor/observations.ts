/**
 * The timekeeper's observations as the supervisor sees them. There is no push for a new
 * observation, so while a case runs they are read again every few seconds and on every view change.
 */
import { useEffect, useState } from 'react';
import type { Observation } from '../../shared/ipc/records.ts';
import { api } from '../common/api.ts';

const POLL_MS = 4_000;

export function useObservations(sessionId: string | null, live: boolean, changeKey: unknown): Observation[] {
  const [list, setList] = useState<Observation[]>([]);
  useEffect(() => {
    if (!sessionId) return;
    let alive = true;
    const read = async () => {
      const reply = await api()['observations.list']({ sessionId });
      if (alive && reply.ok) setList((prev) => (prev.length === reply.value.length && prev.every((o, i) => o.id === reply.value[i]?.id) ? prev : reply.value));
    };
    void read();
    const handle = live ? setInterval(() => void read(), POLL_MS) : null;
    return () => {
      alive = false;
      if (handle) clearInterval(handle);
    };
  }, [sessionId, live, changeKey]);
  return list;
}
