import { useEffect, useState } from 'react';
import { useServices } from '../../services';

/** Re-reads "now" every `everyMs` (the clock's minutes), from the services' clock when tests pin it. */
export function useTickingNow(everyMs: number): Date {
  const { clock } = useServices();
  const read = () => (clock ? clock() : new Date());
  const [now, setNow] = useState(read);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock ? clock() : new Date()), everyMs);
    return () => clearInterval(timer);
  }, [clock, everyMs]);
  return now;
}
