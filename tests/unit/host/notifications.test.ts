import { createNotificationBus, type Notice } from '../../../src/host/notifications';

const notice = (message: string): Notice => ({ message, intent: 'info' });

describe('the notification bus', () => {
  it('keeps what was published while nobody listened for the first listener (the toaster on its way), the last five', () => {
    const bus = createNotificationBus();
    for (const m of ['1', '2', '3', '4', '5', '6']) bus.publish(notice(m));
    const first: string[] = [];
    bus.subscribe((n) => first.push(n.message));
    expect(first).toEqual(['2', '3', '4', '5', '6']);
    bus.publish(notice('7'));
    expect(first).toEqual(['2', '3', '4', '5', '6', '7']);
    // Delivered once: a later listener does not see them again.
    const second: string[] = [];
    bus.subscribe((n) => second.push(n.message));
    expect(second).toEqual([]);
  });

  it('says once when the first notice comes, and at once to whoever asks after it', () => {
    const bus = createNotificationBus();
    const before = jest.fn();
    const cancelled = jest.fn();
    bus.onFirstNotice(before);
    bus.onFirstNotice(cancelled)();
    expect(before).not.toHaveBeenCalled();
    bus.publish(notice('Gemt'));
    bus.publish(notice('igen'));
    expect(before).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
    const after = jest.fn();
    bus.onFirstNotice(after);
    expect(after).toHaveBeenCalledTimes(1);
  });
});
