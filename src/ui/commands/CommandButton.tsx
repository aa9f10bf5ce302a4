import { Button, Tooltip, type ButtonProps } from '@fluentui/react-components';
import type { Command } from './command';
import { useCommandContext } from './command-context';

type Props<A> = {
  readonly command: Command<A>;
  readonly arg: A;
  /** Show only the icon; the label becomes the accessible name and a tooltip. */
  readonly iconOnly?: boolean;
  readonly appearance?: ButtonProps['appearance'];
  readonly size?: ButtonProps['size'];
  /** Visible text when it should differ from the (accessible) label. */
  readonly children?: string;
};

/** Renders a command as a Fluent button; hidden when the command cannot run in this context. */
export function CommandButton<A>({ command, arg, iconOnly, appearance, size, children }: Props<A>) {
  const ctx = useCommandContext();
  if (command.canRun && !command.canRun(ctx, arg)) return null;
  const label = command.label(ctx.t, arg);
  const onClick = () => void command.run(ctx, arg);
  if (iconOnly) {
    return (
      <Tooltip content={label} relationship="label">
        <Button icon={command.icon} appearance={appearance ?? 'subtle'} size={size} onClick={onClick} data-command={command.id} />
      </Tooltip>
    );
  }
  return (
    <Button
      icon={command.icon}
      appearance={appearance}
      size={size}
      onClick={onClick}
      data-command={command.id}
      aria-label={children ? label : undefined}
    >
      {children ?? label}
    </Button>
  );
}
