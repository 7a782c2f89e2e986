/** The running session's circle as the supervisor's window holds it: asked of main, never pushed to another window. */
import { useCallback, useEffect, useState } from 'react';
import type { CircleBrief } from '../../shared/circles/types.ts';
import { call } from '../common/api.ts';

export function useCircleBrief(sessionId: string): { brief: CircleBrief | null; review: (requestId: string, status: 'open' | 'done') => Promise<void> } {
  const [brief, setBrief] = useState<CircleBrief | null>(null);
  useEffect(() => {
    let live = true;
    void call('circles.current', {}).then((b) => live && b !== undefined && setBrief(b));
    return () => void (live = false);
  }, [sessionId]);
  const review = useCallback(async (requestId: string, status: 'open' | 'done') => {
    const next = await call('circles.review', { requestId, status });
    if (next !== undefined) setBrief(next);
  }, []);
  return { brief, review };
}
