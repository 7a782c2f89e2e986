/**
 * The timekeeper's observations as the supervisor sees them: read once, then every new one arrives
 * as a push the moment it is added (no polling).
 */
import { useEffect, useState } from 'react';
import type { Observation } from '../../shared/ipc/records.ts';
import { api } from '../common/api.ts';
import { onObservation } from '../common/store.ts';

export function useObservations(sessionId: string | null, changeKey: unknown): Observation[] {
  const [list, setList] = useState<Observation[]>([]);
  useEffect(() => {
    if (!sessionId) return;
    let alive = true;
    const off = onObservation((o) => {
      if (o.sessionId === sessionId) setList((prev) => (prev.some((p) => p.id === o.id) ? prev : [...prev, o]));
    });
    void api()['observations.list']({ sessionId }).then((reply) => {
      if (!alive || !reply.ok) return;
      // Keep any that were pushed while the list was on its way.
      setList((prev) => [...reply.value, ...prev.filter((p) => !reply.value.some((o) => o.id === p.id))]);
    });
    return () => {
      alive = false;
      off();
    };
  }, [sessionId, changeKey]);
  return list;
}
