import { lazyStrings, type AddStrings } from './lazy-strings';
import { todoDa } from './todo-da';
import { todoEn } from './todo-en';

/** Adds the to-do strings (`todo.*`) once per i18next instance; called by the secretariat's and the chairs' to-do lists. */
export const addTodoStrings: AddStrings = lazyStrings({ todo: todoDa }, { todo: todoEn });
