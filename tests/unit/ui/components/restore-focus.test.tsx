/** @jest-environment jsdom */
import { useRestoreFocusTarget } from '@fluentui/react-components';
import { renderHook } from '@testing-library/react';
import { restoreFocusTarget } from '../../../../src/ui/components/restore-focus';

describe('restoreFocusTarget', () => {
  it("is the attribute Fluent's useRestoreFocusTarget() gives, in the Fluent version installed", () => {
    const { result } = renderHook(() => useRestoreFocusTarget());
    expect(restoreFocusTarget).toEqual(result.current);
  });
});
