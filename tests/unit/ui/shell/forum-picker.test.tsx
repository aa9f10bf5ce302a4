/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { ForumPicker } from '../../../../src/ui/shell/ForumPicker';
import { forumHome } from '../fixtures';
import { createTestI18n } from '../../support/test-i18n';

const forums = [
  forumHome('secretariat'),
  forumHome('secretariat', { forum: { ...forumHome('secretariat').forum, groupId: 'g2', name: 'Temagruppen for ældre' } }),
];

function renderPicker(list = forums, onSelect = jest.fn()) {
  render(
    <I18nextProvider i18n={createTestI18n('da')}>
      <ForumPicker forums={list} selected={list[0]?.forum.groupId ?? ''} onSelect={onSelect} />
    </I18nextProvider>,
  );
  return onSelect;
}

describe('ForumPicker', () => {
  it("is the platform's select, labelled Forum, with the forums as options (no listbox popover in the first view)", () => {
    const onSelect = renderPicker();
    const select = screen.getByRole('combobox', { name: 'Forum' });
    expect(select.tagName).toBe('SELECT');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([forums[0]?.forum.name, 'Temagruppen for ældre']);
    expect((select as HTMLSelectElement).value).toBe(forums[0]?.forum.groupId);
    fireEvent.change(select, { target: { value: 'g2' } });
    expect(onSelect).toHaveBeenCalledWith('g2');
  });

  it('is not shown for one forum', () => {
    renderPicker(forums.slice(0, 1));
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
