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
});
