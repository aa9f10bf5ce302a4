import { useCallback, useEffect, useState } from 'react';
import { parseApprovalRoute, type ApprovalTarget } from '../../domain/minutes/approval-link';

const read = (): ApprovalTarget | undefined => (typeof window === 'undefined' ? undefined : parseApprovalRoute(window.location.hash));

/** The approval view's hash route ("#/approve/<groupId>/<versionId>"), and leaving it for the chairs' home. */
export function useApprovalRoute(): [ApprovalTarget | undefined, () => void] {
  const [target, setTarget] = useState(read);
  useEffect(() => {
    const onChange = () => setTarget(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const close = useCallback(() => {
    window.location.hash = '/chair';
    setTarget(undefined);
  }, []);
  return [target, close];
}
