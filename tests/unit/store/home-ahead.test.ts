import type { HomeApi, HomeData } from '../../../src/store/home-data';
import { homeLoadingAhead } from '../../../src/store/home-ahead';

const data = (loadedAt: string): HomeData => ({
  me: { id: 'u1', name: 'Katrine Holm', email: 'katrine@example.dk' } as HomeData['me'],
  forums: [],
  skipped: [],
  loadedAt,
});

function countingHome(answers: (() => Promise<HomeData>)[]): HomeApi & { calls: number } {
  const home = {
    calls: 0,
    load: () => {
      const answer = answers[home.calls] ?? answers[answers.length - 1];
      home.calls += 1;
      if (!answer) throw new Error('no answer');
      return answer();
    },
  };
  return home;
}

describe('homeLoadingAhead', () => {
  it('asks at once, before anyone loads; the first load takes that answer and the next asks again', async () => {
    const home = countingHome([() => Promise.resolve(data('first')), () => Promise.resolve(data('second'))]);
    const ahead = homeLoadingAhead(home);
    expect(home.calls).toBe(1);
    await expect(ahead.first).resolves.toMatchObject({ loadedAt: 'first' });
    await expect(ahead.load()).resolves.toMatchObject({ loadedAt: 'first' });
    expect(home.calls).toBe(1);
    // A reload after a change must not see the answer from the start.
    await expect(ahead.load()).resolves.toMatchObject({ loadedAt: 'second' });
    expect(home.calls).toBe(2);
  });

  it('hands a failure to the first load, without an unhandled rejection before it', async () => {
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const home = countingHome([() => Promise.reject(new Error('offline')), () => Promise.resolve(data('retry'))]);
      const ahead = homeLoadingAhead(home);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(ahead.load()).rejects.toThrow('offline');
      await expect(ahead.load()).resolves.toMatchObject({ loadedAt: 'retry' });
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
