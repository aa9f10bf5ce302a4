import { createContext, useContext } from 'react';
import type { CommandContext } from './command';

export const CommandContextReact = createContext<CommandContext | undefined>(undefined);

export function useCommandContext(): CommandContext {
  const ctx = useContext(CommandContextReact);
  if (!ctx) throw new Error('useCommandContext outside the app shell');
  return ctx;
}
