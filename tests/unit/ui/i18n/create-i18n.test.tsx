/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '../../../../src/ui/i18n/create-i18n';
import { planningDa } from '../../../../src/ui/i18n/planning-da';
import { planningEn } from '../../../../src/ui/i18n/planning-en';

/**
 * The app's i18n instance with the real backend (namespaces.ts: one dynamic import per language and namespace, which
 * jest resolves to the TypeScript sources as webpack does to chunks).
 */
describe('createI18n', () => {
  it("fetches a feature's namespace in the person's language only: Danish without English, English without Danish", async () => {
    const da = createI18n('da');
    await da.loadNamespaces('planning');
    expect(da.getResourceBundle('da', 'planning')).toEqual(planningDa);
    expect(da.hasResourceBundle('en', 'planning')).toBe(false);

    const en = createI18n('en');
    await en.loadNamespaces('planning');
    expect(en.getResourceBundle('en', 'planning')).toEqual(planningEn);
    expect(en.hasResourceBundle('da', 'planning')).toBe(false);
  });

  it("has the shell's strings at once and finds them from a feature's namespace too", () => {
    const i18n = createI18n('da');
    expect(i18n.t('app.loaded')).toBe('Forsiden er indlæst');
    expect(i18n.getFixedT('da', 'planning')('app.loaded')).toBe('Forsiden er indlæst');
  });

  it('switches an open view to English only once its namespaces are there in English: never a key on screen', async () => {
    const i18n = createI18n('da');
    await i18n.loadNamespaces(['planning', 'year']);
    const shown: string[] = [];
    function View() {
      const { t } = useTranslation(['planning', 'year']);
      const text = `${t('meeting')} | ${t('year:cancel')} | ${t('app.name')}`;
      shown.push(text);
      return <p>{text}</p>;
    }
    render(
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={<p>venter</p>}>
          <View />
        </Suspense>
      </I18nextProvider>,
    );
    expect(screen.getByText('Møde | Aflys mødet | Sekretariat')).toBeTruthy();

    await act(() => i18n.changeLanguage('en'));

    expect(i18n.getResourceBundle('en', 'planning')).toEqual(planningEn);
    expect(screen.getByText('Meeting | Cancel meeting | Sekretariat')).toBeTruthy();
    expect(screen.queryByText('venter')).toBeNull();
    // Every render showed all Danish or all English: none a key ("meeting", "cancel") or a mix.
    expect(new Set(shown)).toEqual(new Set(['Møde | Aflys mødet | Sekretariat', 'Meeting | Cancel meeting | Sekretariat']));
  });
});
